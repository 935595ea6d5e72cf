//! The red-flag screening: always between the questions and any result.

use leptos::prelude::*;

use super::super::button::ActionButton;

use super::super::words::Words;
use crate::model::quiz::{QuizEvent, QuizState};
use crate::model::triage::RedFlag;

/// One checkbox per red flag, and the way on to the result.
#[component]
pub fn Screening(
    /// The quiz state (read for the ticked flags).
    state: RwSignal<QuizState>,
    /// Sends an event to the quiz reducer.
    dispatch: Callback<QuizEvent>,
) -> impl IntoView {
    let text = Words::get();
    let flags = RedFlag::ALL
        .iter()
        .zip(&text.red_flags)
        .map(|(&flag, words)| {
            view! {
                <label class="sol-option">
                    <input
                        type="checkbox"
                        prop:checked=move || state.with(|s| s.flags.contains(flag))
                        on:change=move |_| dispatch.run(QuizEvent::ToggleFlag(flag))
                    />
                    <span>{words.question}</span>
                </label>
            }
        })
        .collect_view();
    view! {
        <fieldset class="sol-question sol-screening">
            <legend class="sol-question__prompt">{text.ui.screening_heading}</legend>
            <p>{text.ui.screening_intro}</p>
            <div class="sol-options">{flags}</div>
            <p class="sol-question__hint sol-screening__hint">
                {move || if state.with(|s| s.flags.is_empty()) { text.ui.screening_none } else { "" }}
            </p>
        </fieldset>
        <div class="sol-actions">
            <ActionButton label=text.ui.back on_click=move |()| dispatch.run(QuizEvent::Back)/>
            <ActionButton class="sol-button sol-button--primary" label=text.ui.see_result on_click=move |()| dispatch.run(QuizEvent::ConfirmScreening)/>
        </div>
    }
}
