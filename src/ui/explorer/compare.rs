//! The comparison table: the text alternative to the diagram.

use leptos::prelude::*;

use super::super::words::{muscle_words, Words};
use super::muscle_card::fact_words;
use crate::model::anatomy::Muscle;

/// Facts compared side by side, as indices into `Fact::ALL`: position, joints crossed,
/// fibre type, size, role in running.
const COMPARED_FACTS: [usize; 5] = [0, 3, 5, 6, 7];

/// A table contrasting the soleus and the gastrocnemius.
#[component]
pub fn CompareTable() -> impl IntoView {
    let text = Words::get();
    let rows = COMPARED_FACTS
        .iter()
        .map(|&index| {
            view! {
                <tr>
                    <th scope="row">{text.fact_labels[index]}</th>
                    <td>{fact_words(text, Muscle::Soleus, index)}</td>
                    <td>{fact_words(text, Muscle::Gastrocnemius, index)}</td>
                </tr>
            }
        })
        .collect_view();
    view! {
        <div class="sol-compare">
            <table class="sol-compare__table">
                <caption>{text.ui.compare_caption}</caption>
                <thead>
                    <tr>
                        <th scope="col">{text.ui.compare_feature}</th>
                        <th scope="col">{muscle_words(text, Muscle::Soleus).name}</th>
                        <th scope="col">{muscle_words(text, Muscle::Gastrocnemius).name}</th>
                    </tr>
                </thead>
                <tbody>{rows}</tbody>
            </table>
        </div>
    }
}
