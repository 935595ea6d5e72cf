//! Thin views: each widget's state lives in its Leptos reactive owner, `model` decides, and
//! the views render escaped HTML once and then change only what the state moved.

mod compare;
mod diagram;
mod dom;
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
mod store;
mod widget;

pub use diagram::{gastrocnemius_path, knee_angle_at, rotate_about_knee};
pub use heel_raise::raise_at;
pub use player::clock;
pub use widget::mount_widget;
