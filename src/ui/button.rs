//! The one button most of the widget's actions use.

use leptos::prelude::*;

/// A button with fixed words that runs `on_click`. Sharing one component keeps a single copy
/// of a button's rendering code in the module instead of one per action.
#[component]
pub fn ActionButton(
    /// The button's words (its accessible name).
    label: &'static str,
    /// The button's classes: `sol-button`, plus e.g. `sol-button--primary`.
    #[prop(default = "sol-button")]
    class: &'static str,
    /// What pressing it does.
    #[prop(into)]
    on_click: Callback<()>,
) -> impl IntoView {
    view! {
        <button type="button" class=class on:click=move |_| on_click.run(())>
            {label}
        </button>
    }
}
