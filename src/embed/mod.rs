//! The boundary with a host page that is not a Leptos app: attributes become options, each
//! host element gets a shadow root with one `SoleusWidget` inside, and the widget's events
//! become `CustomEvent`s on its host.

pub mod config;
#[cfg(target_arch = "wasm32")]
mod events;
#[cfg(target_arch = "wasm32")]
mod mount;

#[cfg(target_arch = "wasm32")]
pub use mount::{
    mount, mount_all, mount_from_api, mounted_count, start, unmount_from_api, unmount_removed,
    HOST_SELECTOR, STATE_ATTRIBUTE,
};
