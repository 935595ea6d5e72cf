//! The boundary with the host page: configuration from attributes, and mounting each widget
//! into a shadow root of its host element so that host CSS cannot reach it.

pub mod config;
pub mod events;
#[cfg(target_arch = "wasm32")]
mod mount;
pub mod persist;

#[cfg(target_arch = "wasm32")]
pub use mount::{
    mount, mount_all, mounted_count, start, unmount_removed, HOST_SELECTOR, STATE_ATTRIBUTE,
};
