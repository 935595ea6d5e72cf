//! The screening: the first step of the quiz, before any exertion or exercise, and the same
//! list again before the guided circuit of a plan this reader did not screen (recently).

use leptos::prelude::*;

use super::super::browser::today;
use super::super::button::ActionButton;
use super::super::instance::Instance;
use super::super::words::Words;
use crate::content::fill;
use crate::model::quiz::{QuizEvent, QuizState, Step, SCREENING_VALID_DAYS};
use crate::model::triage::{RedFlag, RECENT_INJURY_WEEKS};

/// One tick box per item, the current injury first under its own heading, "none of these
/// apply to me" as a choice of its own, and the way on: to advice with any item, to the
/// questions (or back to the plan, in a re-check) with none, nowhere until one is ticked.
#[component]
pub fn Screening(
    /// The quiz state (read for the ticked items and whether this is a re-check).
    state: RwSignal<QuizState>,
    /// Sends an event to the quiz reducer.
    dispatch: Callback<QuizEvent>,
) -> impl IntoView {
    let quiz_text = Words::quiz();
    let quiz_ui = &quiz_text.ui;
    let hint_id = Instance::get().id("screening-hint");
    let described_by = hint_id.clone();
    let (recheck, shared) =
        state.with_untracked(|s| (s.step == Step::Recheck, s.screened_on.is_none()));
    let item = move |flag: RedFlag| {
        let words = &quiz_text.red_flags[flag.index()];
        view! {
            <label class="sol-option">
                <input
                    type="checkbox"
                    prop:checked=move || state.with(|s| s.flags.contains(flag))
                    on:change=move |_| dispatch.run(QuizEvent::ToggleFlag(flag))
                />
                <span>{fill(words.question, &[("weeks", &RECENT_INJURY_WEEKS.to_string())])}</span>
            </label>
        }
    };
    let group = move |heading: &'static str, injury: bool| {
        view! {
            <p class="sol-screening__group">{heading}</p>
            {RedFlag::ALL
                .into_iter()
                .filter(|flag| flag.is_current_injury() == injury)
                .map(item)
                .collect_view()}
        }
    };
    let (heading, intro) = if !recheck {
        (
            quiz_ui.screening_heading,
            quiz_ui.screening_intro.to_string(),
        )
    } else if shared {
        (
            quiz_ui.recheck_heading,
            quiz_ui.recheck_shared_intro.to_string(),
        )
    } else {
        (
            quiz_ui.recheck_heading,
            fill(
                quiz_ui.recheck_stale_intro,
                &[("days", &SCREENING_VALID_DAYS.to_string())],
            ),
        )
    };
    let undecided = move || state.with(|s| s.flags.is_empty() && !s.none_apply);
    view! {
        <fieldset class="sol-question sol-screening">
            <legend class="sol-question__prompt">{heading}</legend>
            <p>{intro}</p>
            <div class="sol-options">
                {group(quiz_ui.screening_injury_group, true)}
                {group(quiz_ui.screening_signs_group, false)}
                <label class="sol-option sol-screening__none">
                    <input
                        type="checkbox"
                        prop:checked=move || state.with(|s| s.none_apply)
                        on:change=move |event| dispatch.run(QuizEvent::SetNoneApply(event_target_checked(&event)))
                    />
                    <span>{quiz_ui.screening_none}</span>
                </label>
            </div>
            <p class="sol-question__hint sol-screening__hint" id=hint_id>
                {move || if undecided() { quiz_ui.screening_required } else { "" }}
            </p>
        </fieldset>
        <div class="sol-actions">
            {recheck.then(|| view! {
                <ActionButton label=quiz_ui.recheck_back on_click=move |()| dispatch.run(QuizEvent::Back)/>
            })}
            <button
                type="button"
                class="sol-button sol-button--primary sol-next"
                aria-describedby=described_by
                disabled=undecided
                on:click=move |_| dispatch.run(QuizEvent::ConfirmScreening(today()))
            >
                {quiz_ui.screening_continue}
            </button>
        </div>
    }
}
