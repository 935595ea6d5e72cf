//! Choosing a muscle and reading its facts, each with its sources.

use leptos::prelude::*;

use super::super::button::ActionButton;

use super::super::instance::Instance;
use super::super::sources::Citations;
use super::super::words::{muscle_tag, muscle_words, Words};
use crate::content::{fill, Text};
use crate::model::anatomy::{self, Fact, Muscle};

/// Fact `fact_index` of `muscle`, with its numbers filled in from the anatomy model.
pub fn fact_words(text: &'static Text, muscle: Muscle, fact_index: usize) -> String {
    let profile = anatomy::profile(muscle);
    let other = anatomy::profile(match muscle {
        Muscle::Soleus => Muscle::Gastrocnemius,
        Muscle::Gastrocnemius => Muscle::Soleus,
    });
    let template = muscle_words(text, muscle)
        .facts
        .get(fact_index)
        .copied()
        .unwrap_or_default();
    fill(
        template,
        &[
            ("slow_twitch", &profile.slow_twitch_percent.to_string()),
            ("pcsa", &profile.pcsa_cm2.to_string()),
            ("other_pcsa", &other.pcsa_cm2.to_string()),
        ],
    )
}

/// Buttons that select a muscle, and the deep-layer switch.
#[component]
pub fn MuscleButtons(
    /// The selected muscle, if any.
    #[prop(into)]
    selected: Signal<Option<Muscle>>,
    /// Whether the deep layer is shown.
    #[prop(into)]
    deep_layer: Signal<bool>,
    /// Called with the muscle whose button was pressed (pressing the selected one again
    /// closes its card).
    #[prop(into)]
    on_toggle: Callback<Muscle>,
    /// Called when the deep-layer switch changes.
    #[prop(into)]
    on_deep_layer: Callback<bool>,
) -> impl IntoView {
    let text = Words::get();
    let buttons = Muscle::ALL
        .iter()
        .map(|&muscle| {
            let tag = muscle_tag(muscle);
            view! {
                <button
                    type="button"
                    class=format!("sol-button sol-button--{tag}")
                    data-value=tag
                    aria-pressed=move || (selected.get() == Some(muscle)).to_string()
                    on:click=move |_| on_toggle.run(muscle)
                >
                    {muscle_words(text, muscle).name}
                </button>
            }
        })
        .collect_view();
    view! {
        <div class="sol-muscles">
            <div class="sol-muscles__buttons" role="group" aria-label=text.ui.select_muscle_label>
                {buttons}
            </div>
            <label class="sol-switch">
                <input
                    type="checkbox"
                    class="sol-switch__input"
                    prop:checked=move || deep_layer.get()
                    on:change=move |event| on_deep_layer.run(event_target_checked(&event))
                />
                <span>{text.ui.deep_layer}</span>
            </label>
        </div>
    }
}

/// The selected muscle's facts, each with its sources, and a button that closes the card.
#[component]
pub fn MuscleCard(
    /// The muscle to describe.
    muscle: Muscle,
    /// Closes the card.
    #[prop(into)]
    on_close: Callback<()>,
) -> impl IntoView {
    let text = Words::get();
    let title_id = Instance::get().id("card-title");
    let labelled_by = title_id.clone();
    let facts = Fact::ALL
        .iter()
        .enumerate()
        .map(|(index, fact)| {
            view! {
                <dt>{text.fact_labels[index]}</dt>
                <dd>
                    {fact_words(text, muscle, index)} " "
                    <span class="sol-card__source">"(" <Citations claims=fact.claims()/> ")"</span>
                </dd>
            }
        })
        .collect_view();
    view! {
        <section class="sol-card" aria-labelledby=labelled_by data-muscle=muscle_tag(muscle)>
            <div class="sol-card__header">
                <h3 class="sol-card__title" id=title_id>{muscle_words(text, muscle).name}</h3>
                <ActionButton label=text.ui.close_card on_click=move |()| on_close.run(())/>
            </div>
            <dl class="sol-card__facts">{facts}</dl>
        </section>
    }
}
