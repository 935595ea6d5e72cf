//! What the widget knows and decides: physiology and logic as plain Rust.
//!
//! Nothing here knows about the browser or Leptos, so all of it is tested with `cargo test`.

pub mod evidence;
pub mod knee;
