//! The root of one widget instance: its state, its markup, and the one listener per event
//! type that routes every interaction.
//!
//! State lives in Leptos signals owned by this instance (so widgets on one page never share
//! state, and unmounting disposes their timers). The markup is rendered once as escaped HTML;
//! effects then change only what the state moves. Elements that act carry `data-action` (and
//! `data-value`), so one listener on the root serves every button, input and drawing part:
//! one small function instead of a closure per element.

use std::rc::Rc;

use gloo_timers::callback::Timeout;
use leptos::prelude::*;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlElement, HtmlInputElement};

use super::dom::{bool_text, Dom, Scope};
use super::heel_raise::HeelRaise;
use super::html::Html;
use super::presenter::{self, exit_fullscreen, request_fullscreen, shortcut, Shortcut};
use super::quiz::{self, Quiz};
use super::share_meter::sentence;
use super::{compare, diagram, evidence, heel_raise, knee_control, muscle_card, share_meter};
use crate::embed::config::Config;
use crate::model::anatomy::{self, Muscle};
use crate::model::circuit;
use crate::model::knee;
use crate::model::quiz::ShowMe;
use crate::model::triage::RedFlag;

/// How long the knee must rest before the live region announces the result, so a screen
/// reader is not flooded while the slider moves.
const ANNOUNCE_AFTER_MS: u32 = 700;

/// The events the root listens to; everything else bubbles past.
const EVENTS: [&str; 8] = [
    "click",
    "change",
    "input",
    "keydown",
    "pointerdown",
    "pointermove",
    "pointerup",
    "pointercancel",
];

/// The explorer's state: the knee, the selected muscle, the deep layer, the heel raise and
/// presenter mode.
#[derive(Clone, Copy)]
struct Explorer {
    knee_degrees: RwSignal<u8>,
    selected: RwSignal<Option<Muscle>>,
    deep_layer: RwSignal<bool>,
    raise: HeelRaise,
    presenting: RwSignal<bool>,
    help: RwSignal<bool>,
}

impl Explorer {
    /// What the drawing shows; tracked, so an effect calling it follows every part.
    fn pose(self) -> diagram::Pose {
        diagram::Pose {
            knee_degrees: self.knee_degrees.get(),
            raise: self.raise.height.get(),
            selected: self.selected.get(),
            deep_layer: self.deep_layer.get(),
        }
    }
}

/// Mounts one widget into `container`: the calf diagram, the knee-angle explorer, muscle
/// facts, comparison, the quiz with its circuit, and the sources. Call it inside the reactive
/// owner that should own the widget; cleaning that owner up stops its timers and effects.
pub fn mount_widget(container: &HtmlElement, config: Config, reduced_motion: bool) {
    let text = config.lang.text();
    let explorer = Explorer {
        knee_degrees: RwSignal::new(config.knee_degrees),
        selected: RwSignal::new(None),
        deep_layer: RwSignal::new(false),
        raise: HeelRaise::new(),
        presenting: RwSignal::new(config.presenter),
        help: RwSignal::new(false),
    };
    let quiz = Quiz::new(text, &config);

    let mut claims = vec![knee::CLAIM];
    claims.extend(anatomy::claims());
    claims.extend(circuit::CLAIMS);
    claims.extend(RedFlag::ALL.iter().map(|f| f.claim()));

    let mut class = String::from("sol-root");
    if reduced_motion {
        class.push_str(" sol-reduced-motion");
    }
    if config.presenter {
        class.push_str(" sol-presenter");
    }
    let sections = config.sections;
    let mut html = Html::new();
    html.open_with(
        "section",
        &[
            ("class", &class),
            ("lang", config.lang.tag()),
            ("aria-labelledby", "sol-title"),
        ],
    )
    .open_with("h2", &[("class", "sol-title"), ("id", "sol-title")])
    .text(text.ui.title)
    .close("h2")
    .element("p", "sol-intro", text.ui.intro);
    if sections.diagram() {
        html.open("div", "sol-presenter-bar");
        presenter::render_bar(&mut html, text, config.presenter, false);
        html.close("div");
        presenter::render_help(&mut html, text);
        html.open("div", "sol-explorer");
        diagram::render(&mut html, text, config.knee_degrees);
        html.open("div", "sol-panel");
        knee_control::render(&mut html, text, config.knee_degrees);
        share_meter::render(&mut html, text);
        html.open("div", "sol-raise-slot");
        heel_raise::render(&mut html, text, false, config.knee_degrees);
        html.close("div");
        muscle_card::render(&mut html, text);
        html.close("div").close("div");
        compare::render(&mut html, text);
    }
    if sections.quiz() {
        quiz::render(&mut html, text, &config, quiz);
    }
    evidence::render(&mut html, text, &claims);
    html.open_with(
        "p",
        &[
            ("class", "sol-visually-hidden sol-announcer"),
            ("aria-live", "polite"),
        ],
    )
    .close("p")
    .element("p", "sol-notice", text.ui.education_notice)
    .close("section");
    container.set_inner_html(&html.finish());

    let Some(root) = container.first_element_child() else {
        return;
    };
    if let Some(accent) = &config.accent {
        // White text on a clinic's accent: the configuration only accepts accents dark
        // enough for it.
        super::dom::set_style(&root, "--sol-accent", accent);
        super::dom::set_style(&root, "--sol-on-accent", "#ffffff");
    }
    let scope = Rc::new(Scope {
        dom: Dom::new(root),
        text,
        config,
        reduced_motion,
    });
    explorer_effects(&scope, explorer);
    quiz::after_render(&scope, quiz);
    quiz::bind(scope.clone(), quiz);
    listen(scope, explorer, quiz);
}

/// Effects that keep the explorer on screen in step with its state.
fn explorer_effects(scope: &Rc<Scope>, explorer: Explorer) {
    let view = scope.clone();
    Effect::new(move |_| diagram::update(&view.dom, explorer.pose()));

    let view = scope.clone();
    Effect::new(move |_| {
        let degrees = explorer.knee_degrees.get();
        knee_control::update(&view.dom, view.text, degrees);
        share_meter::update(&view.dom, view.text, degrees);
        heel_raise::update_status(&view.dom, view.text, degrees);
    });

    // The live region reads only the angle the knee comes to rest at.
    let view = scope.clone();
    let pending = StoredValue::new_local(None::<Timeout>);
    Effect::new(move |previous: Option<u8>| {
        let degrees = explorer.knee_degrees.get();
        if previous.is_some_and(|p| p != degrees) {
            let view = view.clone();
            let timeout = Timeout::new(ANNOUNCE_AFTER_MS, move || {
                let share = knee::share(degrees.into());
                view.dom
                    .set_text(".sol-announcer", &sentence(view.text, share));
            });
            // Replacing the pending announcement cancels it.
            pending.set_value(Some(timeout));
        }
        degrees
    });

    let view = scope.clone();
    Effect::new(move |previous: Option<Option<Muscle>>| {
        let selected = explorer.selected.get();
        muscle_card::update(&view.dom, selected, explorer.deep_layer.get());
        if previous.is_some_and(|p| p != selected) {
            let mut html = Html::new();
            if let Some(muscle) = selected {
                muscle_card::render_card(&mut html, view.text, muscle);
            }
            view.dom.set_html(".sol-card-slot", &html.finish());
        }
        selected
    });

    let view = scope.clone();
    Effect::new(move |previous: Option<bool>| {
        let playing = explorer.raise.playing.get();
        if previous.is_some_and(|p| p != playing) {
            redraw_keeping_focus(&view.dom, ".sol-raise-slot", |html| {
                let degrees = explorer.knee_degrees.get_untracked();
                heel_raise::render(html, view.text, playing, degrees);
            });
        }
        playing
    });

    let view = scope.clone();
    Effect::new(move |previous: Option<(bool, bool)>| {
        let now = (explorer.presenting.get(), explorer.help.get());
        let root = view.dom.root();
        let _ = root.class_list().toggle_with_force("sol-presenter", now.0);
        view.dom.set_hidden(".sol-help", !now.1);
        if previous.is_some_and(|p| p.0 != now.0) {
            redraw_keeping_focus(&view.dom, ".sol-presenter-bar", |html| {
                presenter::render_bar(html, view.text, now.0, now.1);
            });
        } else {
            view.dom
                .set_attr("[data-action=help]", "aria-pressed", bool_text(now.1));
        }
        now
    });
}

/// Redraws the contents of `selector`; if focus was inside, it moves to the first button of
/// the new contents instead of being lost to the page.
fn redraw_keeping_focus(dom: &Dom, selector: &str, draw: impl FnOnce(&mut Html)) {
    let had_focus = dom.has_focus_in(selector);
    let mut html = Html::new();
    draw(&mut html);
    dom.set_html(selector, &html.finish());
    if had_focus {
        let mut first = String::from(selector);
        first.push_str(" button");
        dom.focus(&first);
    }
}

/// Listens on the root for every event the widget handles.
fn listen(scope: Rc<Scope>, explorer: Explorer, quiz: Quiz) {
    let root = scope.dom.root().clone();
    let mut dragging = false;
    let handler = Closure::<dyn FnMut(web_sys::Event)>::new(move |event: web_sys::Event| {
        let kind = event.type_();
        match kind.as_str() {
            "keydown" => {
                if let Some(event) = event.dyn_ref::<web_sys::KeyboardEvent>() {
                    on_key(&scope, explorer, quiz, event);
                }
            }
            "pointerdown" | "pointermove" | "pointerup" | "pointercancel" => {
                if let Some(event) = event.dyn_ref::<web_sys::PointerEvent>() {
                    on_pointer(explorer, event, &kind, &mut dragging);
                }
            }
            _ => on_action(&scope, explorer, quiz, &event, &kind),
        }
    });
    for name in EVENTS {
        let _ = root.add_event_listener_with_callback(name, handler.as_ref().unchecked_ref());
    }
    // The handler lives as long as the widget's owner.
    StoredValue::new_local(handler);
}

/// Routes a click, change or input to the action named by the nearest `data-action`.
fn on_action(scope: &Scope, explorer: Explorer, quiz: Quiz, event: &web_sys::Event, kind: &str) {
    let Some(element) = event
        .target()
        .and_then(|t| t.dyn_into::<Element>().ok())
        .and_then(|t| t.closest("[data-action]").ok().flatten())
    else {
        return;
    };
    let action = element.get_attribute("data-action").unwrap_or_default();
    let input = element.dyn_ref::<HtmlInputElement>();
    // Buttons and drawing parts act on click; boxes on change; sliders and fields on input.
    let wanted = match input.map(|i| i.type_()) {
        None => "click",
        Some(t) if t == "checkbox" || t == "radio" => "change",
        Some(_) => "input",
    };
    if kind != wanted {
        return;
    }
    let value = match input {
        Some(input) => input.value(),
        None => element.get_attribute("data-value").unwrap_or_default(),
    };
    let checked = input.is_some_and(|i| i.checked());
    match action.as_str() {
        "knee" => {
            // The value is outside input: parse without panicking and clamp.
            if let Ok(degrees) = value.parse::<i32>() {
                explorer.knee_degrees.set(knee::clamp_degrees(degrees));
            }
        }
        "muscle" => {
            let muscle = Muscle::ALL
                .into_iter()
                .find(|m| muscle_card::muscle_tag(*m) == value);
            let toggles = element.tag_name() == "BUTTON";
            explorer.selected.update(|selected| {
                *selected = if toggles && *selected == muscle {
                    None
                } else {
                    muscle
                };
            });
        }
        "close-card" => {
            explorer.selected.set(None);
            scope.dom.focus(".sol-muscles__buttons button");
        }
        "deep-layer" => explorer.deep_layer.set(checked),
        "raise-play" => explorer.raise.play(scope.reduced_motion),
        "raise-stop" => explorer.raise.stop(),
        "presenter-enter" => {
            explorer.presenting.set(true);
            request_fullscreen(scope.dom.root());
        }
        "presenter-exit" => leave_presenter(explorer),
        "help" => explorer.help.update(|on| *on = !*on),
        "print" => {
            if let Some(window) = web_sys::window() {
                let _ = window.print();
            }
        }
        _ => {
            let show_me = |target: ShowMe| {
                explorer.knee_degrees.set(target.knee_degrees);
                explorer.selected.set(Some(target.muscle));
            };
            quiz.act(scope, &action, &value, checked, show_me);
        }
    }
}

fn leave_presenter(explorer: Explorer) {
    explorer.presenting.set(false);
    explorer.help.set(false);
    exit_fullscreen();
}

/// The player's keys while it has focus, and presenter shortcuts.
fn on_key(scope: &Scope, explorer: Explorer, quiz: Quiz, event: &web_sys::KeyboardEvent) {
    let key = event.key();
    let target = event.target().and_then(|t| t.dyn_into::<Element>().ok());
    let in_player = target
        .as_ref()
        .and_then(|t| t.closest(".sol-player").ok().flatten())
        .is_some();
    if in_player && quiz.player.key(&key) {
        event.prevent_default();
        return;
    }
    if !explorer.presenting.get_untracked() {
        return;
    }
    let Some(action) = shortcut(&key, explorer.knee_degrees.get_untracked()) else {
        return;
    };
    // Typing in the quiz's number field keeps its keys.
    let typing = target
        .and_then(|t| t.dyn_into::<HtmlInputElement>().ok())
        .is_some_and(|input| input.type_() == "number");
    if typing {
        return;
    }
    event.prevent_default();
    match action {
        Shortcut::Knee(degrees) => explorer.knee_degrees.set(degrees),
        Shortcut::DeepLayer => explorer.deep_layer.update(|on| *on = !*on),
        Shortcut::Help => explorer.help.update(|on| *on = !*on),
        Shortcut::Exit => leave_presenter(explorer),
        Shortcut::HeelRaise => explorer.raise.toggle(scope.reduced_motion),
    }
}

/// Dragging the foot's handle bends the knee; the pointer is captured so the drag keeps
/// going outside the handle.
fn on_pointer(explorer: Explorer, event: &web_sys::PointerEvent, kind: &str, dragging: &mut bool) {
    let Some(target) = event.target().and_then(|t| t.dyn_into::<Element>().ok()) else {
        return;
    };
    match kind {
        "pointerdown" => {
            if !target.class_list().contains("sol-diagram__handle") {
                return;
            }
            let _ = target.set_pointer_capture(event.pointer_id());
            *dragging = true;
        }
        "pointermove" if *dragging => {}
        _ => {
            *dragging = false;
            return;
        }
    }
    let angle = target
        .closest("svg")
        .ok()
        .flatten()
        .and_then(|svg| diagram::angle_from_pointer(&svg, event.client_x(), event.client_y()));
    if let Some(angle) = angle {
        explorer.knee_degrees.set(angle);
    }
}
