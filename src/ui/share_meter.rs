//! The estimated share of the work, as two bars, a sentence and the model's label.

use leptos::prelude::*;

use super::Words;
use crate::content::fill;
use crate::model::anatomy::Muscle;
use crate::model::evidence::short_citation;
use crate::model::knee::{self, Emphasis, Share};

/// The plain-language sentence for a share, e.g. "With the knee bent to 90°, the soleus does
/// most of the work."
pub fn sentence(share: Share) -> String {
    let text = Words::get();
    let template = match share.emphasis() {
        Emphasis::Shared => text.ui.sentence_shared_template,
        Emphasis::SoleusLeads => text.ui.sentence_soleus_leads_template,
        Emphasis::SoleusDominant => text.ui.sentence_soleus_dominant_template,
    };
    fill(template, &[("angle", &share.knee_degrees.to_string())])
}

/// Shows how the model shares the work at the current knee angle.
#[component]
pub fn ShareMeter(
    /// The model's share at the current angle.
    share: Memo<Share>,
) -> impl IntoView {
    let text = Words::get();
    let soleus = move || share.get().soleus_percent();
    let gastrocnemius = move || share.get().gastrocnemius_percent();
    let percent =
        move |value: u8| fill(text.ui.percent_template, &[("percent", &value.to_string())]);
    let sentence = move || sentence(share.get());
    let sources = knee::CLAIM
        .sources()
        .iter()
        .map(|id| short_citation(*id))
        .collect::<Vec<_>>()
        .join("; ");
    let model_label = fill(text.ui.model_label_template, &[("sources", &sources)]);

    view! {
        <div class="sol-share">
            <h3 class="sol-share__heading">{text.ui.share_heading}</h3>
            <div class="sol-share__row sol-share__row--soleus">
                <span class="sol-share__name">{text.muscle(Muscle::Soleus).name}</span>
                <span class="sol-share__track" aria-hidden="true">
                    <span class="sol-share__bar" style:--sol-fill=move || soleus().to_string()></span>
                </span>
                <span class="sol-share__value" data-muscle="soleus">{move || percent(soleus())}</span>
            </div>
            <div class="sol-share__row sol-share__row--gastrocnemius">
                <span class="sol-share__name">{text.muscle(Muscle::Gastrocnemius).name}</span>
                <span class="sol-share__track" aria-hidden="true">
                    <span class="sol-share__bar" style:--sol-fill=move || gastrocnemius().to_string()></span>
                </span>
                <span class="sol-share__value" data-muscle="gastrocnemius">{move || percent(gastrocnemius())}</span>
            </div>
            <p class="sol-share__sentence">{sentence}</p>
            <p class="sol-share__model">{model_label}</p>
        </div>
    }
}
