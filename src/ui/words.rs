//! The language's words, provided once per widget as context.

use leptos::prelude::*;

use crate::content::{Lang, MuscleWords, Text};
use crate::model::anatomy::Muscle;

/// Access to the current widget's words. Each widget provides its own, so two widgets on one
/// page can speak different languages.
#[derive(Clone, Copy)]
pub struct Words(&'static Text);

impl Words {
    /// Makes `lang`'s words available to every component below the caller.
    pub fn provide(lang: Lang) {
        provide_context(Words(lang.text()));
    }

    /// The words provided by the enclosing widget (English if there is none, as for a
    /// component rendered on its own in a test).
    pub fn get() -> &'static Text {
        use_context::<Words>()
            .map(|words| words.0)
            .unwrap_or_else(|| Lang::En.text())
    }
}

/// The words for `muscle` (the content lists them in `Muscle::ALL` order).
pub fn muscle_words(text: &'static Text, muscle: Muscle) -> &'static MuscleWords {
    match muscle {
        Muscle::Soleus => &text.muscles[0],
        Muscle::Gastrocnemius => &text.muscles[1],
    }
}

/// The tag used in classes, `data-` attributes and events for `muscle`.
pub fn muscle_tag(muscle: Muscle) -> &'static str {
    match muscle {
        Muscle::Soleus => "soleus",
        Muscle::Gastrocnemius => "gastrocnemius",
    }
}
