//! The estimated share of the work, as two bars, a sentence and the model's label.

use super::dom::Dom;
use super::html::Html;
use crate::content::{fill, Text};
use crate::model::anatomy::Muscle;
use crate::model::evidence::short_citation;
use crate::model::knee::{self, Emphasis, Share};

/// The plain-language sentence for a share, e.g. "With the knee bent to 90°, the soleus does
/// most of the work."
pub fn sentence(text: &Text, share: Share) -> String {
    let template = match share.emphasis() {
        Emphasis::Shared => text.ui.sentence_shared_template,
        Emphasis::SoleusLeads => text.ui.sentence_soleus_leads_template,
        Emphasis::SoleusDominant => text.ui.sentence_soleus_dominant_template,
    };
    fill(template, &[("angle", &share.knee_degrees.to_string())])
}

fn percent(text: &Text, value: u8) -> String {
    fill(text.ui.percent_template, &[("percent", &value.to_string())])
}

/// The share meter (filled in by [`update`]), labelled as a model with its sources.
pub fn render(html: &mut Html, text: &Text) {
    let sources = knee::CLAIM
        .sources()
        .iter()
        .map(|id| short_citation(*id))
        .collect::<Vec<_>>()
        .join("; ");
    html.open("div", "sol-share")
        .element("h3", "sol-share__heading", text.ui.share_heading);
    for (muscle, name) in [
        (Muscle::Soleus, "soleus"),
        (Muscle::Gastrocnemius, "gastrocnemius"),
    ] {
        html.open_with(
            "div",
            &[("class", &format!("sol-share__row sol-share__row--{name}"))],
        )
        .element("span", "sol-share__name", text.muscle(muscle).name)
        .open_with(
            "span",
            &[("class", "sol-share__track"), ("aria-hidden", "true")],
        )
        .open("span", "sol-share__bar")
        .close("span")
        .close("span")
        .open_with(
            "span",
            &[("class", "sol-share__value"), ("data-muscle", name)],
        )
        .close("span")
        .close("div");
    }
    html.open("p", "sol-share__sentence")
        .close("p")
        .element(
            "p",
            "sol-share__model",
            &fill(text.ui.model_label_template, &[("sources", &sources)]),
        )
        .close("div");
}

/// Shows the model's share at `degrees`.
pub fn update(dom: &Dom, text: &Text, degrees: u8) {
    let share = knee::share(degrees.into());
    for (name, value) in [
        ("soleus", share.soleus_percent()),
        ("gastrocnemius", share.gastrocnemius_percent()),
    ] {
        dom.set_style(
            &format!(".sol-share__row--{name} .sol-share__bar"),
            "--sol-fill",
            &value.to_string(),
        );
        dom.set_text(
            &format!(".sol-share__value[data-muscle={name}]"),
            &percent(text, value),
        );
    }
    dom.set_text(".sol-share__sentence", &sentence(text, share));
}
