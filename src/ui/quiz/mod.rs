//! The quiz on screen, in journey order: the screening, one question at a time (the last two
//! are the heel-raise self-test on each leg), the result and the guided player. Starting the
//! player goes through the reader's own screening when the plan's does not stand
//! (`QuizState::circuit_to_start`).
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

pub(crate) use self::picture::body as figure_body;
use self::player::Player;
use self::question::QuestionStep;
use self::result::ResultView;
use self::screening::Screening;
use super::browser::{before_next_paint, today};
use super::events::{ResultKind, ScreeningKind, WidgetEvent};
use super::instance::Instance;
use super::persist;
use super::words::Words;
use crate::content::{fill, QuizUi};
use crate::model::circuit::Recommendation;
use crate::model::progress_code;
use crate::model::quiz::{QuizEvent, QuizResult, QuizState, ShowMe, Step, QUESTION_COUNT};
use crate::model::triage::ScreeningDecision;

/// The quiz steps' own styles (`style/quiz.css`), minified at build time. They come with the
/// steps' code, so in the embed they are in the quiz's module and the first download does not
/// carry them; the steps add them to their root when they first show.
pub const QUIZ_STYLESHEET: &str = include_str!(concat!(env!("OUT_DIR"), "/quiz.min.css"));

thread_local! {
    /// One constructed stylesheet for the steps of every widget on the page.
    static QUIZ_SHEET: Option<web_sys::CssStyleSheet> =
        super::widget::constructed_sheet(QUIZ_STYLESHEET);
}

/// Where the quiz starts: a result from the link, else saved progress, else the beginning;
/// whether answers are being remembered; and a notice when something could not be read.
fn initial(
    quiz_ui: &'static QuizUi,
    key: &str,
    offer_remember: bool,
) -> (QuizState, bool, Option<&'static str>) {
    if let Some(code) = persist::fragment_code(key) {
        return match progress_code::decode(&code) {
            Ok(state) => (state, false, None),
            Err(_) => (QuizState::default(), false, Some(quiz_ui.share_error)),
        };
    }
    if !offer_remember {
        return (QuizState::default(), false, None);
    }
    match persist::load(key) {
        Ok(Some(saved)) => match progress_code::decode_saved(&saved) {
            Ok(state) => (state, true, None),
            Err(_) => {
                let _ = persist::forget(key);
                (QuizState::default(), false, Some(quiz_ui.storage_corrupt))
            }
        },
        Ok(None) | Err(_) => (QuizState::default(), false, None),
    }
}

/// The events that tell the host how a quiz ended: outcomes and levels only, never answers.
pub fn result_events(state: &QuizState) -> Vec<WidgetEvent> {
    match state.result() {
        Some(QuizResult::Circuit(recommendation)) => vec![
            WidgetEvent::QuizComplete {
                outcome: ResultKind::Circuit,
                level: Some(recommendation.level),
            },
            WidgetEvent::Triage {
                outcome: ScreeningKind::Clear,
                urgency: None,
            },
        ],
        Some(QuizResult::SeekCare(ScreeningDecision::SeekCare { urgency, .. })) => vec![
            WidgetEvent::QuizComplete {
                outcome: ResultKind::SeekCare,
                level: None,
            },
            WidgetEvent::Triage {
                outcome: ScreeningKind::SeekCare,
                urgency: Some(urgency),
            },
        ],
        _ => Vec::new(),
    }
}

/// Whether the quiz opens without a press: a result link for this widget, or progress its
/// reader asked to be remembered.
pub fn opens_by_itself() -> bool {
    let instance = Instance::get();
    let key = instance.key();
    persist::fragment_code(key).is_some()
        || (instance.options().offer_remember && matches!(persist::load(key), Ok(Some(_))))
}

/// How far the quiz's own part of the module has come.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(crate) enum Fetch {
    /// Not asked for yet.
    Idle,
    /// Being fetched.
    Loading,
    /// The fetch failed; the next press tries again.
    Failed,
    /// Here: the steps can be drawn.
    Loaded,
}

/// The quiz section of one widget: its heading and a Start button, and once started, the
/// steps.
///
/// The steps (screening, questions, result, player and printed plan) are most of the widget's
/// code, and most readers of a post never take the quiz, so in the embed they are a module of
/// their own (see [`load_steps`]): fetched when the section comes within a screen of view, or
/// when the reader presses Start. A result link, saved progress or a widget that is only the
/// quiz opens at once. A failed fetch says so, leaves the rest of the widget working, and the
/// next press tries again.
#[component]
pub fn Quiz(
    /// Sets the diagram to illustrate a knowledge answer.
    #[prop(into)]
    on_show_me: Callback<ShowMe>,
    /// A result link or remembered progress opens the steps without a press (the widget has
    /// asked [`opens_by_itself`] already).
    resumes: bool,
) -> impl IntoView {
    let text = Words::get();
    let instance = Instance::get();
    let options = instance.options();
    let open_now = resumes || !options.sections.diagram();
    let fetch = RwSignal::new(Fetch::Idle);
    let opened = RwSignal::new(open_now);
    let load = move || fetch_module(fetch);
    if open_now {
        load();
    }
    let start = move |_| {
        opened.set(true);
        load();
    };
    // Pressed, or opened by a link, and still coming: the button stays (and keeps the focus)
    // but is marked as doing nothing more.
    let opening = move || opened.get() && fetch.get() == Fetch::Loading;
    let section = NodeRef::<leptos::html::Section>::new();
    when_near(section, load);
    let show_steps = Memo::new(move |_| opened.get() && fetch.get() == Fetch::Loaded);
    let title_id = instance.id("quiz-title");
    let labelled_by = title_id.clone();
    let status = move || match (opened.get(), fetch.get()) {
        (true, Fetch::Loading) => text.ui.quiz_loading,
        (true, Fetch::Failed) => text.ui.quiz_load_failed,
        _ => "",
    };

    view! {
        <section class="sol-quiz" aria-labelledby=labelled_by node_ref=section>
            <h3 class="sol-quiz__title" id=title_id>{text.ui.quiz_heading}</h3>
            <p class="sol-quiz__intro">{fill(text.ui.quiz_intro, &[("count", &QUESTION_COUNT.to_string())])}</p>
            {move || if show_steps.get() {
                // Started by a press: focus goes to the first step, as the button it replaces
                // goes. Opened by a link or saved progress: the steps say where focus goes.
                later_view(Later::QuizSteps { on_show_me, focus_first: !open_now })
            } else {
                view! {
                    <p class="sol-quiz__notice" role="status">{status}</p>
                    <button
                        type="button"
                        class="sol-button sol-button--primary"
                        aria-disabled=move || opening().then_some("true")
                        on:click=start
                    >
                        {text.ui.quiz_start}
                    </button>
                }
                .into_any()
            }}
        </section>
    }
}

/// Calls `near` once, when `section` comes within a screen of the viewport: the quiz's
/// module is then fetched before the reader gets there. Not when the reader's browser asks to
/// save data: then it is fetched on Start.
fn when_near(section: NodeRef<leptos::html::Section>, near: impl Fn() + 'static) {
    use wasm_bindgen::{closure::Closure, JsCast};
    let save_data = web_sys::window()
        .and_then(|w| js_sys::Reflect::get(&w.navigator(), &"connection".into()).ok())
        .and_then(|c| js_sys::Reflect::get(&c, &"saveData".into()).ok())
        .is_some_and(|on| on.is_truthy());
    if save_data {
        return;
    }
    let callback = Closure::<dyn Fn(js_sys::Array, web_sys::IntersectionObserver)>::new(
        move |entries: js_sys::Array, observer: web_sys::IntersectionObserver| {
            let near_now = entries.iter().any(|entry| {
                entry
                    .unchecked_into::<web_sys::IntersectionObserverEntry>()
                    .is_intersecting()
            });
            if near_now {
                observer.disconnect();
                near();
            }
        },
    );
    let init = web_sys::IntersectionObserverInit::new();
    init.set_root_margin("100% 0px");
    let Ok(observer) =
        web_sys::IntersectionObserver::new_with_options(callback.as_ref().unchecked_ref(), &init)
    else {
        return;
    };
    let watched = observer.clone();
    Effect::new(move |_| {
        if let Some(element) = section.get() {
            watched.observe(&element);
        }
    });
    let observer = send_wrapper::SendWrapper::new((observer, callback));
    on_cleanup(move || observer.0.disconnect());
}

/// Fetches the quiz's own module (the quiz's steps and the stride), if it is not here yet;
/// false when that failed.
#[cfg(feature = "split")]
pub(crate) async fn load_steps() -> bool {
    preload_steps().await.is_ok()
}

/// Without the split (a Leptos app's own build), the steps are already in the module.
#[cfg(not(feature = "split"))]
pub(crate) async fn load_steps() -> bool {
    true
}

/// Adds the quiz's stylesheet (which holds the stride's rules too) to the document or shadow
/// root `element` is in, unless it is there.
pub(crate) fn adopt_quiz_sheet(element: &web_sys::Node) {
    let root = element.get_root_node();
    QUIZ_SHEET.with(|sheet| super::widget::adopt(&root, sheet.as_ref()));
}

/// Fetches the quiz's own module into `fetch`, unless it is here or coming: for the quiz and
/// the stride alike (one piece of code for both).
pub(crate) fn fetch_module(fetch: RwSignal<Fetch>) {
    if matches!(fetch.get_untracked(), Fetch::Idle | Fetch::Failed) {
        fetch.set(Fetch::Loading);
        leptos::task::spawn_local(async move {
            let loaded = load_steps().await;
            // The widget may have gone while the module came.
            fetch.try_set(if loaded { Fetch::Loaded } else { Fetch::Failed });
        });
    }
}

/// What the quiz's own module draws: the quiz's steps, the stride, or the list of sources.
#[derive(Clone, Copy)]
pub(crate) enum Later {
    /// The quiz's steps; `focus_first` when the first step takes focus (Start was pressed).
    QuizSteps {
        on_show_me: Callback<ShowMe>,
        focus_first: bool,
    },
    /// One running step and the calf's work in it; `on_quiz` shows the quiz.
    Stride { on_quiz: Callback<()> },
    /// The evidence panel's list of sources.
    Sources,
}

/// The place of a part the quiz's module draws (the stride, the list of sources), once
/// `fetch` has the module: until then a status line saying `loading`, or `failed` after a
/// failure, which leaves the rest of the widget working. One plain function for every such
/// part: it is in every page's first download, and shared code is the smallest.
pub(crate) fn later_place(
    fetch: RwSignal<Fetch>,
    loading: &'static str,
    failed: &'static str,
    part: Later,
) -> impl IntoView {
    let status = move || match fetch.get() {
        Fetch::Idle | Fetch::Loading => loading,
        Fetch::Failed => failed,
        Fetch::Loaded => "",
    };
    view! {
        <p class="sol-quiz__notice" role="status">{status}</p>
        {move || if fetch.get() == Fetch::Loaded { later_view(part) } else { ().into_any() }}
    }
}

/// A part of the quiz's module, once [`load_steps`] has succeeded: drawn from the module just
/// fetched, so nothing waits here (a module that is somehow not there draws nothing rather
/// than stopping).
#[cfg(feature = "split")]
pub(crate) fn later_view(part: Later) -> AnyView {
    ready_now(split_steps(part))
        .and_then(Result::ok)
        .unwrap_or_else(|| ().into_any())
}

/// A part of the quiz's module, in the same module.
#[cfg(not(feature = "split"))]
pub(crate) fn later_view(part: Later) -> AnyView {
    draw_later(part)
}

/// Draws a part of the quiz's module.
fn draw_later(part: Later) -> AnyView {
    match part {
        Later::QuizSteps {
            on_show_me,
            focus_first,
        } => view! { <QuizSteps on_show_me=on_show_me focus_first=focus_first/> }.into_any(),
        Later::Stride { on_quiz } => {
            view! { <crate::ui::stride::StrideSteps on_quiz=on_quiz/> }.into_any()
        }
        Later::Sources => crate::ui::sources::evidence_list().into_any(),
    }
}

/// The split point: everything reached from here goes into the quiz's module.
#[cfg(feature = "split")]
#[leptos::wasm_split::wasm_split(
    quiz,
    fallible,
    wasm_split_path = ::leptos::wasm_split,
    preload(preload_steps)
)]
fn split_steps(part: Later) -> Result<AnyView, leptos::wasm_split::SplitLoaderError> {
    Ok(draw_later(part))
}

/// The value of a future that is already done, without waiting.
#[cfg(feature = "split")]
fn ready_now<T>(future: impl std::future::Future<Output = T>) -> Option<T> {
    use std::task::{Context, Poll, Waker};
    let mut future = std::pin::pin!(future);
    match future
        .as_mut()
        .poll(&mut Context::from_waker(Waker::noop()))
    {
        Poll::Ready(value) => Some(value),
        Poll::Pending => None,
    }
}

/// The quiz's steps, in journey order.
#[component]
fn QuizSteps(
    /// Sets the diagram to illustrate a knowledge answer.
    on_show_me: Callback<ShowMe>,
    /// Whether the first step takes focus (the reader pressed Start).
    focus_first: bool,
) -> impl IntoView {
    let quiz_ui = &Words::quiz().ui;
    let text = Words::get();
    let instance = Instance::get();
    let offer_remember = instance.options().offer_remember;
    let (start, remembered, start_notice) = initial(quiz_ui, instance.key(), offer_remember);
    // A shared link opens at its result, which then comes into view with focus.
    let landed_on_result =
        start.step == Step::Result && persist::fragment_code(instance.key()).is_some();
    let state = RwSignal::new(start);
    let remember = RwSignal::new(remembered);
    let notice = RwSignal::new(start_notice);
    let playing = RwSignal::new(None::<Recommendation>);
    provide_context(result::PrintRequest(RwSignal::new(false)));
    let dispatch = Callback::new(move |event: QuizEvent| state.update(|s| *s = s.apply(event)));
    let step = Memo::new(move |_| state.with(|s| s.step));

    // Opted-in progress is saved after every change; a refusal turns the option off.
    let key = instance.key().to_string();
    Effect::new(move |_| {
        let current = state.get();
        if remember.get() {
            let saved = progress_code::encode_saved(&current)
                .ok_or(persist::PersistError::Unavailable)
                .and_then(|code| persist::save(&key, &code));
            if saved.is_err() {
                // The person is told nothing is kept, so nothing is: older answers go too.
                let _ = persist::forget(&key);
                remember.set(false);
                notice.set(Some(quiz_ui.storage_unavailable));
            }
        }
    });
    // Answers forgotten in another tab stay forgotten: this tab stops saving them, rather than
    // writing them back on its next change.
    let watched = persist::storage_key(instance.key());
    let storage_watch = window_event_listener(leptos::ev::storage, move |event| {
        let ours = event.key().is_none_or(|changed| changed == watched);
        if ours && event.new_value().is_none() && remember.get_untracked() {
            remember.set(false);
            notice.set(Some(quiz_ui.remember_forgotten));
        }
    });
    on_cleanup(move || storage_watch.remove());
    let key = instance.key().to_string();
    let on_remember = move |event| {
        let on = event_target_checked(&event);
        remember.set(on);
        if !on {
            let _ = persist::forget(&key);
            notice.set(Some(quiz_ui.remember_forgotten));
        }
    };

    // Tell the host how the quiz ended, once per arrival at the result; after a re-check only
    // when it changed the outcome to advice.
    let reporter = instance.clone();
    Effect::new(move |previous: Option<Step>| {
        let now = step.get();
        let advice_now =
            state.with_untracked(|s| matches!(s.result(), Some(QuizResult::SeekCare(_))));
        let arrived = match previous {
            Some(Step::Result) | None => false,
            Some(Step::Recheck) => advice_now,
            Some(_) => true,
        };
        if now == Step::Result && arrived {
            for event in state.with_untracked(result_events) {
                reporter.emit(event);
            }
        }
        now
    });

    // The guided circuit starts only for a plan this reader screened in the last two weeks;
    // otherwise the screening comes first, and a clear answer starts the circuit at once.
    let start_after_check = RwSignal::new(false);
    let starter = instance.clone();
    let start_now = move |plan: Recommendation| {
        starter.emit(WidgetEvent::CircuitStarted { level: plan.level });
        playing.set(Some(plan));
    };
    let request_start = {
        let start_now = start_now.clone();
        Callback::new(
            move |()| match state.with_untracked(|s| s.circuit_to_start(today())) {
                Some(plan) => start_now(plan),
                None => {
                    start_after_check.set(true);
                    dispatch.run(QuizEvent::Recheck);
                }
            },
        )
    };
    Effect::new(move |_| {
        if step.get() == Step::Result && start_after_check.get_untracked() {
            start_after_check.set(false);
            if let Some(plan) = state.with_untracked(|s| s.circuit_to_start(today())) {
                start_now(plan);
            }
        }
    });

    // Focus follows a new step (or the player opening and closing), so keyboard and
    // screen-reader users follow along; not on first render, which would scroll the page.
    // Both are memos, so the effect runs again only when one of them really changed: a run
    // before the next frame then supersedes the pending scroll and focus, which its cleanup
    // cancels, and never drops it for a change that moved nothing.
    let step_area = NodeRef::<leptos::html::Div>::new();
    let player_open = Memo::new(move |_| playing.with(Option::is_some));
    Effect::new(move |previous: Option<(Step, bool)>| {
        let now = (step.get(), player_open.get());
        // First, before the first paint: the steps' rules join the widget's.
        if previous.is_none() {
            if let Some(element) = step_area.get_untracked() {
                let root = element.get_root_node();
                QUIZ_SHEET.with(|sheet| super::widget::adopt(&root, sheet.as_ref()));
            }
        }
        let moved = previous.is_some_and(|p| p != now);
        let first = previous.is_none() && (landed_on_result || focus_first);
        if (moved || first) && !now.1 {
            // The new step's top in view: the result's summary fits a phone's first screen.
            // (Before the next paint, not in the press's own task: both lay the page out.)
            before_next_paint(move || {
                if let Some(element) = step_area.try_get_untracked().flatten() {
                    element.scroll_into_view_with_bool(true);
                    let _ = element.focus();
                }
            });
        }
        now
    });

    let body = move || {
        match step.get() {
        Step::Question(n) => view! { <QuestionStep n=usize::from(n) state=state dispatch=dispatch on_show_me=on_show_me/> }.into_any(),
        Step::Screening | Step::Recheck => view! { <Screening state=state dispatch=dispatch/> }.into_any(),
        Step::Result => view! {
            <ResultView state=state on_start=request_start/>
            <div class="sol-actions">
                <ActionButton label=text.ui.back on_click=move |()| dispatch.run(QuizEvent::Back)/>
                <ActionButton label=quiz_ui.restart on_click=move |()| dispatch.run(QuizEvent::Restart)/>
            </div>
        }
        .into_any(),
    }
    };

    view! {
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
                <span>{quiz_ui.remember}</span>
            </label>
        })}
    }
}
