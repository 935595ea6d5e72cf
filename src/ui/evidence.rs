//! The evidence panel: every source behind what is on screen, with what was checked.

use leptos::prelude::*;

use super::Words;
use crate::model::evidence::{sources_for, Claim};

/// Lists the sources behind `claims`, each once.
#[component]
pub fn EvidencePanel(
    /// The claims on screen.
    claims: Vec<Claim>,
) -> impl IntoView {
    let text = Words::get();
    let items = sources_for(&claims)
        .into_iter()
        .map(|source| {
            let year = (source.year > 0).then(|| format!(" ({})", source.year));
            view! {
                <li class="sol-evidence__item">
                    <span class="sol-evidence__authors">{source.authors}{year}</span>
                    ". "
                    <cite>{source.title}</cite>
                    ". "
                    {source.venue}
                    ". "
                    <span class="sol-evidence__checked">{text.ui.evidence_checked} " " {source.checked}</span>
                </li>
            }
        })
        .collect_view();
    view! {
        <details class="sol-evidence">
            <summary class="sol-evidence__summary">{text.ui.evidence_heading}</summary>
            <p>{text.ui.evidence_intro}</p>
            <ol class="sol-evidence__list">{items}</ol>
        </details>
    }
}
