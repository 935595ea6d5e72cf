//! The comparison table: the text alternative to the diagram.

use leptos::prelude::*;

use super::super::words::{muscle_words, Words};
use super::muscle_card::fact_words;
use crate::model::anatomy::Muscle;

/// Facts compared side by side, as indices into `Fact::ALL`: position, joints crossed,
/// fibre type, size, role in running.
const COMPARED_FACTS: [usize; 5] = [0, 3, 5, 6, 7];

/// A table contrasting the soleus and the gastrocnemius. Where the widget is narrower than
/// about 480 px the stylesheet shows each row as a card, each cell labelled with its muscle
/// (`data-label`), and words are never split; the explicit roles keep it a table for screen
/// readers, which lose a table's semantics when its display changes.
#[component]
pub fn CompareTable() -> impl IntoView {
    let text = Words::get();
    let soleus = muscle_words(text, Muscle::Soleus).name;
    let gastrocnemius = muscle_words(text, Muscle::Gastrocnemius).name;
    let rows = COMPARED_FACTS
        .iter()
        .map(|&index| {
            view! {
                <tr role="row">
                    <th scope="row" role="rowheader">{text.fact_labels[index]}</th>
                    <td role="cell" data-label=soleus>{fact_words(text, Muscle::Soleus, index)}</td>
                    <td role="cell" data-label=gastrocnemius>{fact_words(text, Muscle::Gastrocnemius, index)}</td>
                </tr>
            }
        })
        .collect_view();
    view! {
        <div class="sol-compare">
            <table class="sol-compare__table" role="table">
                <caption>{text.ui.compare_caption}</caption>
                <thead role="rowgroup">
                    <tr role="row">
                        <th scope="col" role="columnheader">{text.ui.compare_feature}</th>
                        <th scope="col" role="columnheader">{soleus}</th>
                        <th scope="col" role="columnheader">{gastrocnemius}</th>
                    </tr>
                </thead>
                <tbody role="rowgroup">{rows}</tbody>
            </table>
        </div>
    }
}
