//! The widget as Leptos components: each view a `#[component]` that reads signals, asks
//! `model` and shows words from `content`.
//!
//! [`SoleusWidget`] is the public face. It owns the state of one widget; its children get the
//! signals and callbacks they need. Context carries only what cuts across every view: the
//! language's words (`Words`) and the instance's options, ids and event callback
//! (`Instance`).

mod browser;
mod button;
mod drawing;
pub mod events;
mod explorer;
mod instance;
pub mod options;
mod persist;
mod presenter;
mod quiz;
mod sources;
mod stride;
mod widget;
mod words;

#[cfg(target_arch = "wasm32")]
pub(crate) use browser::now_ms;
pub use events::WidgetEvent;
#[cfg(target_arch = "wasm32")]
pub(crate) use instance::unused_number_key;
pub use instance::warn;
/// For the embed, which mounts widgets in shadow roots.
#[cfg(target_arch = "wasm32")]
pub(crate) use instance::InShadowRoot;
pub use options::{tel_uri, Sections, Theme, WidgetOptions};
pub use quiz::QUIZ_STYLESHEET;
#[cfg(target_arch = "wasm32")]
pub(crate) use widget::adopt_stylesheet;
pub use widget::{SoleusWidget, STYLESHEET};
