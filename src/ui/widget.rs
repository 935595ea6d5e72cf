//! The root component of one widget instance.

use gloo_timers::callback::Timeout;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

use super::compare::CompareTable;
use super::diagram::CalfDiagram;
use super::evidence::EvidencePanel;
use super::heel_raise::HeelRaise;
use super::knee_control::KneeControl;
use super::muscle_card::{MuscleButtons, MuscleCard};
use super::presenter::{
    click_inside, exit_fullscreen, request_fullscreen, shortcut, Shortcut, ShortcutHelp,
};
use super::quiz::Quiz;
use super::share_meter::{sentence, ShareMeter};
use super::Words;
use crate::embed::config::Config;
use crate::model::anatomy::{self, Muscle};
use crate::model::circuit;
use crate::model::knee;
use crate::model::quiz::ShowMe;
use crate::model::triage::RedFlag;

/// How long the knee must rest before the live region announces the result, so a screen
/// reader is not flooded while the slider moves.
const ANNOUNCE_AFTER_MS: u32 = 700;

/// One widget: the calf diagram, the knee-angle explorer, muscle facts, comparison, the quiz
/// with its circuit, and the sources.
///
/// All state lives here, in signals owned by this instance, so widgets on one page never
/// share state.
#[component]
pub fn Widget(
    /// The validated configuration from the host element.
    config: Config,
    /// Whether to avoid animation (the person's `prefers-reduced-motion`, or the host's
    /// `data-motion="reduce"`).
    reduced_motion: bool,
) -> impl IntoView {
    Words::provide(config.lang);
    let text = Words::get();
    let (knee_degrees, set_knee_degrees) = signal(config.knee_degrees);
    let share = Memo::new(move |_| knee::share(knee_degrees.get().into()));
    let selected = RwSignal::new(None::<Muscle>);
    let deep_layer = RwSignal::new(false);
    let raise = RwSignal::new(0u8);

    let announcement = RwSignal::new(String::new());
    let pending = StoredValue::new_local(None::<Timeout>);
    Effect::new(move |previous: Option<u8>| {
        let degrees = knee_degrees.get();
        if previous.is_some_and(|p| p != degrees) {
            let timeout = Timeout::new(ANNOUNCE_AFTER_MS, move || {
                announcement.set(sentence(share.get_untracked()));
            });
            // Replacing the pending announcement cancels it: only the resting angle is read.
            pending.set_value(Some(timeout));
        }
        degrees
    });

    let mut claims = vec![knee::CLAIM];
    claims.extend(anatomy::claims());
    claims.extend(circuit::CLAIMS);
    claims.extend(RedFlag::ALL.iter().map(|f| f.claim()));

    let on_show_me = Callback::new(move |target: ShowMe| {
        set_knee_degrees.set(target.knee_degrees);
        selected.set(Some(target.muscle));
    });

    let presenting = RwSignal::new(config.presenter);
    let help = RwSignal::new(false);
    let root = NodeRef::<leptos::html::Section>::new();
    let enter_presenter = move |_| {
        presenting.set(true);
        if let Some(element) = root.get() {
            request_fullscreen(&element);
        }
    };
    let leave_presenter = move || {
        presenting.set(false);
        help.set(false);
        exit_fullscreen();
    };
    let on_key = move |event: web_sys::KeyboardEvent| {
        if !presenting.get_untracked() {
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
            Shortcut::Knee(degrees) => set_knee_degrees.set(degrees),
            Shortcut::DeepLayer => deep_layer.update(|on| *on = !*on),
            Shortcut::Help => help.update(|on| *on = !*on),
            Shortcut::Exit => leave_presenter(),
            Shortcut::HeelRaise => {
                if let Some(element) = root.get_untracked() {
                    click_inside(&element, ".sol-raise button");
                }
            }
        }
    };

    let sections = config.sections;
    let quiz_config = config.clone();
    let accent = config.accent.clone().unwrap_or_default();
    // White text on a clinic's accent: the configuration only accepts accents dark enough.
    let on_accent = if accent.is_empty() { "" } else { "#ffffff" };

    view! {
        <section
            class="sol-root"
            style:--sol-accent=accent
            style:--sol-on-accent=on_accent
            class:sol-presenter=move || presenting.get()
            node_ref=root
            on:keydown=on_key
            class:sol-reduced-motion=reduced_motion
            lang=config.lang.tag()
            aria-labelledby="sol-title"
        >
            <h2 class="sol-title" id="sol-title">{text.ui.title}</h2>
            <p class="sol-intro">{text.ui.intro}</p>
            {sections.diagram().then(|| view! {
                <div class="sol-presenter-bar">
                    <Show
                        when=move || presenting.get()
                        fallback=move || view! {
                            <button type="button" class="sol-button" on:click=enter_presenter>
                                {text.ui.presenter_enter}
                            </button>
                        }
                    >
                        <button type="button" class="sol-button" on:click=move |_| leave_presenter()>
                            {text.ui.presenter_exit}
                        </button>
                        <button
                            type="button"
                            class="sol-button"
                            aria-pressed=move || help.get().to_string()
                            on:click=move |_| help.update(|on| *on = !*on)
                        >
                            {text.ui.shortcuts_heading}
                        </button>
                    </Show>
                </div>
            })}
            <Show when=move || help.get()>
                <ShortcutHelp/>
            </Show>
            {sections.diagram().then(|| view! {
                <div class="sol-explorer">
                    <CalfDiagram
                        share=share
                        set_knee_degrees=set_knee_degrees
                        selected=selected
                        deep_layer=deep_layer.read_only()
                        raise=raise.read_only()
                    />
                    <div class="sol-panel">
                        <KneeControl knee_degrees=knee_degrees set_knee_degrees=set_knee_degrees share=share/>
                        <ShareMeter share=share/>
                        <HeelRaise share=share raise=raise reduced_motion=reduced_motion/>
                        <MuscleButtons selected=selected deep_layer=deep_layer/>
                        <MuscleCard selected=selected/>
                    </div>
                </div>
                <CompareTable/>
            })}
            {sections.quiz().then(|| view! { <Quiz config=quiz_config on_show_me=on_show_me/> })}
            <EvidencePanel claims=claims/>
            <p class="sol-visually-hidden" aria-live="polite">{move || announcement.get()}</p>
            <p class="sol-notice">{text.ui.education_notice}</p>
        </section>
    }
}
