//! The evidence panel: every source behind what is on screen, with what was checked.

use leptos::prelude::*;

use super::html::Html;
use super::Words;
use crate::model::evidence::{sources_for, Claim};

/// Lists the sources behind `claims`, each once.
#[component]
pub fn EvidencePanel(
    /// The claims on screen.
    claims: Vec<Claim>,
) -> impl IntoView {
    let text = Words::get();
    let mut html = Html::new();
    html.element("p", "", text.ui.evidence_intro)
        .open("ol", "sol-evidence__list");
    for source in sources_for(&claims) {
        html.open("li", "sol-evidence__item").text(source.authors);
        if source.year > 0 {
            html.text(" (").text(&source.year.to_string()).text(")");
        }
        html.text(". ")
            .open("cite", "")
            .link(source.url, source.title)
            .close("cite")
            .text(". ")
            .text(source.venue)
            .text(". ")
            .open("span", "sol-evidence__checked")
            .text(text.ui.evidence_checked)
            .text(" ")
            .text(source.checked)
            .close("span")
            .close("li");
    }
    html.close("ol");
    view! {
        <details class="sol-evidence">
            <summary class="sol-evidence__summary">{text.ui.evidence_heading}</summary>
            <div inner_html=html.finish()></div>
        </details>
    }
}
