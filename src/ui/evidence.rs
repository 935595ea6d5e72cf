//! The evidence panel: every source behind what is on screen, with what was checked.

use super::html::Html;
use crate::content::Text;
use crate::model::evidence::{sources_for, Claim};

/// Lists the sources behind `claims`, each once.
pub fn render(html: &mut Html, text: &Text, claims: &[Claim]) {
    html.open("details", "sol-evidence")
        .element("summary", "sol-evidence__summary", text.ui.evidence_heading)
        .element("p", "", text.ui.evidence_intro)
        .open("ol", "sol-evidence__list");
    for source in sources_for(claims) {
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
    html.close("ol").close("details");
}
