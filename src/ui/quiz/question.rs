//! One question: a native radio group (or the heel-raise count with its guided self-test),
//! the feedback on a knowledge answer, and the navigation.

use gloo_timers::callback::Interval;
use leptos::prelude::*;

use super::super::button::ActionButton;

use super::super::instance::Instance;
use super::super::words::Words;
use crate::content::fill;
use crate::model::circuit::{AGE_LIMITS, WEEKLY_KM_LIMITS};
use crate::model::quiz::{
    Answer, Kind, QuestionId, QuizEvent, QuizState, ShowMe, QUESTIONS, QUESTION_COUNT,
};

/// The values that fill an option label's `{low}`, `{high}` and `{over}`.
fn option_label(question: QuestionId, label: &'static str) -> String {
    let (low, high, over) = match question {
        QuestionId::WeeklyDistance => (WEEKLY_KM_LIMITS.0, WEEKLY_KM_LIMITS.1, WEEKLY_KM_LIMITS.1),
        QuestionId::AgeBand => (AGE_LIMITS.0, AGE_LIMITS.1 - 1, AGE_LIMITS.1),
        _ => return label.to_string(),
    };
    fill(
        label,
        &[
            ("low", &low.to_string()),
            ("high", &high.to_string()),
            ("over", &over.to_string()),
        ],
    )
}

/// Question `n` of the quiz.
#[component]
pub fn QuestionStep(
    /// The question's index in `QUESTIONS`.
    n: usize,
    /// The quiz state (read for the answer).
    state: RwSignal<QuizState>,
    /// Sends an event to the quiz reducer.
    dispatch: Callback<QuizEvent>,
    /// Sets the diagram to illustrate a knowledge answer.
    on_show_me: Callback<ShowMe>,
) -> impl IntoView {
    let text = Words::get();
    let question = &QUESTIONS[n];
    let words = &text.questions[n];
    let answer = Memo::new(move |_| state.with(|s| s.answers.get(n).copied().flatten()));
    let progress = fill(
        text.ui.quiz_progress_template,
        &[
            ("current", &(n + 1).to_string()),
            ("total", &QUESTION_COUNT.to_string()),
        ],
    );
    let input = match question.kind {
        Kind::Count { max } => {
            view! { <CountInput max=max answer=answer dispatch=dispatch/> }.into_any()
        }
        _ => {
            let group = Instance::get().id("answer");
            let options = words
                .options
                .iter()
                .enumerate()
                .map(|(i, label)| {
                    view! {
                        <label class="sol-option">
                            <input
                                type="radio"
                                name=group.clone()
                                value=i
                                // A property, kept in step with the state: the browser
                                // never shows an answer the quiz does not hold.
                                prop:checked=move || answer.get() == Some(Answer::Choice(i as u8))
                                on:change=move |_| dispatch.run(QuizEvent::Choose(i as u8))
                            />
                            <span>{option_label(question.id, label)}</span>
                        </label>
                    }
                })
                .collect_view();
            view! { <div class="sol-options">{options}</div> }.into_any()
        }
    };
    let feedback = move || {
        let Kind::Knowledge {
            correct, show_me, ..
        } = question.kind
        else {
            return None;
        };
        let Some(Answer::Choice(chosen)) = answer.get() else {
            return None;
        };
        let right = chosen == correct;
        Some(view! {
            <div class="sol-feedback" class:sol-feedback--right=right>
                <strong>{if right { text.ui.answer_right } else { text.ui.answer_wrong }}</strong>
                " "
                {words.feedback.get(usize::from(chosen)).copied().unwrap_or_default()}
                {show_me.map(|target| view! {
                    " "
                    <ActionButton class="sol-button sol-button--link" label=text.ui.show_me on_click=move |()| on_show_me.run(target)/>
                })}
            </div>
        })
    };

    view! {
        <fieldset class="sol-question">
            <legend class="sol-question__prompt">
                <span class="sol-question__progress">{progress}</span>
                {words.prompt}
            </legend>
            {(!words.hint.is_empty()).then(|| view! { <p class="sol-question__hint">{words.hint}</p> })}
            {input}
        </fieldset>
        <div class="sol-feedback-slot" role="status">{feedback}</div>
        <div class="sol-actions">
            {(n > 0).then(|| view! {
                <ActionButton label=text.ui.back on_click=move |()| dispatch.run(QuizEvent::Back)/>
            })}
            {question.skippable.then(|| view! {
                <ActionButton label=text.ui.skip on_click=move |()| dispatch.run(QuizEvent::Skip)/>
            })}
            <button
                type="button"
                class="sol-button sol-button--primary sol-next"
                disabled=move || answer.get().is_none()
                on:click=move |_| dispatch.run(QuizEvent::Next)
            >
                {text.ui.next}
            </button>
        </div>
    }
}

/// The heel-raise count: a number field, and the guided self-test.
#[component]
fn CountInput(
    /// The most raises the field accepts.
    max: u8,
    /// The current answer.
    answer: Memo<Option<Answer>>,
    /// Sends an event to the quiz reducer.
    dispatch: Callback<QuizEvent>,
) -> impl IntoView {
    let text = Words::get();
    let testing = RwSignal::new(false);
    let field = NodeRef::<leptos::html::Input>::new();
    let value = move || match answer.get() {
        Some(Answer::Count(count)) => count.to_string(),
        _ => String::new(),
    };
    let on_done = Callback::new(move |counted: u16| {
        dispatch.run(QuizEvent::SetCount(counted));
        testing.set(false);
        if let Some(field) = field.get_untracked() {
            let _ = field.focus();
        }
    });
    let on_cancel = Callback::new(move |()| {
        testing.set(false);
        if let Some(field) = field.get_untracked() {
            let _ = field.focus();
        }
    });
    view! {
        <label class="sol-count">
            <span>{text.ui.count_label}</span>
            <input
                node_ref=field
                class="sol-count__input"
                type="number"
                inputmode="numeric"
                min="0"
                max=max
                prop:value=value
                on:input=move |event| {
                    if let Ok(count) = event_target_value(&event).trim().parse::<u16>() {
                        dispatch.run(QuizEvent::SetCount(count));
                    }
                }
            />
        </label>
        <div class="sol-selftest-slot">
            {move || if testing.get() {
                view! { <SelfTest on_done=on_done on_cancel=on_cancel/> }.into_any()
            } else {
                view! {
                    <ActionButton label=text.ui.count_start on_click=move |()| testing.set(true)/>
                }
                .into_any()
            }}
        </div>
    }
}

/// The running self-test: a visual 60 bpm metronome, a big count button (Space presses it,
/// as for any focused button) and the count so far. Its metronome stops when it closes.
#[component]
fn SelfTest(
    /// Called with the count when the person uses it.
    on_done: Callback<u16>,
    /// Called when the person leaves the test without a count.
    on_cancel: Callback<()>,
) -> impl IntoView {
    let text = Words::get();
    let counted = RwSignal::new(0u16);
    let beat = RwSignal::new(false);
    // 60 beats per minute: the light is on for the first half of every second. Dropped
    // with the component.
    let metronome = Interval::new(500, move || beat.update(|b| *b = !*b));
    StoredValue::new_local(metronome);
    let tap = NodeRef::<leptos::html::Button>::new();
    Effect::new(move |_| {
        if let Some(button) = tap.get() {
            let _ = button.focus();
        }
    });
    view! {
        <div class="sol-selftest">
            <p>{text.ui.metronome}</p>
            <span class="sol-metronome" class:is-on=move || beat.get() aria-hidden="true"></span>
            <button
                node_ref=tap
                type="button"
                class="sol-button sol-button--big"
                on:click=move |_| counted.update(|c| *c = c.saturating_add(1))
            >
                {text.ui.count_tap}
            </button>
            <p class="sol-selftest__count" aria-live="polite">
                {move || fill(text.ui.counted_template, &[("count", &counted.get().to_string())])}
            </p>
            <div class="sol-actions">
                <ActionButton class="sol-button sol-button--primary" label=text.ui.count_done on_click=move |()| on_done.run(counted.get_untracked())/>
                <ActionButton label=text.ui.count_cancel on_click=move |()| on_cancel.run(())/>
            </div>
        </div>
    }
}
