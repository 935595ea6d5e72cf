//! The widget as Leptos components: each view a `#[component]` that reads signals, asks
//! `model` and shows words from `content`.
//!
//! [`SoleusWidget`] is the public face. It owns the state of one widget; its children get the
//! signals and callbacks they need. Context carries only what cuts across every view: the
//! language's words ([`Words`]) and the instance's options, ids and event callback
//! ([`Instance`]).

mod button;
pub mod events;
pub mod explorer;
mod instance;
pub mod options;
mod persist;
mod presenter;
mod quiz;
mod sources;
mod widget;
mod words;

pub use events::WidgetEvent;
pub use explorer::heel_raise::raise_at;
pub use instance::{warn, InShadowRoot, Instance};
pub use options::{tel_uri, Sections, Theme, WidgetOptions};
pub use quiz::player::clock;
pub use widget::{adopt_stylesheet, SoleusWidget, STYLESHEET};
pub use words::Words;
