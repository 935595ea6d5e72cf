//! The knee-angle control: a native range input (keyboard and screen readers work as usual)
//! and preset buttons for the angles the research compares.

use leptos::prelude::*;

use super::Words;
use crate::content::fill;
use crate::model::knee::{self, Share};

/// Angles with a preset button: straight, the 45° of many clinical heel-raise tests, and the
/// 90° where the contrast is largest (Hébert-Losier 2012; Gago 2017).
pub const PRESETS: [u8; 3] = [0, 45, 90];

/// The knee-angle control.
#[component]
pub fn KneeControl(
    /// The current knee angle in degrees.
    knee_degrees: ReadSignal<u8>,
    /// Sets the knee angle; only ever given clamped values.
    set_knee_degrees: WriteSignal<u8>,
    /// The model's share at the current angle, for the slider's spoken value.
    share: Memo<Share>,
) -> impl IntoView {
    let text = Words::get();
    let degrees_label = move || {
        fill(
            text.ui.degrees_template,
            &[("angle", &knee_degrees.get().to_string())],
        )
    };
    let valuetext = move || {
        let share = share.get();
        fill(
            text.ui.knee_valuetext_template,
            &[
                ("angle", &share.knee_degrees.to_string()),
                ("soleus", &share.soleus_percent().to_string()),
                ("gastrocnemius", &share.gastrocnemius_percent().to_string()),
            ],
        )
    };
    let on_input = move |event| {
        // The browser keeps a range input within min..max, but the value is still outside
        // input: parse without panicking and clamp.
        if let Ok(degrees) = event_target_value(&event).parse::<i32>() {
            set_knee_degrees.set(knee::clamp_degrees(degrees));
        }
    };
    let presets = PRESETS
        .iter()
        .map(|&angle| {
            view! {
                <button
                    type="button"
                    class="sol-button sol-button--preset"
                    aria-pressed=move || (knee_degrees.get() == angle).to_string()
                    on:click=move |_| set_knee_degrees.set(angle)
                >
                    {fill(text.ui.preset_template, &[("angle", &angle.to_string())])}
                </button>
            }
        })
        .collect_view();

    view! {
        <div class="sol-knee">
            <label class="sol-knee__label" for="sol-knee-input">
                {text.ui.knee_label}
            </label>
            <output class="sol-knee__value" for="sol-knee-input">
                {degrees_label}
            </output>
            <input
                id="sol-knee-input"
                class="sol-knee__input"
                type="range"
                min=knee::MIN_KNEE_DEGREES
                max=knee::MAX_KNEE_DEGREES
                step="1"
                prop:value=move || knee_degrees.get().to_string()
                aria-valuetext=valuetext
                on:input=on_input
            />
            <div class="sol-knee__presets" role="group" aria-label=text.ui.presets_label>
                {presets}
            </div>
        </div>
    }
}
