//! Thin Leptos components: they read signals, call `model` and render words from `content`.

mod compare;
mod diagram;
mod evidence;
mod heel_raise;
mod html;
mod knee_control;
mod muscle_card;
mod player;
mod presenter;
mod quiz;
mod result;
mod share_meter;
mod widget;
mod words;

pub use diagram::{gastrocnemius_path, knee_angle_at, rotate_about_knee};
pub use heel_raise::raise_at;
pub use player::clock;
pub use widget::Widget;
pub use words::Words;
