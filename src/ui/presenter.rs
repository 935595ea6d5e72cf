//! Presenter mode for clinicians on a big screen: fullscreen (or a full-window overlay where
//! fullscreen is refused), larger type, and keyboard shortcuts listed in a help panel.

use leptos::prelude::*;

use super::button::ActionButton;

use super::browser::call_ignoring_refusal;
use super::explorer::knee_control::PRESETS;
use super::instance::Instance;
use super::words::Words;
use crate::content::{fill, Text};
use crate::model::knee;

/// Degrees the knee moves per shortcut press.
pub const KNEE_STEP: u8 = 5;

/// The shortcut keys, as shown in the help panel, with the words they pair with.
fn shortcut_rows(text: &Text) -> [(&'static str, String); 6] {
    let ui = &text.ui;
    [
        (
            "+ / −",
            fill(
                ui.shortcut_knee_template,
                &[("step", &KNEE_STEP.to_string())],
            ),
        ),
        (
            "0 / 4 / 9",
            fill(
                ui.shortcut_presets_template,
                &[("low", "45"), ("high", "90")],
            ),
        ),
        ("H", ui.shortcut_raise.to_string()),
        ("D", ui.shortcut_deep.to_string()),
        ("?", ui.shortcut_help.to_string()),
        ("Esc", ui.shortcut_exit.to_string()),
    ]
}

/// What a key does in presenter mode.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Shortcut {
    /// Set the knee to this angle.
    Knee(u8),
    /// Play or stop the heel raise.
    HeelRaise,
    /// Toggle the deep layer.
    DeepLayer,
    /// Toggle the help panel.
    Help,
    /// Leave presenter mode.
    Exit,
}

/// The shortcut for `key` at knee angle `degrees`, if any.
pub fn shortcut(key: &str, degrees: u8) -> Option<Shortcut> {
    let bend = |delta: i32| Shortcut::Knee(knee::clamp_degrees(i32::from(degrees) + delta));
    match key {
        "+" | "=" | "ArrowUp" => Some(bend(i32::from(KNEE_STEP))),
        "-" | "ArrowDown" => Some(bend(-i32::from(KNEE_STEP))),
        "0" => Some(Shortcut::Knee(PRESETS[0])),
        "4" => Some(Shortcut::Knee(PRESETS[1])),
        "9" => Some(Shortcut::Knee(PRESETS[2])),
        "h" | "H" => Some(Shortcut::HeelRaise),
        "d" | "D" => Some(Shortcut::DeepLayer),
        "?" => Some(Shortcut::Help),
        "Escape" => Some(Shortcut::Exit),
        _ => None,
    }
}

/// Asks the browser to show `element` fullscreen where the document may (a frame without
/// `allow="fullscreen"` may not); otherwise, or on a refusal, the overlay fills the window or
/// frame. The refusal is handled, never left to reach the page.
pub fn request_fullscreen(element: &web_sys::Element) {
    let allowed = web_sys::window()
        .and_then(|w| w.document())
        .is_some_and(|d| d.fullscreen_enabled());
    if allowed {
        call_ignoring_refusal(element, "requestFullscreen");
    }
}

/// Whether `element` is shown fullscreen now (in its shadow root too, where the document's
/// `fullscreenElement` names only the host).
pub fn is_fullscreen(element: &web_sys::Element) -> bool {
    element.matches(":fullscreen").unwrap_or(false)
}

/// Leaves fullscreen if `element` is what fills the screen; a host page's own fullscreen is
/// left as it is.
pub fn exit_fullscreen(element: &web_sys::Element) {
    if is_fullscreen(element) {
        if let Some(document) = web_sys::window().and_then(|w| w.document()) {
            call_ignoring_refusal(&document, "exitFullscreen");
        }
    }
}

/// The help panel listing the shortcuts.
#[component]
pub fn ShortcutHelp() -> impl IntoView {
    let text = Words::get();
    let title_id = Instance::get().id("help-title");
    let labelled_by = title_id.clone();
    let rows = shortcut_rows(text)
        .into_iter()
        .map(|(keys, words)| view! { <dt><kbd>{keys}</kbd></dt><dd>{words}</dd> })
        .collect_view();
    view! {
        <section class="sol-help" aria-labelledby=labelled_by>
            <h3 class="sol-help__title" id=title_id>{text.ui.shortcuts_heading}</h3>
            <dl class="sol-help__list">{rows}</dl>
        </section>
    }
}

/// The presenter bar: one button to enter, or the buttons to leave and for the help panel.
#[component]
pub fn PresenterBar(
    /// Whether presenter mode is on.
    #[prop(into)]
    presenting: Signal<bool>,
    /// Whether the shortcut list is shown.
    #[prop(into)]
    help: Signal<bool>,
    /// Enters presenter mode.
    #[prop(into)]
    on_enter: Callback<()>,
    /// Leaves it.
    #[prop(into)]
    on_exit: Callback<()>,
    /// Shows or hides the shortcut list.
    #[prop(into)]
    on_help: Callback<()>,
) -> impl IntoView {
    let text = Words::get();
    view! {
        <div class="sol-presenter-bar">
            {move || if presenting.get() {
                view! {
                    <ActionButton label=text.ui.presenter_exit on_click=move |()| on_exit.run(())/>
                    <button
                        type="button"
                        class="sol-button"
                        aria-pressed=move || help.get().to_string()
                        on:click=move |_| on_help.run(())
                    >
                        {text.ui.shortcuts_heading}
                    </button>
                }
                .into_any()
            } else {
                view! {
                    <ActionButton label=text.ui.presenter_enter on_click=move |()| on_enter.run(())/>
                }
                .into_any()
            }}
        </div>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shortcuts_bend_the_knee_in_steps_within_the_range() {
        assert_eq!(shortcut("+", 40), Some(Shortcut::Knee(45)));
        assert_eq!(shortcut("-", 3), Some(Shortcut::Knee(0)));
        assert_eq!(shortcut("+", 108), Some(Shortcut::Knee(110)));
        assert_eq!(shortcut("9", 0), Some(Shortcut::Knee(90)));
        assert_eq!(shortcut("Escape", 0), Some(Shortcut::Exit));
        assert_eq!(shortcut("x", 0), None);
    }
}
