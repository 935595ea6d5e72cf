//! The language's words, provided once per widget as context.

use leptos::prelude::*;

use super::instance::widget_context;

use crate::content::{ExerciseWords, Lang, MuscleWords, QuizText, Text};
use crate::model::anatomy::Muscle;
use crate::model::circuit::Exercise;

/// Access to the current widget's words. Each widget provides its own, so two widgets on one
/// page can speak different languages.
#[derive(Clone, Copy)]
pub struct Words(&'static Text, Lang);

impl Words {
    /// Makes `lang`'s words available to every component below the caller.
    pub fn provide(lang: Lang) {
        provide_context(Words(lang.text(), lang));
    }

    /// The words provided by the enclosing widget.
    pub fn get() -> &'static Text {
        widget_context::<Words>().0
    }

    /// The enclosing widget's words for the quiz's steps (kept apart, see
    /// [`Lang::quiz_text`]).
    pub fn quiz() -> &'static QuizText {
        widget_context::<Words>().1.quiz_text()
    }
}

/// The words for `muscle` (the content lists them in `Muscle::ALL` order).
pub fn muscle_words(text: &'static Text, muscle: Muscle) -> &'static MuscleWords {
    match muscle {
        Muscle::Soleus => &text.muscles[0],
        Muscle::Gastrocnemius => &text.muscles[1],
    }
}

/// The words for `exercise` (the content lists them in `Exercise::ALL` order).
pub fn exercise_words(text: &QuizText, exercise: Exercise) -> &ExerciseWords {
    let index = Exercise::ALL
        .iter()
        .position(|e| *e == exercise)
        .unwrap_or(0);
    &text.exercises[index]
}

/// The tag used in classes, `data-` attributes and events for `muscle`.
pub fn muscle_tag(muscle: Muscle) -> &'static str {
    match muscle {
        Muscle::Soleus => "soleus",
        Muscle::Gastrocnemius => "gastrocnemius",
    }
}
