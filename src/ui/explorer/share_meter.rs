//! The estimated share of the work, as two bars, a sentence and the model's label.

use leptos::prelude::*;

use super::super::words::{muscle_tag, muscle_words, Words};
use crate::content::{fill, Text};
use crate::model::anatomy::Muscle;
use crate::model::evidence::short_citation;
use crate::model::knee::{self, Emphasis, Share};

/// The plain-language sentence for a share, e.g. "With the knee bent to 90°, the soleus does
/// most of the work."
pub fn sentence(text: &Text, share: &Share) -> String {
    let template = match share.emphasis() {
        Emphasis::Shared => text.ui.sentence_shared_template,
        Emphasis::SoleusLeads => text.ui.sentence_soleus_leads_template,
        Emphasis::SoleusDominant => text.ui.sentence_soleus_dominant_template,
    };
    fill(template, &[("angle", &share.knee_degrees.to_string())])
}

/// The share meter, labelled as a model with its sources.
#[component]
pub fn ShareMeter(
    /// The model's share at the current knee angle.
    #[prop(into)]
    share: Signal<Share>,
) -> impl IntoView {
    let text = Words::get();
    let sources = knee::CLAIM
        .sources()
        .iter()
        .map(|id| short_citation(*id))
        .collect::<Vec<_>>()
        .join("; ");
    let rows = Muscle::ALL
        .iter()
        .map(|&muscle| {
            let tag = muscle_tag(muscle);
            let percent = move || {
                share.with(|s| match muscle {
                    Muscle::Soleus => s.soleus_percent(),
                    Muscle::Gastrocnemius => s.gastrocnemius_percent(),
                })
            };
            view! {
                <div class=format!("sol-share__row sol-share__row--{tag}")>
                    <span class="sol-share__name">{muscle_words(text, muscle).name}</span>
                    <span class="sol-share__track" aria-hidden="true">
                        <span class="sol-share__bar" style:--sol-fill=move || percent().to_string()></span>
                    </span>
                    <span class="sol-share__value" data-muscle=tag>
                        {move || fill(text.ui.percent_template, &[("percent", &percent().to_string())])}
                    </span>
                </div>
            }
        })
        .collect_view();
    view! {
        <div class="sol-share">
            <h3 class="sol-share__heading">{text.ui.share_heading}</h3>
            {rows}
            <p class="sol-share__sentence">{move || share.with(|s| sentence(text, s))}</p>
            <p class="sol-share__model">{fill(text.ui.model_label_template, &[("sources", &sources)])}</p>
        </div>
    }
}
