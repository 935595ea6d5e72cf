//! The comparison table: the text alternative to the diagram.

use super::html::Html;
use super::muscle_card::fact_words;
use crate::content::Text;
use crate::model::anatomy::Muscle;

/// Facts compared side by side, as indices into `Fact::ALL`: position, joints crossed,
/// fibre type, size, role in running.
const COMPARED_FACTS: [usize; 5] = [0, 3, 5, 6, 7];

/// A table contrasting the soleus and the gastrocnemius.
pub fn render(html: &mut Html, text: &Text) {
    html.open("div", "sol-compare")
        .open("table", "sol-compare__table")
        .element("caption", "", text.ui.compare_caption)
        .open("thead", "")
        .open("tr", "");
    for heading in [
        text.ui.compare_feature,
        text.muscle(Muscle::Soleus).name,
        text.muscle(Muscle::Gastrocnemius).name,
    ] {
        html.header_cell("col", heading);
    }
    html.close("tr").close("thead").open("tbody", "");
    for index in COMPARED_FACTS {
        html.open("tr", "");
        html.header_cell("row", text.fact_labels[index]);
        html.element("td", "", &fact_words(text, Muscle::Soleus, index))
            .element("td", "", &fact_words(text, Muscle::Gastrocnemius, index))
            .close("tr");
    }
    html.close("tbody").close("table").close("div");
}
