//! What the widget knows and decides: physiology and logic as plain Rust.
//!
//! Nothing here knows about the browser or Leptos (std and serde only), so all of it is
//! tested with `cargo test`. Every number it produces traces to [`evidence`](crate::model::evidence).

pub mod anatomy;
pub mod circuit;
pub mod evidence;
pub mod figure;
pub mod knee;
pub mod load;
pub mod pose;
pub mod progress_code;
pub mod quiz;
pub mod session;
pub mod stride;
pub mod triage;
