//! The red-flag screening: the first step of the quiz, before any exertion or exercise.

use leptos::prelude::*;

use super::super::instance::Instance;
use super::super::words::Words;
use crate::model::quiz::{QuizEvent, QuizState};
use crate::model::triage::RedFlag;

/// One tick box per red flag, "none of these apply to me" as a choice of its own, and the way
/// on: to advice with any flag, to the questions with none, nowhere until one is ticked.
#[component]
pub fn Screening(
    /// The quiz state (read for the ticked flags).
    state: RwSignal<QuizState>,
    /// Sends an event to the quiz reducer.
    dispatch: Callback<QuizEvent>,
) -> impl IntoView {
    let text = Words::get();
    let hint_id = Instance::get().id("screening-hint");
    let described_by = hint_id.clone();
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
    let undecided = move || state.with(|s| s.flags.is_empty() && !s.none_apply);
    view! {
        <fieldset class="sol-question sol-screening">
            <legend class="sol-question__prompt">{text.ui.screening_heading}</legend>
            <p>{text.ui.screening_intro}</p>
            <div class="sol-options">
                {flags}
                <label class="sol-option sol-screening__none">
                    <input
                        type="checkbox"
                        prop:checked=move || state.with(|s| s.none_apply)
                        on:change=move |event| dispatch.run(QuizEvent::SetNoneApply(event_target_checked(&event)))
                    />
                    <span>{text.ui.screening_none}</span>
                </label>
            </div>
            <p class="sol-question__hint sol-screening__hint" id=hint_id>
                {move || if undecided() { text.ui.screening_required } else { "" }}
            </p>
        </fieldset>
        <div class="sol-actions">
            <button
                type="button"
                class="sol-button sol-button--primary sol-next"
                aria-describedby=described_by
                disabled=undecided
                on:click=move |_| dispatch.run(QuizEvent::ConfirmScreening)
            >
                {text.ui.screening_continue}
            </button>
        </div>
    }
}
