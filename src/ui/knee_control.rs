//! The knee-angle control: a native range input (keyboard and screen readers work as usual)
//! and preset buttons for the angles the research compares.

use super::dom::{bool_text, Dom};
use super::html::Html;
use crate::content::{fill, Text};
use crate::model::knee;

/// Angles with a preset button: straight, the 45° of many clinical heel-raise tests, and the
/// 90° where the contrast is largest (Hébert-Losier 2012; Gago 2017).
pub const PRESETS: [u8; 3] = [0, 45, 90];

/// What the slider says to screen readers: the angle and the model's share at it.
fn valuetext(text: &Text, degrees: u8) -> String {
    let share = knee::share(degrees.into());
    fill(
        text.ui.knee_valuetext_template,
        &[
            ("angle", &degrees.to_string()),
            ("soleus", &share.soleus_percent().to_string()),
            ("gastrocnemius", &share.gastrocnemius_percent().to_string()),
        ],
    )
}

/// The slider, its value and the presets. Moving the slider sends `input` events with
/// `data-action="knee"`; a preset sends a click with the same action and its angle.
pub fn render(html: &mut Html, text: &Text, degrees: u8) {
    let value = degrees.to_string();
    let min = knee::MIN_KNEE_DEGREES.to_string();
    let max = knee::MAX_KNEE_DEGREES.to_string();
    html.open("div", "sol-knee")
        .open_with(
            "label",
            &[("class", "sol-knee__label"), ("for", "sol-knee-input")],
        )
        .text(text.ui.knee_label)
        .close("label")
        .open_with(
            "output",
            &[("class", "sol-knee__value"), ("for", "sol-knee-input")],
        )
        .text(&fill(text.ui.degrees_template, &[("angle", &value)]))
        .close("output")
        .open_with(
            "input",
            &[
                ("id", "sol-knee-input"),
                ("class", "sol-knee__input"),
                ("type", "range"),
                ("min", &min),
                ("max", &max),
                ("step", "1"),
                ("value", &value),
                ("aria-valuetext", &valuetext(text, degrees)),
                ("data-action", "knee"),
            ],
        )
        .open_with(
            "div",
            &[
                ("class", "sol-knee__presets"),
                ("role", "group"),
                ("aria-label", text.ui.presets_label),
            ],
        );
    for angle in PRESETS {
        let angle_text = angle.to_string();
        html.button_with(
            "sol-button sol-button--preset",
            "knee",
            &[
                ("data-value", &angle_text),
                ("aria-pressed", bool_text(angle == degrees)),
            ],
            &fill(text.ui.preset_template, &[("angle", &angle_text)]),
        );
    }
    html.close("div").close("div");
}

/// Shows `degrees` on the slider, its label, its spoken value and the pressed preset.
pub fn update(dom: &Dom, text: &Text, degrees: u8) {
    let value = degrees.to_string();
    dom.set_text(
        ".sol-knee__value",
        &fill(text.ui.degrees_template, &[("angle", &value)]),
    );
    dom.set_value("#sol-knee-input", &value);
    dom.set_attr(
        "#sol-knee-input",
        "aria-valuetext",
        &valuetext(text, degrees),
    );
    dom.for_each(".sol-button--preset", |button| {
        let pressed = button.get_attribute("data-value").as_deref() == Some(value.as_str());
        super::dom::set_attr(&button, "aria-pressed", bool_text(pressed));
    });
}
