//! The estimated share of the work, as two bars, a sentence and the model's label.

use leptos::prelude::*;

use super::super::words::{muscle_tag, muscle_words, Words};
use crate::content::{fill, Text};
use crate::model::anatomy::Muscle;
use crate::model::evidence::{short_citation, SourceId};
use crate::model::knee::{self, Emphasis, Share};

/// One shown share: "about 70%" where the model's band is one rounded value, "90–100%"
/// where its unsourced residual matters.
fn shown(text: &Text, (low, high): (u8, u8)) -> String {
    if low == high {
        fill(
            text.ui.share_about_template,
            &[("percent", &low.to_string())],
        )
    } else {
        fill(
            text.ui.share_range_template,
            &[("low", &low.to_string()), ("high", &high.to_string())],
        )
    }
}

/// The soleus' and the gastrocnemius' shares as shown, with their uncertainty.
pub fn shown_shares(text: &Text, share: &Share) -> (String, String) {
    (
        shown(text, share.soleus_band()),
        shown(text, share.gastrocnemius_band()),
    )
}

/// What the live region says when the knee comes to rest: the sentence and the shares.
pub fn announcement(text: &Text, share: &Share) -> String {
    let (soleus, gastrocnemius) = shown_shares(text, share);
    let summary = fill(
        text.ui.share_summary_template,
        &[("soleus", &soleus), ("gastrocnemius", &gastrocnemius)],
    );
    let mut words = sentence(text, share);
    words.push(' ');
    words.push_str(&summary);
    words
}

/// The reasoning behind the bent-knee share, with the measured figures a reader can check.
fn reasoning(text: &Text) -> String {
    let activity = knee::BENT_KNEE_GASTROCNEMIUS_ACTIVITY_LOSS_PERCENT;
    fill(
        text.ui.share_reasoning_template,
        &[
            ("angle", &(knee::BENT_KNEE_ANCHOR_DEGREES as u8).to_string()),
            ("loss", &knee::BENT_KNEE_FORCE_LOSS_PERCENT.to_string()),
            // Said as "about 40%": a single study's mean, not a precise constant.
            ("activity", &((activity + 5) / 10 * 10).to_string()),
            ("area", &knee::gastrocnemius_area_percent().to_string()),
            (
                "low",
                &((knee::GASTROCNEMIUS_FACTOR_AT_90_BOUNDS.0 * 100.0 + 0.5) as u8).to_string(),
            ),
            (
                "high",
                &((knee::GASTROCNEMIUS_FACTOR_AT_90_BOUNDS.1 * 100.0 + 0.5) as u8).to_string(),
            ),
            ("sources", short_citation(SourceId::Gago2017)),
        ],
    )
}

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
            let band = move || {
                share.with(|s| match muscle {
                    Muscle::Soleus => s.soleus_band(),
                    Muscle::Gastrocnemius => s.gastrocnemius_band(),
                })
            };
            view! {
                <div class=format!("sol-share__row sol-share__row--{tag}")>
                    <span class="sol-share__name">{muscle_words(text, muscle).name}</span>
                    <span class="sol-share__track" aria-hidden="true">
                        <span class="sol-share__bar" style:--sol-fill=move || percent().to_string()></span>
                    </span>
                    <span class="sol-share__value" data-muscle=tag>
                        {move || shown(text, band())}
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
            <p class="sol-share__model sol-share__reasoning">{reasoning(text)}</p>
        </div>
    }
}
