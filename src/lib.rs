//! Soleus: an interactive calf-muscle education widget, as a Leptos component.
//!
//! Use it in a Leptos app as `<SoleusWidget options=... on_event=.../>` ([`SoleusWidget`],
//! [`WidgetOptions`], [`WidgetEvent`]); blogs embed it with one script tag through
//! [`embed`].
//!
//! Data flows one way: host attributes → [`embed`] options → [`ui`] signals → [`model`]
//! functions → view. The words come from [`content`]. `model` and `content` know nothing of
//! each other or of the browser; `ui` never uses `embed`.

/// Every word the widget shows, per language, as data.
pub mod content;
/// The boundary with a host page that is not a Leptos app.
pub mod embed;
/// The physiology and the decisions, in plain Rust with no browser.
pub mod model;
/// The Leptos components.
pub mod ui;

pub use ui::{
    Sections, SoleusWidget, Theme, WidgetEvent, WidgetOptions, QUIZ_STYLESHEET, STYLESHEET,
};

/// Lookup tables computed at build time (see `build.rs`).
mod tables {
    include!(concat!(env!("OUT_DIR"), "/tables.rs"));
}
