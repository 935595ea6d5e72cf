//! Choosing a muscle and reading its facts, each with its sources.

use leptos::prelude::*;

use super::html::Html;
use super::Words;
use crate::content::fill;
use crate::model::anatomy::{self, Fact, Muscle};
use crate::model::evidence::{short_citation, source, Claim, SourceId};

/// The facts of `muscle` with their numbers filled in from the anatomy model.
pub fn fact_words(muscle: Muscle, fact_index: usize) -> String {
    let text = Words::get();
    let profile = anatomy::profile(muscle);
    let other = anatomy::profile(match muscle {
        Muscle::Soleus => Muscle::Gastrocnemius,
        Muscle::Gastrocnemius => Muscle::Soleus,
    });
    let template = text
        .muscle(muscle)
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

/// The short citations behind `claims`, each linked to its source where it has an address.
pub fn citations(html: &mut Html, claims: &[Claim]) {
    let mut shown: Vec<SourceId> = Vec::new();
    for id in claims.iter().flat_map(|c| c.sources()) {
        if shown.contains(id) {
            continue;
        }
        if !shown.is_empty() {
            html.text("; ");
        }
        shown.push(*id);
        html.link(source(*id).url, short_citation(*id));
    }
}

/// Buttons that select a muscle, and the deep-layer switch.
#[component]
pub fn MuscleButtons(
    /// The selected muscle, if any.
    selected: RwSignal<Option<Muscle>>,
    /// Whether the gastrocnemius is faded.
    deep_layer: RwSignal<bool>,
) -> impl IntoView {
    let text = Words::get();
    let buttons = Muscle::ALL
        .iter()
        .map(|&muscle| {
            view! {
                <button
                    type="button"
                    class=match muscle {
                        Muscle::Soleus => "sol-button sol-button--soleus",
                        Muscle::Gastrocnemius => "sol-button sol-button--gastrocnemius",
                    }
                    aria-pressed=move || (selected.get() == Some(muscle)).to_string()
                    on:click=move |_| {
                        selected.update(|s| *s = if *s == Some(muscle) { None } else { Some(muscle) })
                    }
                >
                    {text.muscle(muscle).name}
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
                    on:change=move |event| deep_layer.set(event_target_checked(&event))
                />
                <span>{text.ui.deep_layer}</span>
            </label>
        </div>
    }
}

/// The facts of the selected muscle, shown while one is selected.
#[component]
pub fn MuscleCard(
    /// The selected muscle, if any.
    selected: RwSignal<Option<Muscle>>,
) -> impl IntoView {
    let text = Words::get();
    move || {
        selected.get().map(|muscle| {
            let mut html = Html::new();
            html.open("dl", "sol-card__facts");
            for (index, fact) in Fact::ALL.iter().enumerate() {
                html.element("dt", "", text.fact_labels[index])
                    .open("dd", "")
                    .text(&fact_words(muscle, index))
                    .text(" ")
                    .open("span", "sol-card__source")
                    .text("(");
                citations(&mut html, fact.claims());
                html.text(")")
                    .close("span")
                    .close("dd");
            }
            html.close("dl");
            view! {
                <section class="sol-card" aria-labelledby="sol-card-title" data-muscle=match muscle {
                    Muscle::Soleus => "soleus",
                    Muscle::Gastrocnemius => "gastrocnemius",
                }>
                    <div class="sol-card__header">
                        <h3 class="sol-card__title" id="sol-card-title">{text.muscle(muscle).name}</h3>
                        <button type="button" class="sol-button" on:click=move |_| selected.set(None)>
                            {text.ui.close_card}
                        </button>
                    </div>
                    <div inner_html=html.finish()></div>
                </section>
            }
        })
    }
}
