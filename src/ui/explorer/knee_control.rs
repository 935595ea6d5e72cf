//! The knee-angle control: a native range input (keyboard and screen readers work as usual)
//! and preset buttons for the angles the research compares.

use leptos::prelude::*;

use super::super::instance::Instance;
use super::super::words::Words;
use super::share_meter::shown_shares;
use crate::content::{fill, Text};
use crate::model::knee::{self, Share};

/// Angles with a preset button: straight, the 45° of many clinical heel-raise tests, and the
/// 90° where the contrast is largest (Hébert-Losier 2012; Gago 2017).
pub const PRESETS: [u8; 3] = [0, 45, 90];

/// What the slider says to screen readers: the angle and the model's share at it.
fn valuetext(text: &Text, share: &Share) -> String {
    let (soleus, gastrocnemius) = shown_shares(text, share);
    fill(
        text.ui.knee_valuetext_template,
        &[
            ("angle", &share.knee_degrees.to_string()),
            ("soleus", &soleus),
            ("gastrocnemius", &gastrocnemius),
        ],
    )
}

/// The slider, its value and the presets.
#[component]
pub fn KneeControl(
    /// The model's share at the current knee angle (it carries the angle).
    #[prop(into)]
    share: Signal<Share>,
    /// Called with the angle the person chose.
    #[prop(into)]
    on_knee: Callback<u8>,
) -> impl IntoView {
    let text = Words::get();
    let input_id = Instance::get().id("knee-input");
    let degrees = move || share.with(|s| s.knee_degrees);
    let presets = PRESETS
        .iter()
        .map(|&angle| {
            let label = fill(text.ui.preset_template, &[("angle", &angle.to_string())]);
            view! {
                <button
                    type="button"
                    class="sol-button sol-button--preset"
                    aria-pressed=move || (degrees() == angle).to_string()
                    on:click=move |_| on_knee.run(angle)
                >
                    {label}
                </button>
            }
        })
        .collect_view();
    view! {
        <div class="sol-knee">
            <label class="sol-knee__label" for=input_id.clone()>{text.ui.knee_label}</label>
            <output class="sol-knee__value" for=input_id.clone()>
                {move || fill(text.ui.degrees_template, &[("angle", &degrees().to_string())])}
            </output>
            <input
                id=input_id
                class="sol-knee__input"
                type="range"
                min=knee::MIN_KNEE_DEGREES
                max=knee::MAX_KNEE_DEGREES
                step="1"
                prop:value=move || degrees().to_string()
                aria-valuetext=move || share.with(|s| valuetext(text, s))
                on:input=move |event| {
                    // The value is outside input: parse without panicking, then clamp.
                    if let Ok(value) = event_target_value(&event).parse::<i32>() {
                        on_knee.run(knee::clamp_degrees(value));
                    }
                }
            />
            <div class="sol-knee__presets" role="group" aria-label=text.ui.presets_label>
                {presets}
            </div>
        </div>
    }
}
