//! `SoleusWidget`: one whole widget, the public component.

use gloo_timers::callback::Timeout;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

use super::events::WidgetEvent;
use super::explorer::compare::CompareTable;
use super::explorer::diagram::CalfDiagram;
use super::explorer::heel_raise::{HeelRaise, HeelRaiseAnimation};
use super::explorer::knee_control::KneeControl;
use super::explorer::load_calculator::LoadCalculator;
use super::explorer::muscle_card::{MuscleButtons, MuscleCard};
use super::explorer::share_meter::{announcement as share_announcement, ShareMeter};
use super::instance::{warn, InShadowRoot, Instance};
use super::options::WidgetOptions;
use super::presenter::{
    exit_fullscreen, is_fullscreen, request_fullscreen, shortcut, PresenterBar, Shortcut,
    ShortcutHelp,
};
use super::quiz::{fetch_module, Fetch, Quiz};
use super::sources::EvidencePanel;
use super::stride::stride_place;
use super::words::Words;
use crate::model::anatomy::Muscle;
use crate::model::knee;
use crate::model::quiz::ShowMe;

/// Which part the switcher under the introduction shows: a `u8` rather than an enum, so its
/// signal is the type the knee angle's already is and adds no code of its own.
mod shown {
    /// The explorer, with the quiz after it.
    pub const EXPLORER: u8 = 0;
    /// The stride alone.
    pub const STRIDE: u8 = 1;
    /// The quiz alone.
    pub const QUIZ: u8 = 2;
}

/// The widget's stylesheet, minified at build time. Every class starts with `sol-`, so it
/// can sit in a page's document without touching anything else; [`SoleusWidget`] adds it to
/// its document (or shadow root) itself, as a constructed stylesheet, which a strict
/// `style-src` allows. The quiz's steps bring their own rules
/// ([`QUIZ_STYLESHEET`](crate::QUIZ_STYLESHEET)) when they first show.
pub const STYLESHEET: &str = include_str!(concat!(env!("OUT_DIR"), "/widget.min.css"));

thread_local! {
    /// One constructed stylesheet shared by every widget on the page.
    static SHEET: Option<web_sys::CssStyleSheet> = constructed_sheet(STYLESHEET);
}

/// A constructed stylesheet holding `css`, or none where the browser has no constructable
/// stylesheets (the widget then draws unstyled rather than stopping).
pub(crate) fn constructed_sheet(css: &str) -> Option<web_sys::CssStyleSheet> {
    web_sys::CssStyleSheet::new()
        .ok()
        .filter(|sheet| sheet.replace_sync(css).is_ok())
}

/// Adds the widget's stylesheet to `root` (a document or a shadow root) unless it is there.
pub fn adopt_stylesheet(root: &web_sys::Node) {
    SHEET.with(|sheet| adopt(root, sheet.as_ref()));
}

/// Adds `sheet` to `root`'s adopted stylesheets, after those already there, unless it is one.
pub(crate) fn adopt(root: &web_sys::Node, sheet: Option<&web_sys::CssStyleSheet>) {
    let Some(sheet) = sheet else { return };
    let adopted = js_sys::Reflect::get(root, &"adoptedStyleSheets".into())
        .ok()
        .and_then(|list| list.dyn_into::<js_sys::Array>().ok());
    let Some(adopted) = adopted else { return };
    if adopted.includes(sheet, 0) {
        return;
    }
    let list = js_sys::Array::from(&adopted);
    list.push(sheet);
    let _ = js_sys::Reflect::set(root, &"adoptedStyleSheets".into(), &list);
}

/// How long the knee must rest before the live region announces the result, so a screen
/// reader is not flooded while the slider moves.
const ANNOUNCE_AFTER_MS: u32 = 700;

/// Whether the person has asked their system for less motion.
fn prefers_reduced_motion() -> bool {
    web_sys::window()
        .and_then(|w| {
            w.match_media("(prefers-reduced-motion: reduce)")
                .ok()
                .flatten()
        })
        .is_some_and(|query| query.matches())
}

/// An interactive calf-muscle explainer: the calf diagram with the knee-angle explorer,
/// muscle facts and comparison, the quiz with its red-flag screening and strengthening
/// circuit, and the sources.
///
/// All of one widget's state lives in signals owned by this component, so any number of
/// widgets share nothing: each has its own element ids, radio groups, SVG patterns, share
/// link and storage key. Timers and listeners end when it unmounts.
///
/// In a Leptos app (with `leptos` and its `csr` feature), a post that starts the explorer at
/// 90° and hears the widget's events:
///
/// ```no_run
/// use leptos::prelude::*;
/// use soleus::{SoleusWidget, WidgetEvent, WidgetOptions};
///
/// #[component]
/// fn CalfPost() -> impl IntoView {
///     let options = WidgetOptions {
///         knee_degrees: 90,
///         clinic_name: Some("Harbour Street Physiotherapy".into()),
///         ..WidgetOptions::default()
///     };
///     view! {
///         <h1>"The calf muscle runners forget"</h1>
///         <SoleusWidget
///             options=options
///             on_event=move |event: WidgetEvent| leptos::logging::log!("{}", event.name())
///         />
///     }
/// }
///
/// fn main() {
///     leptos::mount::mount_to_body(CalfPost);
/// }
/// ```
#[component]
pub fn SoleusWidget(
    /// What to show and how: language, sections, starting knee angle, theme, accent, clinic
    /// details, the remember option, motion, presenter mode and the widget's id. Values that
    /// fail their checks (an unsafe link, an unreadable accent) fall back to their defaults.
    #[prop(optional)]
    options: WidgetOptions,
    /// Called with each [`WidgetEvent`]: `ready`, `quiz-complete`, `triage`,
    /// `circuit-started`, `circuit-finished`. Payloads carry outcomes and levels only.
    #[prop(optional, into)]
    on_event: Option<Callback<WidgetEvent>>,
) -> impl IntoView {
    let (options, warnings) = options.checked();
    for warning in &warnings {
        warn(&warning.message());
    }
    let reduced_motion = options.reduce_motion || prefers_reduced_motion();
    let in_shadow_root = use_context::<InShadowRoot>().is_some();
    let instance = Instance::new(options.clone(), reduced_motion, on_event);
    provide_context(instance.clone());
    Words::provide(options.lang);
    let text = Words::get();

    let knee_degrees = RwSignal::new(options.knee_degrees);
    let share = Memo::new(move |_| knee::share(knee_degrees.get().into()));
    let selected = RwSignal::new(None::<Muscle>);
    let deep_layer = RwSignal::new(false);
    let raise = HeelRaiseAnimation::new(reduced_motion);
    let presenting = RwSignal::new(options.presenter);
    // Labels are on by default in presenter mode, where the drawing is shown to a room.
    let labelled = RwSignal::new(options.presenter);
    let help = RwSignal::new(false);
    let set_knee = Callback::new(move |degrees: u8| knee_degrees.set(degrees));

    // The live region reads only the angle the knee comes to rest at: each move replaces
    // (and so cancels) the pending announcement.
    let announcement = RwSignal::new(String::new());
    let pending = StoredValue::new_local(None::<Timeout>);
    Effect::new(move |previous: Option<u8>| {
        let degrees = knee_degrees.get();
        if previous.is_some_and(|p| p != degrees) {
            let timeout = Timeout::new(ANNOUNCE_AFTER_MS, move || {
                announcement.set(share_announcement(text, &share.get_untracked()));
            });
            pending.set_value(Some(timeout));
        }
        degrees
    });

    let root = NodeRef::<leptos::html::Section>::new();
    let mount = NodeRef::<leptos::html::Div>::new();
    let ready = instance.clone();
    let lang = options.lang;
    Effect::new(move |done: Option<()>| {
        if done.is_none() {
            if let Some(element) = mount.get_untracked() {
                if !in_shadow_root {
                    adopt_stylesheet(&element.get_root_node());
                }
            }
            ready.emit(WidgetEvent::Ready { lang });
        }
    });

    let enter_presenter = Callback::new(move |()| {
        presenting.set(true);
        labelled.set(true);
        if let Some(element) = root.get_untracked() {
            request_fullscreen(&element);
            // The button pressed is replaced by "Leave", so focus would fall to the page and
            // the shortcuts (Esc first) would not reach the widget.
            let _ = element.focus();
        }
    });
    let leave_presenter = Callback::new(move |()| {
        presenting.set(false);
        labelled.set(false);
        help.set(false);
        if let Some(element) = root.get_untracked() {
            exit_fullscreen(&element);
        }
    });
    // Presenter mode and fullscreen end together, whichever ends first: the browser's own Esc
    // or gesture ends presenter mode, and a fullscreen granted after the reader already left
    // (Esc pressed at once) is given back.
    let was_fullscreen = StoredValue::new(false);
    let fullscreen_watch = window_event_listener_untyped("fullscreenchange", move |_| {
        let Some(element) = root.get_untracked() else {
            return;
        };
        let now = is_fullscreen(&element);
        if now != presenting.get_untracked() && (now || was_fullscreen.get_value()) {
            leave_presenter.run(());
        }
        was_fullscreen.set_value(now);
    });
    on_cleanup(move || fullscreen_watch.remove());
    let on_key = move |event: web_sys::KeyboardEvent| {
        if !presenting.get_untracked() || event.default_prevented() {
            return;
        }
        let Some(action) = shortcut(&event.key(), knee_degrees.get_untracked()) else {
            return;
        };
        // Typing in the quiz's number field keeps its keys.
        let typing = event
            .target()
            .and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok())
            .is_some_and(|input| input.type_() == "number");
        if typing {
            return;
        }
        event.prevent_default();
        match action {
            Shortcut::Knee(degrees) => knee_degrees.set(degrees),
            Shortcut::DeepLayer => deep_layer.update(|on| *on = !*on),
            Shortcut::Help => help.update(|on| *on = !*on),
            // Esc closes the topmost layer: the help list, then presenter mode.
            Shortcut::Exit if help.get_untracked() => help.set(false),
            Shortcut::Exit => leave_presenter.run(()),
            Shortcut::HeelRaise => raise.toggle(),
        }
    };

    // The switcher under the introduction: the explorer with the quiz after it, or the quiz
    // alone, right under the switcher (on a phone the explorer is screens long). A quiz that
    // opens by itself (a result link, saved progress) opens alone.
    let resumes = options.sections.quiz() && super::quiz::opens_by_itself();
    let shown = RwSignal::new(
        if resumes && options.sections.diagram() && !options.presenter {
            shown::QUIZ
        } else {
            shown::EXPLORER
        },
    );
    // The stride is drawn once first shown, then kept (hidden when another part is shown);
    // its module is fetched on the switcher's press, which also retries after a failure.
    let stride_opened = RwSignal::new(false);
    let stride_fetch = RwSignal::new(Fetch::Idle);
    let show = move |part: u8| {
        shown.set(part);
        if part == shown::STRIDE {
            stride_opened.set(true);
            fetch_module(stride_fetch);
        }
    };

    // "Show me" sets the drawing, brings it into view and moves focus to it, so the change is
    // seen (and a screen reader lands on its new description).
    let on_show_me = Callback::new(move |target: ShowMe| {
        knee_degrees.set(target.knee_degrees);
        selected.set(Some(target.muscle));
        shown.set(shown::EXPLORER);
        let Some(root) = root.get_untracked() else {
            return;
        };
        // Shown at once, not after the next render: a hidden drawing cannot be scrolled to.
        let _ = root.class_list().remove_1("sol-quiz-alone");
        let figure = root.query_selector(".sol-diagram").ok().flatten();
        if let Some(figure) = figure.and_then(|f| f.dyn_into::<web_sys::HtmlElement>().ok()) {
            // An instant jump: nothing glides, which also suits reduced motion.
            figure.scroll_into_view_with_bool(true);
            let _ = figure.focus();
        }
    });

    // The stride's link to the circuit: the quiz, shown alone (the stride moves the focus).
    let on_quiz = Callback::new(move |()| shown.set(shown::QUIZ));

    let sections = options.sections;
    let accent = options.accent.clone().unwrap_or_default();
    // White text on a clinic's accent: the options only accept accents dark enough for it.
    let on_accent = if accent.is_empty() { "" } else { "#ffffff" };
    let title_id = instance.id("title");
    let labelled_by = title_id.clone();

    let explorer = sections.diagram().then(|| {
        view! {
            <PresenterBar
                presenting=presenting
                help=help
                on_enter=enter_presenter
                on_exit=leave_presenter
                on_help=move |()| help.update(|on| *on = !*on)
            />
            {move || help.get().then(|| view! { <ShortcutHelp/> })}
            <div class="sol-explorer">
                <CalfDiagram
                    share=share
                    raise=raise.height
                    selected=selected
                    deep_layer=deep_layer
                    labelled=labelled
                    on_knee=set_knee
                    on_select=move |muscle| selected.set(Some(muscle))
                />
                <div class="sol-panel">
                    <KneeControl share=share on_knee=set_knee/>
                    <ShareMeter share=share/>
                    <HeelRaise
                        share=share
                        playing=raise.playing
                        on_play=move |()| raise.play()
                        on_stop=move |()| raise.stop()
                    />
                    <MuscleButtons
                        selected=selected
                        deep_layer=deep_layer
                        on_toggle=move |muscle| selected.update(|s| {
                            *s = if *s == Some(muscle) { None } else { Some(muscle) };
                        })
                        on_deep_layer=move |on| deep_layer.set(on)
                    />
                    <div class="sol-card-slot">
                        {move || selected.get().map(|muscle| view! {
                            <MuscleCard muscle=muscle on_close=move |()| selected.set(None)/>
                        })}
                    </div>
                </div>
            </div>
            <CompareTable/>
            <LoadCalculator/>
        }
    });

    view! {
        <div
            class="sol-mount"
            class:sol-light-dom=!in_shadow_root
            data-theme=options.theme.name()
            node_ref=mount
        >
            <section
                class="sol-root"
                class:sol-presenter=move || presenting.get()
                class:sol-quiz-alone=move || shown.get() == shown::QUIZ
                class:sol-stride-alone=move || shown.get() == shown::STRIDE
                class:sol-reduced-motion=reduced_motion
                style:--sol-accent=accent
                style:--sol-on-accent=on_accent
                lang=options.lang.tag()
                aria-labelledby=labelled_by
                tabindex="-1"
                node_ref=root
                on:keydown=on_key
            >
                <h2 class="sol-title" id=title_id>{text.ui.title}</h2>
                <p class="sol-intro">{text.ui.intro}</p>
                {(sections.diagram() && sections.quiz()).then(|| view! {
                    // The three buttons are written out: mapped from a list (a `Vec` of views)
                    // they cost 0.3 KB more in every page's first download.
                    <div class="sol-parts" role="group" aria-label=text.ui.parts_label>
                        <button
                            type="button"
                            class="sol-button sol-part"
                            aria-pressed=move || (shown.get() == shown::EXPLORER).to_string()
                            on:click=move |_| show(shown::EXPLORER)
                        >
                            {text.ui.part_explore}
                        </button>
                        <button
                            type="button"
                            class="sol-button sol-part"
                            aria-pressed=move || (shown.get() == shown::STRIDE).to_string()
                            on:click=move |_| show(shown::STRIDE)
                        >
                            {text.ui.part_stride}
                        </button>
                        <button
                            type="button"
                            class="sol-button sol-part"
                            aria-pressed=move || (shown.get() == shown::QUIZ).to_string()
                            on:click=move |_| show(shown::QUIZ)
                        >
                            {text.ui.quiz_heading}
                        </button>

                    </div>
                })}
                {explorer}
                {move || stride_opened.get().then(|| stride_place(stride_fetch, on_quiz))}
                {sections.quiz().then(|| view! { <Quiz on_show_me=on_show_me resumes=resumes/> })}
                <EvidencePanel/>
                <p class="sol-visually-hidden sol-announcer" aria-live="polite">{move || announcement.get()}</p>
                <p class="sol-notice">{text.ui.education_notice}</p>
            </section>
        </div>
    }
}
