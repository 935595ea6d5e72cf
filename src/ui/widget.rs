//! The root of one widget instance: its state, its markup, and the one listener per event
//! type that routes every interaction.
//!
//! State lives in one store owned by this instance's Leptos reactive owner (so widgets on one
//! page never share state, and unmounting disposes their timers). The markup is rendered once
//! as escaped HTML; after every change, `sync` changes only what the state moved. Elements that act carry `data-action` (and
//! `data-value`), so one listener on the root serves every button, input and drawing part:
//! one small function instead of a closure per element.

use std::rc::Rc;

use gloo_timers::callback::Timeout;
use reactive_graph::owner::StoredValue;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlElement, HtmlInputElement};

use super::dom::{bool_text, Dom, Scope};
use super::html::Html;
use super::presenter::{self, exit_fullscreen, request_fullscreen, shortcut, Shortcut};
use super::share_meter::sentence;
use super::store::{Store, WidgetState};
use super::{
    compare, diagram, evidence, heel_raise, knee_control, muscle_card, player, quiz, share_meter,
};
use crate::embed::config::Config;
use crate::model::anatomy::{self, Muscle};
use crate::model::circuit;
use crate::model::knee;
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

/// Mounts one widget into `container`: the calf diagram, the knee-angle explorer, muscle
/// facts, comparison, the quiz with its circuit, and the sources. Call it inside the reactive
/// owner that should own the widget; cleaning that owner up stops its timers and listeners.
pub fn mount_widget(container: &HtmlElement, config: Config, reduced_motion: bool) {
    let text = config.lang.text();
    let (quiz, remember, notice) = quiz::initial(text, &config);
    let state = WidgetState {
        knee_degrees: config.knee_degrees,
        selected: None,
        deep_layer: false,
        raise_height: 0,
        raise_playing: false,
        presenting: config.presenter,
        help: false,
        quiz,
        remember,
        notice,
        testing: false,
        counted: 0,
        beat: false,
        session: None,
        plan: None,
    };

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
        quiz::render(&mut html, text, &config, &state);
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
    let store = Store::new(state.clone());
    explorer(&scope, None, &state);
    quiz::after_render(&scope, store, &state);
    let view = scope.clone();
    store.on_change(Rc::new(move |store, before, now| {
        sync(&view, store, before, now)
    }));
    listen(scope, store);
}

/// Brings the whole widget from `before` to `now`.
fn sync(scope: &Scope, store: Store, before: &WidgetState, now: &WidgetState) {
    explorer(scope, Some(before), now);
    if before.raise_playing && !now.raise_playing {
        // The animation's interval is dropped here, outside its own callback.
        store.resources(|r| r.raise = None);
    }
    if before.knee_degrees != now.knee_degrees {
        // The live region reads only the angle the knee comes to rest at; replacing the
        // pending announcement cancels it.
        let (dom, text, degrees) = (scope.dom.clone(), scope.text, now.knee_degrees);
        let announce = Timeout::new(ANNOUNCE_AFTER_MS, move || {
            dom.set_text(
                ".sol-announcer",
                &sentence(text, knee::share(degrees.into())),
            );
        });
        store.resources(|r| r.announce = Some(announce));
    }
    quiz::sync(scope, store, before, now);
}

/// Brings the explorer to `now`; `before` is what is on screen (`None` right after the first
/// drawing, when every part is filled in).
fn explorer(scope: &Scope, before: Option<&WidgetState>, now: &WidgetState) {
    let dom = &scope.dom;
    let text = scope.text;
    // Only the parts whose state moved are touched: a player tick or a quiz answer costs the
    // explorer nothing. `before` is `None` right after the first drawing: every part then.
    if before.is_none_or(|b| pose_of(b) != pose_of(now)) {
        diagram::update(dom, pose_of(now));
        muscle_card::update(dom, now.selected, now.deep_layer);
    }
    if before.is_none_or(|b| b.knee_degrees != now.knee_degrees) {
        knee_control::update(dom, text, now.knee_degrees);
        share_meter::update(dom, text, now.knee_degrees);
        heel_raise::update_status(dom, text, now.knee_degrees);
    }
    if before.is_some_and(|b| b.selected != now.selected) {
        let mut html = Html::new();
        if let Some(muscle) = now.selected {
            muscle_card::render_card(&mut html, text, muscle);
        }
        dom.set_html(".sol-card-slot", &html.finish());
    }
    if before.is_some_and(|b| b.raise_playing != now.raise_playing) {
        redraw_keeping_focus(dom, ".sol-raise-slot", |html| {
            heel_raise::render(html, text, now.raise_playing, now.knee_degrees);
        });
    }
    if before.is_some_and(|b| (b.presenting, b.help) == (now.presenting, now.help)) {
        return;
    }
    let _ = dom
        .root()
        .class_list()
        .toggle_with_force("sol-presenter", now.presenting);
    dom.set_hidden(".sol-help", !now.help);
    if before.is_some_and(|b| b.presenting != now.presenting) {
        redraw_keeping_focus(dom, ".sol-presenter-bar", |html| {
            presenter::render_bar(html, text, now.presenting, now.help);
        });
    } else {
        dom.set_attr("[data-action=help]", "aria-pressed", bool_text(now.help));
    }
}

/// What the drawing shows of `state`.
fn pose_of(state: &WidgetState) -> diagram::Pose {
    diagram::Pose {
        knee_degrees: state.knee_degrees,
        raise: state.raise_height,
        selected: state.selected,
        deep_layer: state.deep_layer,
    }
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
fn listen(scope: Rc<Scope>, store: Store) {
    let root = scope.dom.root().clone();
    let mut dragging = false;
    let handler = Closure::<dyn FnMut(web_sys::Event)>::new(move |event: web_sys::Event| {
        let kind = event.type_();
        match kind.as_str() {
            "keydown" => {
                if let Some(event) = event.dyn_ref::<web_sys::KeyboardEvent>() {
                    on_key(&scope, store, event);
                }
            }
            "pointerdown" | "pointermove" | "pointerup" | "pointercancel" => {
                if let Some(event) = event.dyn_ref::<web_sys::PointerEvent>() {
                    on_pointer(store, event, &kind, &mut dragging);
                }
            }
            _ => on_action(&scope, store, &event, &kind),
        }
    });
    for name in EVENTS {
        let _ = root.add_event_listener_with_callback(name, handler.as_ref().unchecked_ref());
    }
    // The handler lives as long as the widget's owner.
    StoredValue::new_local(handler);
}

/// Routes a click, change or input to the action named by the nearest `data-action`.
fn on_action(scope: &Scope, store: Store, event: &web_sys::Event, kind: &str) {
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
                store.update(|s| s.knee_degrees = knee::clamp_degrees(degrees));
            }
        }
        "muscle" => {
            let muscle = Muscle::ALL
                .into_iter()
                .find(|m| muscle_card::muscle_tag(*m) == value);
            // The buttons toggle; a click on the drawing selects.
            let toggles = element.tag_name() == "BUTTON";
            store.update(|s| {
                s.selected = if toggles && s.selected == muscle {
                    None
                } else {
                    muscle
                };
            });
        }
        "close-card" => {
            store.update(|s| s.selected = None);
            scope.dom.focus(".sol-muscles__buttons button");
        }
        "deep-layer" => store.update(|s| s.deep_layer = checked),
        "raise-play" => heel_raise::play(store, scope.reduced_motion),
        "raise-stop" => heel_raise::stop(store),
        "presenter-enter" => {
            store.update(|s| s.presenting = true);
            request_fullscreen(scope.dom.root());
        }
        "presenter-exit" => leave_presenter(store),
        "help" => store.update(|s| s.help = !s.help),
        "print" => {
            if let Some(window) = web_sys::window() {
                let _ = window.print();
            }
        }
        _ => quiz::act(store, scope, &action, &value, checked),
    }
}

fn leave_presenter(store: Store) {
    store.update(|s| {
        s.presenting = false;
        s.help = false;
    });
    exit_fullscreen();
}

/// The player's keys while it has focus, and presenter shortcuts.
fn on_key(scope: &Scope, store: Store, event: &web_sys::KeyboardEvent) {
    let key = event.key();
    let target = event.target().and_then(|t| t.dyn_into::<Element>().ok());
    let in_player = target
        .as_ref()
        .and_then(|t| t.closest(".sol-player").ok().flatten())
        .is_some();
    if in_player && player::key(store, &key) {
        event.prevent_default();
        return;
    }
    let (presenting, degrees) = store.read(|s| (s.presenting, s.knee_degrees));
    if !presenting {
        return;
    }
    let Some(action) = shortcut(&key, degrees) else {
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
        Shortcut::Knee(degrees) => store.update(|s| s.knee_degrees = degrees),
        Shortcut::DeepLayer => store.update(|s| s.deep_layer = !s.deep_layer),
        Shortcut::Help => store.update(|s| s.help = !s.help),
        Shortcut::Exit => leave_presenter(store),
        Shortcut::HeelRaise => heel_raise::toggle(store, scope.reduced_motion),
    }
}

/// Dragging the foot's handle bends the knee; the pointer is captured so the drag keeps
/// going outside the handle.
fn on_pointer(store: Store, event: &web_sys::PointerEvent, kind: &str, dragging: &mut bool) {
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
        store.update(|s| s.knee_degrees = angle);
    }
}
