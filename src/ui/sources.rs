//! Sources on screen: short citations beside a fact, and the evidence panel listing every
//! source behind what the widget shows, with what was checked.
//!
//! The panel's list is drawn by the quiz's own module (see `ui::quiz::Later`): with the
//! titles, journals and notes it shows, it would be most of the registry's bytes in every
//! page's first download, and 131 of the first screen's elements, for a list most readers
//! never open. It is fetched when the reader opens the panel (usually it came ahead with the
//! quiz, which sits above it).

use leptos::prelude::*;

use super::quiz::{fetch_module, later_place, Fetch, Later};
use super::words::Words;
use crate::model::evidence::{any_citation, citation, Citation, Claim, SourceId, SOURCES};

/// `text`, linked to `url` when the registry has a checked `https://` address for it.
fn linked(url: &'static str, text: &'static str) -> AnyView {
    if url.starts_with("https://") {
        view! { <a href=url target="_blank" rel="noopener noreferrer">{text}</a> }.into_any()
    } else {
        text.into_any()
    }
}

/// The short citations behind `claims`, each once, separated by semicolons: for the first
/// screen's facts, whose sources are in its own table (see `registry!`). The quiz's screens
/// cite with [`quiz_citations`].
#[component]
pub fn Citations(
    /// The claims whose sources to cite.
    #[prop(into)]
    claims: Vec<Claim>,
) -> impl IntoView {
    citation_list(claims, citation)
}

/// [`Citations`] for the quiz's screens, whose sources' labels are in the quiz's module: only
/// its code calls this.
pub fn quiz_citations(claims: Vec<Claim>) -> impl IntoView {
    citation_list(claims, any_citation)
}

/// The citations behind `claims`, each source's label read with `lookup`.
fn citation_list(claims: Vec<Claim>, lookup: fn(SourceId) -> &'static Citation) -> impl IntoView {
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
            let citation = lookup(id);
            view! {
                {(i > 0).then_some("; ")}
                {linked(citation.url, citation.short)}
            }
        })
        .collect_view();
    view! { <span data-claims=indexes>{citations}</span> }
}

/// The panel that lists, on request, the sources behind every claim the widget cites. Its
/// list comes from the quiz's module, fetched on the first opening; while it comes the panel
/// says so, and if the fetch fails it says that and the next opening tries again, while the
/// rest of the widget keeps working.
#[component]
pub fn EvidencePanel() -> impl IntoView {
    let text = Words::get();
    let fetch = RwSignal::new(Fetch::Idle);
    let (loading, failed) = (text.ui.evidence_loading, text.ui.evidence_load_failed);
    view! {
        // Every toggle asks for the module; asking again does nothing once it is here or
        // coming, so the toggle that follows a failure retries.
        <details class="sol-evidence" on:toggle=move |_| fetch_module(fetch)>
            <summary class="sol-evidence__summary">{text.ui.evidence_heading}</summary>
            <p>{text.ui.evidence_intro}</p>
            {later_place(fetch, loading, failed, Later::Sources)}
        </details>
    }
}

/// The list of sources behind every claim the widget cites, each once, with what was checked
/// in each. (The end-to-end tests walk every screen and check that each of these claims is
/// cited where its words are shown, so the list holds nothing the widget does not say.)
pub(crate) fn evidence_list() -> impl IntoView {
    let text = Words::get();
    let notes = Words::quiz().source_notes;
    // Every source in the registry is behind some claim (a test of the registry checks it),
    // so the list is the whole registry, in its order.
    let items = SOURCES
        .iter()
        .enumerate()
        .map(|(index, source)| {
            let year = (source.year > 0).then(|| format!(" ({})", source.year));
            // The note in the widget's language where the words carry one; otherwise the
            // registry's English note, marked as English for screen readers.
            let note = match notes.get(index) {
                Some(note) => note.into_any(),
                None => view! { <span lang="en">{source.checked}</span> }.into_any(),
            };
            view! {
                <li class="sol-evidence__item" data-source=index>
                    {source.authors}{year}". "
                    <cite>{linked(any_citation(source.id).url, source.title)}</cite>". "
                    {source.venue}". "
                    <span class="sol-evidence__checked">{text.ui.evidence_checked}" "{note}</span>
                </li>
            }
        })
        .collect_view();
    view! { <ol class="sol-evidence__list">{items}</ol> }
}
