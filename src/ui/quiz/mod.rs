//! The quiz on screen, in journey order: the red-flag screening, one question at a time
//! (the last is the heel-raise self-test), the result and the guided player.
//!
//! All decisions are the model's (`QuizState::apply`); the views send it events and render.
//! Each step is rendered once when it is entered (a memo of the step), so focus and radio
//! selection stay put while the person answers; inside it only the feedback, the Next button
//! and the screening hint follow the answers.

mod picture;
mod question;
mod result;
mod screening;

pub mod player;

use leptos::prelude::*;

use super::button::ActionButton;

use self::player::Player;
use self::question::QuestionStep;
use self::result::ResultView;
use self::screening::Screening;
use super::events::{QuizOutcome, TriageOutcome, WidgetEvent};
use super::instance::Instance;
use super::persist;
use super::words::Words;
use crate::content::Text;
use crate::model::circuit::Recommendation;
use crate::model::quiz::{Outcome, QuizEvent, QuizState, ShowMe, Step};
use crate::model::share;
use crate::model::triage::Triage;

/// Where the quiz starts: a result from the link, else saved progress, else the beginning;
/// whether answers are being remembered; and a notice when something could not be read.
fn initial(
    text: &'static Text,
    key: &str,
    offer_remember: bool,
) -> (QuizState, bool, Option<&'static str>) {
    if let Some(code) = persist::fragment_code(key) {
        return match share::decode(&code) {
            Ok(state) => (state, false, None),
            Err(_) => (QuizState::default(), false, Some(text.ui.share_error)),
        };
    }
    if !offer_remember {
        return (QuizState::default(), false, None);
    }
    match persist::load(key) {
        Ok(Some(saved)) => match share::decode_saved(&saved) {
            Ok(state) => (state, true, None),
            Err(_) => {
                let _ = persist::forget(key);
                (QuizState::default(), false, Some(text.ui.storage_corrupt))
            }
        },
        Ok(None) | Err(_) => (QuizState::default(), false, None),
    }
}

/// The events that tell the host how a quiz ended: outcomes and levels only, never answers.
pub fn outcome_events(state: &QuizState) -> Vec<WidgetEvent> {
    match state.outcome() {
        Some(Outcome::Circuit(recommendation)) => vec![
            WidgetEvent::QuizComplete {
                outcome: QuizOutcome::Circuit,
                level: Some(recommendation.level),
            },
            WidgetEvent::Triage {
                outcome: TriageOutcome::Clear,
                urgency: None,
            },
        ],
        Some(Outcome::SeekCare(Triage::SeekCare { urgency, .. })) => vec![
            WidgetEvent::QuizComplete {
                outcome: QuizOutcome::SeekCare,
                level: None,
            },
            WidgetEvent::Triage {
                outcome: TriageOutcome::SeekCare,
                urgency: Some(urgency),
            },
        ],
        _ => Vec::new(),
    }
}

/// The quiz section of one widget.
#[component]
pub fn Quiz(
    /// Sets the diagram to illustrate a knowledge answer.
    #[prop(into)]
    on_show_me: Callback<ShowMe>,
) -> impl IntoView {
    let text = Words::get();
    let instance = Instance::get();
    let offer_remember = instance.options().offer_remember;
    let (start, remembered, start_notice) = initial(text, instance.key(), offer_remember);
    // A shared link opens at its result, which then comes into view with focus.
    let landed_on_result =
        start.step == Step::Result && persist::fragment_code(instance.key()).is_some();
    let state = RwSignal::new(start);
    let remember = RwSignal::new(remembered);
    let notice = RwSignal::new(start_notice);
    let playing = RwSignal::new(None::<Recommendation>);
    let dispatch = Callback::new(move |event: QuizEvent| state.update(|s| *s = s.apply(event)));
    let step = Memo::new(move |_| state.with(|s| s.step));
    let title_id = instance.id("quiz-title");
    let labelled_by = title_id.clone();

    // Opted-in progress is saved after every change; a refusal turns the option off.
    let key = instance.key().to_string();
    Effect::new(move |_| {
        let current = state.get();
        if remember.get() {
            let saved = share::encode_saved(&current)
                .ok_or(persist::PersistError::Unavailable)
                .and_then(|code| persist::save(&key, &code));
            if saved.is_err() {
                remember.set(false);
                notice.set(Some(text.ui.storage_unavailable));
            }
        }
    });
    let key = instance.key().to_string();
    let on_remember = move |event| {
        let on = event_target_checked(&event);
        remember.set(on);
        if !on {
            let _ = persist::forget(&key);
            notice.set(Some(text.ui.remember_forgotten));
        }
    };

    // Tell the host how the quiz ended, once per arrival at the result.
    let reporter = instance.clone();
    Effect::new(move |previous: Option<Step>| {
        let now = step.get();
        if now == Step::Result && previous.is_some_and(|p| p != Step::Result) {
            for event in state.with_untracked(outcome_events) {
                reporter.emit(event);
            }
        }
        now
    });

    // Focus follows a new step (or the player opening and closing), so keyboard and
    // screen-reader users follow along; not on first render, which would scroll the page.
    let step_area = NodeRef::<leptos::html::Div>::new();
    Effect::new(move |previous: Option<(Step, bool)>| {
        let now = (step.get(), playing.with(Option::is_some));
        let moved = previous.is_some_and(|p| p != now);
        if (moved || (previous.is_none() && landed_on_result)) && !now.1 {
            if let Some(element) = step_area.get_untracked() {
                // The new step's top in view: the result's summary fits a phone's first screen.
                element.scroll_into_view_with_bool(true);
                let _ = element.focus();
            }
        }
        now
    });

    let body = move || {
        match step.get() {
        Step::Question(n) => view! { <QuestionStep n=usize::from(n) state=state dispatch=dispatch on_show_me=on_show_me/> }.into_any(),
        Step::Screening => view! { <Screening state=state dispatch=dispatch/> }.into_any(),
        Step::Result => view! {
            <ResultView state=state on_start=move |plan| playing.set(Some(plan))/>
            <div class="sol-actions">
                <ActionButton label=text.ui.back on_click=move |()| dispatch.run(QuizEvent::Back)/>
                <ActionButton label=text.ui.restart on_click=move |()| dispatch.run(QuizEvent::Restart)/>
            </div>
        }
        .into_any(),
    }
    };

    view! {
        <section class="sol-quiz" aria-labelledby=labelled_by>
            <h3 class="sol-quiz__title" id=title_id>{text.ui.quiz_heading}</h3>
            <p class="sol-quiz__intro">{text.ui.quiz_intro}</p>
            <p class="sol-quiz__notice" role="status">{move || notice.get().unwrap_or_default()}</p>
            <div class="sol-quiz__step" tabindex="-1" node_ref=step_area>
                {move || match playing.get() {
                    Some(plan) => view! { <Player recommendation=plan on_exit=move |_| playing.set(None)/> }.into_any(),
                    None => body().into_any(),
                }}
            </div>
            {offer_remember.then(|| view! {
                <label class="sol-switch sol-quiz__remember">
                    <input
                        type="checkbox"
                        class="sol-switch__input"
                        prop:checked=move || remember.get()
                        on:change=on_remember
                    />
                    <span>{text.ui.remember}</span>
                </label>
            })}
        </section>
    }
}
