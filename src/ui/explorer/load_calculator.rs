//! What a run asks of each calf: steps per leg from cadence and time, and each step's peak load
//! as a chosen multiple of body weight, labelled as modelling studies' estimate. The peaks are
//! never summed into a total: they do not add up to anything meaningful.
//!
//! Every field is read on its own and a wrong one says why right next to it; the estimate
//! shows only when every field reads. Nothing typed here is stored or sent: it stays in the
//! page's memory on this device.

use leptos::prelude::*;

use super::super::instance::Instance;
use super::super::sources::Citations;
use super::super::words::Words;
use crate::content::{around_placeholder, fill, Text};
use crate::model::load::{self, Field, LoadError};

/// A count as shown: the estimate is an order of magnitude, so steps are given to the nearest
/// ten once they reach a hundred.
fn about(value: u32) -> String {
    if value >= 100 {
        ((value + 5) / 10 * 10).to_string()
    } else {
        value.to_string()
    }
}

/// The message for a field that does not read.
fn error_words(text: &'static Text, error: LoadError) -> String {
    let name = |field| match field {
        Field::Cadence => text.ui.load_field_cadence,
        Field::Minutes => text.ui.load_field_minutes,
    };
    match error {
        LoadError::NotANumber(field) => fill(
            text.ui.load_error_number_template,
            &[("field", name(field))],
        ),
        LoadError::OutOfRange(field, low, high) => fill(
            text.ui.load_error_range_template,
            &[
                ("field", name(field)),
                ("low", &low.to_string()),
                ("high", &high.to_string()),
            ],
        ),
    }
}

/// One typed field: its label and its error beside it.
#[component]
fn NumberField(
    /// Which field.
    field: Field,
    /// The field's label.
    label: &'static str,
    /// The text as typed.
    value: RwSignal<String>,
    /// Its id, for the label and the error's description.
    id: String,
) -> impl IntoView {
    let text = Words::get();
    let error = move || value.with(|typed| load::read(typed, field).err());
    let error_id = format!("{id}-error");
    let described_by = error_id.clone();
    let input_id = id.clone();
    view! {
        <div class="sol-field">
            <label for=id>{label}</label>
            <input
                id=input_id
                class="sol-count__input"
                type="text"
                inputmode="numeric"
                autocomplete="off"
                aria-describedby=described_by
                aria-invalid=move || error().is_some().then_some("true")
                prop:value=move || value.get()
                on:input=move |event| value.set(event_target_value(&event))
            />
            <span class="sol-field__error" id=error_id>{move || error().map(|e| error_words(text, e))}</span>
        </div>
    }
}

/// The load calculator.
#[component]
pub fn LoadCalculator() -> impl IntoView {
    let text = Words::get();
    let ui = &text.ui;
    let instance = Instance::get();
    let cadence = RwSignal::new(load::CADENCE_SPM_TYPICAL.to_string());
    let minutes = RwSignal::new(load::MINUTES_TYPICAL.to_string());
    let multiple = RwSignal::new(load::DEFAULT_MULTIPLE);
    let result = move || {
        let read_field = |value: RwSignal<String>, field| value.with(|t| load::read(t, field));
        let (Ok(cadence), Ok(minutes)) = (
            read_field(cadence, Field::Cadence),
            read_field(minutes, Field::Minutes),
        ) else {
            return String::new();
        };
        let run = load::estimate(cadence, minutes, multiple.get());
        fill(
            ui.load_steps_template,
            &[
                ("steps", &about(run.steps_per_leg)),
                ("multiple", &run.multiple.to_string()),
            ],
        )
    };
    let times = move || {
        fill(
            ui.load_times_template,
            &[("multiple", &multiple.get().to_string())],
        )
    };
    // The sources sit inside the sentence: cited there as everywhere else (linked, and
    // listed in the evidence panel while the note is on screen).
    let note = fill(
        ui.load_multiple_note_template,
        &[
            ("low", &load::MIN_MULTIPLE.to_string()),
            ("high", &load::MAX_MULTIPLE.to_string()),
        ],
    );
    let (before_sources, after_sources) = {
        let (before, after) = around_placeholder(&note);
        (before.to_string(), after.to_string())
    };
    let heading_id = instance.id("load-title");
    let labelled_by = heading_id.clone();
    let multiple_id = instance.id("load-multiple");
    let multiple_for = multiple_id.clone();
    view! {
        <section class="sol-load" aria-labelledby=labelled_by>
            <h3 class="sol-share__heading" id=heading_id>{ui.load_heading}</h3>
            <p>{ui.load_intro}</p>
            <div class="sol-load__fields">
                <NumberField field=Field::Minutes label=ui.load_field_minutes value=minutes id=instance.id("load-minutes")/>
                <NumberField field=Field::Cadence label=ui.load_field_cadence value=cadence id=instance.id("load-cadence")/>
            </div>
            <div class="sol-field">
                <label for=multiple_for>{ui.load_field_multiple}</label>
                <input
                    id=multiple_id
                    class="sol-load__multiple"
                    type="range"
                    min=load::MIN_MULTIPLE
                    max=load::MAX_MULTIPLE
                    step="1"
                    prop:value=move || multiple.get().to_string()
                    aria-valuetext=times
                    on:input=move |event| {
                        if let Ok(value) = event_target_value(&event).parse::<u8>() {
                            multiple.set(value);
                        }
                    }
                />
                <span class="sol-load__times" aria-hidden="true">{times}</span>
            </div>
            <p class="sol-load__result" role="status">{result}</p>
            <p class="sol-share__model">
                {before_sources}<Citations claims=[load::CLAIM]/>{after_sources}
            </p>
        </section>
    }
}
