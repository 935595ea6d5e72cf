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
    // Which claims these are (their places in `Claim::ALL`), for anyone reading the page's
    // markup: the end-to-end tests check from them that every claim is cited where shown.
    let mut indexes = String::new();
    for claim in &claims {
        if !indexes.is_empty() {
            indexes.push(' ');
        }
        indexes.push_str(&claim.index().to_string());
    }
    let mut shown: Vec<SourceId> = Vec::new();
    for id in claims.iter().flat_map(|c| c.sources()) {
        if !shown.contains(id) {
            shown.push(*id);
        }
    }
    let citations = shown
        .into_iter()
        .enumerate()
        .map(|(i, id)| {
            view! {
                {(i > 0).then_some("; ")}
                {linked(source(id).url, short_citation(id))}
            }
        })
        .collect_view();
    view! { <span data-claims=indexes>{citations}</span> }
}

/// Lists the sources behind every claim the widget cites, each once, in a panel that opens on
/// request. (The end-to-end tests walk every screen and check that each of these claims is
/// cited where its words are shown, so the list holds nothing the widget does not say.)
#[component]
pub fn EvidencePanel() -> impl IntoView {
    let text = Words::get();
    let items = sources_for(&Claim::ALL)
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
            let index = SOURCES.iter().position(|s| s.id == source.id).unwrap_or(0);
            view! {
                <li class="sol-evidence__item" data-source=index>
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
