//! Soleus: an interactive calf-muscle education widget.
//!
//! Data flows one way: host attributes → [`embed`] configuration → [`ui`] state, owned by
//! the widget's Leptos reactive owner → [`model`] functions → view. The words come from
//! [`content`].

/// Every word the widget shows, per language, as data.
pub mod content;
/// The boundary with the host page: configuration and mounting.
pub mod embed;
/// The physiology and the decisions, in plain Rust with no browser.
pub mod model;
/// Thin views: render escaped HTML once, then change only what the state moved.
pub mod ui;

/// Lookup tables computed at build time (see `build.rs`).
mod tables {
    include!(concat!(env!("OUT_DIR"), "/tables.rs"));
}
