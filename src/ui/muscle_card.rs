//! Choosing a muscle and reading its facts, each with its sources.

use super::dom::{bool_text, set_attr, Dom};
use super::html::Html;
use crate::content::{fill, Text};
use crate::model::anatomy::{self, Fact, Muscle};
use crate::model::evidence::{short_citation, source, Claim, SourceId};

/// The facts of `muscle` with their numbers filled in from the anatomy model.
pub fn fact_words(text: &Text, muscle: Muscle, fact_index: usize) -> String {
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

/// The tag used in `data-` attributes and events for `muscle`.
pub fn muscle_tag(muscle: Muscle) -> &'static str {
    match muscle {
        Muscle::Soleus => "soleus",
        Muscle::Gastrocnemius => "gastrocnemius",
    }
}

/// Buttons that select a muscle, the deep-layer switch, and the place where the selected
/// muscle's card appears.
pub fn render(html: &mut Html, text: &Text) {
    html.open("div", "sol-muscles").open_with(
        "div",
        &[
            ("class", "sol-muscles__buttons"),
            ("role", "group"),
            ("aria-label", text.ui.select_muscle_label),
        ],
    );
    for muscle in Muscle::ALL {
        let tag = muscle_tag(muscle);
        html.button_with(
            &format!("sol-button sol-button--{tag}"),
            "muscle",
            &[("data-value", tag), ("aria-pressed", "false")],
            text.muscle(muscle).name,
        );
    }
    html.close("div")
        .switch("", "deep-layer", false, text.ui.deep_layer)
        .close("div")
        .open("div", "sol-card-slot")
        .close("div");
}

/// The facts of `muscle`, each with its sources, and a button that closes the card.
pub fn render_card(html: &mut Html, text: &Text, muscle: Muscle) {
    html.open_with(
        "section",
        &[
            ("class", "sol-card"),
            ("aria-labelledby", "sol-card-title"),
            ("data-muscle", muscle_tag(muscle)),
        ],
    )
    .open("div", "sol-card__header")
    .open_with(
        "h3",
        &[("class", "sol-card__title"), ("id", "sol-card-title")],
    )
    .text(text.muscle(muscle).name)
    .close("h3")
    .button("sol-button", "close-card", text.ui.close_card)
    .close("div")
    .open("dl", "sol-card__facts");
    for (index, fact) in Fact::ALL.iter().enumerate() {
        html.element("dt", "", text.fact_labels[index])
            .open("dd", "")
            .text(&fact_words(text, muscle, index))
            .text(" ")
            .open("span", "sol-card__source")
            .text("(");
        citations(html, fact.claims());
        html.text(")").close("span").close("dd");
    }
    html.close("dl").close("section");
}

/// Shows which muscle is selected and whether the deep layer is on.
pub fn update(dom: &Dom, selected: Option<Muscle>, deep_layer: bool) {
    dom.for_each(".sol-muscles__buttons button", |button| {
        let pressed = selected
            .is_some_and(|m| button.get_attribute("data-value").as_deref() == Some(muscle_tag(m)));
        set_attr(&button, "aria-pressed", bool_text(pressed));
    });
    dom.set_checked(".sol-muscles .sol-switch__input", deep_layer);
}
