//! One widget instance's identity: the prefix of its element ids, the key of its share link
//! and storage, its options and where its events go.
//!
//! Two widgets in one document never share an element id, an SVG pattern id, a radio group
//! or a storage key, whether they sit in shadow roots or side by side in a Leptos app.

use std::cell::{Cell, RefCell};
use std::sync::Arc;

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use super::events::WidgetEvent;
use super::options::WidgetOptions;

thread_local! {
    /// The next instance number; ids are never reused within a page's life.
    static NEXT_UID: Cell<u32> = const { Cell::new(1) };
    /// The share/storage keys of the widgets alive now.
    static KEYS_IN_USE: RefCell<Vec<String>> = const { RefCell::new(Vec::new()) };
    /// The highest number [`unused_number_key`] has handed out.
    static NUMBERS_GIVEN: Cell<u32> = const { Cell::new(0) };
}

/// Provided by the embed when it mounts a widget inside a shadow root: the stylesheet is then
/// the shadow root's own and the theme tokens come from the host element (`:host`).
#[derive(Clone, Copy, Debug)]
pub struct InShadowRoot;

/// One widget's identity and settings, provided as context to all its views.
#[derive(Clone)]
pub struct Instance {
    uid: u32,
    key: Arc<str>,
    options: Arc<WidgetOptions>,
    reduced_motion: bool,
    on_event: Option<Callback<WidgetEvent>>,
}

/// The context `T` that `SoleusWidget` (or, for the player, the quiz) provides to its views.
/// A view rendered anywhere else is a programming error, and fails loudly here instead of
/// carrying on with invented settings. (Leptos' `expect_context` says the same with about
/// 4 KB more of the module: its message formats the type's name and the caller.)
pub(crate) fn widget_context<T: Clone + 'static>() -> T {
    use_context::<T>().unwrap_or_else(|| {
        wasm_bindgen::throw_str("Soleus: a part of the widget was rendered outside SoleusWidget")
    })
}

/// Writes a warning on the console, if the page has a working one.
pub fn warn(message: &str) {
    let console = js_sys::Reflect::get(&js_sys::global(), &"console".into()).ok();
    let warn = console
        .as_ref()
        .and_then(|c| js_sys::Reflect::get(c, &"warn".into()).ok())
        .and_then(|f| f.dyn_into::<js_sys::Function>().ok());
    if let (Some(console), Some(warn)) = (console, warn) {
        let _ = warn.call1(&console, &message.into());
    }
}

/// Claims a key no live widget uses: `wanted` if it is free, else `wanted-2`, `-3`… with one
/// warning; without `wanted`, the smallest free number ("1", "2"…), which is the widget's
/// place among the widgets on a page that mounts them in document order.
fn claim_key(wanted: Option<&str>) -> String {
    KEYS_IN_USE.with(|keys| {
        let mut keys = keys.borrow_mut();
        let free = |candidate: &str| !keys.iter().any(|k| k == candidate);
        let key = match wanted {
            Some(wanted) if free(wanted) => wanted.to_string(),
            Some(wanted) => {
                let key = (2..)
                    .map(|n| format!("{wanted}-{n}"))
                    .find(|candidate| free(candidate))
                    .unwrap_or_default();
                warn(&format!(
                    "Soleus widget: another widget on this page is already named \"{wanted}\"; \
                     this one keeps its answers and share link as \"{key}\"."
                ));
                key
            }
            None => (1u32..)
                .map(|n| n.to_string())
                .find(|candidate| free(candidate))
                .unwrap_or_default(),
        };
        keys.push(key.clone());
        key
    })
}

/// A number key that was never handed out on this page and that no live widget uses: for a
/// host page's element without an id, which keeps it while it lives (the embed remembers it
/// per element), so a new element never opens another's answers or share link. Keys are
/// only allocated here; this and [`claim_key`] share the list of keys in use.
#[cfg_attr(not(target_arch = "wasm32"), allow(dead_code))]
pub(crate) fn unused_number_key() -> String {
    KEYS_IN_USE.with(|keys| {
        let keys = keys.borrow();
        NUMBERS_GIVEN.with(|given| loop {
            given.set(given.get().saturating_add(1));
            let candidate = given.get().to_string();
            if !keys.contains(&candidate) || given.get() == u32::MAX {
                return candidate;
            }
        })
    })
}

fn release_key(key: &str) {
    KEYS_IN_USE.with(|keys| keys.borrow_mut().retain(|k| k != key));
}

impl Instance {
    /// A new instance for `options`, owned by the current reactive owner: when the owner is
    /// cleaned up (the widget unmounts), its key is free again.
    pub fn new(
        options: WidgetOptions,
        reduced_motion: bool,
        on_event: Option<Callback<WidgetEvent>>,
    ) -> Instance {
        let uid = NEXT_UID.with(|next| {
            let uid = next.get();
            next.set(uid.wrapping_add(1));
            uid
        });
        let key: Arc<str> = claim_key(options.id.as_deref()).into();
        let released = key.clone();
        on_cleanup(move || release_key(&released));
        Instance {
            uid,
            key,
            options: Arc::new(options),
            reduced_motion,
            on_event,
        }
    }

    /// The instance provided by the enclosing widget.
    pub fn get() -> Instance {
        widget_context()
    }

    /// A document-unique element id for this widget's part `name`.
    pub fn id(&self, name: &str) -> String {
        format!("sol{}-{name}", self.uid)
    }

    /// The widget's share-link and storage key.
    pub fn key(&self) -> &str {
        &self.key
    }

    /// The widget's checked options.
    pub fn options(&self) -> &WidgetOptions {
        &self.options
    }

    /// Whether to avoid animation.
    pub fn reduced_motion(&self) -> bool {
        self.reduced_motion
    }

    /// Reports `event` to the app or page.
    pub fn emit(&self, event: WidgetEvent) {
        if let Some(callback) = &self.on_event {
            callback.run(event);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn number_keys_are_never_handed_out_twice_nor_taken_from_a_live_widget() {
        // An app's widget without an id takes the smallest free number.
        let app = claim_key(None);
        assert_eq!(app, "1");
        // A host page's element gets a number never given before and not in use, which the
        // embed then claims as the widget's id.
        let host = unused_number_key();
        assert_eq!(host, "2");
        assert_eq!(claim_key(Some(&host)), "2");
        release_key(&app);
        assert_eq!(
            unused_number_key(),
            "3",
            "a released number is not handed out again"
        );
        assert_eq!(
            claim_key(None),
            "1",
            "an app's widget takes the freed place"
        );
    }

    #[test]
    #[should_panic]
    fn a_view_outside_the_widget_fails_loudly_instead_of_inventing_an_instance() {
        let _ = Instance::get();
    }
}
