//! Thin Leptos components: they read signals, call `model` and render words from `content`.

mod diagram;
mod knee_control;
mod share_meter;
mod widget;
mod words;

pub use widget::Widget;
pub use words::Words;
