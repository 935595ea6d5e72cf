//! Sources on screen: short citations beside a fact, and the evidence panel listing every
//! source behind what the widget shows, with what was checked.

use leptos::prelude::*;

use super::words::Words;
use crate::model::evidence::{short_citation, source, sources_for, Claim, SourceId, SOURCES};

/// `text`, linked to `url` when the registry has a checked `https://` address for it.
fn linked(url: &'static str, text: &'static str) -> AnyView {
    if url.starts_with("https://") {
        view! { <a href=url target="_blank" rel="noopener noreferrer">{text}</a> }.into_any()
    } else {
        text.into_any()
    }
}

/// The short citations behind `claims`, each once, separated by semicolons.
#[component]
pub fn Citations(
    /// The claims whose sources to cite.
    #[prop(into)]
    claims: Vec<Claim>,
) -> impl IntoView {
    let mut shown: Vec<SourceId> = Vec::new();
    for id in claims.iter().flat_map(|c| c.sources()) {
        if !shown.contains(id) {
            shown.push(*id);
        }
    }
    shown
        .into_iter()
        .enumerate()
        .map(|(i, id)| {
            view! {
                {(i > 0).then_some("; ")}
                {linked(source(id).url, short_citation(id))}
            }
        })
        .collect_view()
}

/// Lists the sources behind `claims`, each once, in a panel that opens on request.
#[component]
pub fn EvidencePanel(
    /// Every claim the widget can show.
    claims: Vec<Claim>,
) -> impl IntoView {
    let text = Words::get();
    let items = sources_for(&claims)
        .into_iter()
        .map(|source| {
            let year = (source.year > 0).then(|| format!(" ({})", source.year));
            // The note in the widget's language where the words carry one; otherwise the
            // registry's English note, marked as English for screen readers.
            let translated = SOURCES
                .iter()
                .position(|s| s.id == source.id)
                .and_then(|index| text.source_notes.get(index).copied());
            let note = match translated {
                Some(note) => note.into_any(),
                None => view! { <span lang="en">{source.checked}</span> }.into_any(),
            };
            view! {
                <li class="sol-evidence__item">
                    {source.authors}{year}". "
                    <cite>{linked(source.url, source.title)}</cite>". "
                    {source.venue}". "
                    <span class="sol-evidence__checked">{text.ui.evidence_checked}" "{note}</span>
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
