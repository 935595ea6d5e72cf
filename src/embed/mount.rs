//! Finding host elements and mounting one independent `SoleusWidget` into each.

use std::cell::RefCell;

use leptos::mount::{mount_to, UnmountHandle};
use leptos::prelude::*;
use leptos::tachys::view::any_view::AnyViewState;
use send_wrapper::SendWrapper;
use wasm_bindgen::{JsCast, JsValue};
use web_sys::{HtmlElement, ShadowRootInit, ShadowRootMode};

use crate::ui::options::key_from_id;
use crate::ui::options::WidgetOptions;
use crate::ui::{InShadowRoot, SoleusWidget, WidgetEvent};

/// Elements the widget mounts into.
pub const HOST_SELECTOR: &str = "[data-soleus-widget]";
/// Set on the host once mounted (`ready`) or if mounting failed (`failed`), for the page's
/// styles and scripts. Which host has a widget is known from the element itself, not from
/// this attribute, so a framework that strips it causes no second mount.
pub const STATE_ATTRIBUTE: &str = "data-soleus-state";

thread_local! {
    /// The page's one observer for widgets added later; kept alive for the page's lifetime.
    static OBSERVER: std::cell::OnceCell<()> = const { std::cell::OnceCell::new() };
    /// Every mounted widget: its host and the handle that unmounts it when dropped.
    static MOUNTED: RefCell<Vec<Mounted>> = const { RefCell::new(Vec::new()) };
    /// The key each host without an id was given, so a host that leaves and comes back
    /// keeps its answers and a new host never gets another's (weak: removed hosts are not
    /// kept alive).
    static KEY_OF_HOST: js_sys::WeakMap = js_sys::WeakMap::new();
    /// Hosts already warned about because they are not HTML elements.
    static REFUSED: js_sys::WeakSet = js_sys::WeakSet::new();
    /// How many keys have been handed to hosts without an id.
    static NAMELESS_KEYS: std::cell::Cell<u32> = const { std::cell::Cell::new(0) };
}

/// The share-link and storage key of a host without a usable `id`: the one it had before,
/// else the next number never used on this page ("1", "2"… in the order hosts first mount,
/// which is document order on a page that loads with its widgets).
fn nameless_key(host: &HtmlElement) -> String {
    KEY_OF_HOST.with(|keys| {
        if let Some(key) = keys.get(host).as_string() {
            return key;
        }
        let number = NAMELESS_KEYS.with(|count| {
            count.set(count.get() + 1);
            count.get()
        });
        let key = number.to_string();
        keys.set(host, &key.as_str().into());
        key
    })
}

/// A mounted widget and the handle that owns its reactive owner (its state, listeners and
/// timers).
struct Mounted {
    host: HtmlElement,
    handle: UnmountHandle<AnyViewState>,
}

/// Unmounts the widgets whose host has left the page (a single-page blog changing articles),
/// so their timers, listeners and memory go with them. A host that comes back is mounted
/// again by the next scan.
pub fn unmount_removed() {
    let removed: Vec<Mounted> = MOUNTED.with(|mounted| {
        let mut mounted = mounted.borrow_mut();
        let (gone, kept): (Vec<Mounted>, Vec<Mounted>) =
            mounted.drain(..).partition(|m| !m.host.is_connected());
        *mounted = kept;
        gone
    });
    for widget in removed {
        let _ = widget.host.remove_attribute(STATE_ATTRIBUTE);
        // Dropping the handle removes the widget's nodes and disposes its owner.
        drop(widget.handle);
    }
}

/// How many widgets are mounted now (for tests of mounting and unmounting).
pub fn mounted_count() -> usize {
    MOUNTED.with(|mounted| mounted.borrow().len())
}

fn is_mounted(host: &HtmlElement) -> bool {
    MOUNTED.with(|mounted| {
        mounted
            .borrow()
            .iter()
            .any(|m| m.host.is_same_node(Some(host)))
    })
}

/// What the observer does on every change to the page: let go of removed widgets, mount
/// new ones.
fn rescan() {
    unmount_removed();
    mount_all();
}

/// Mounts every widget on the page now, and every one added later (single-page blogs add
/// articles without reloading).
pub fn start() {
    mount_all();
    OBSERVER.with(|once| {
        once.get_or_init(|| {
            let callback = wasm_bindgen::closure::Closure::<dyn FnMut()>::new(rescan);
            let observer = web_sys::MutationObserver::new(callback.as_ref().unchecked_ref());
            let root = web_sys::window()
                .and_then(|w| w.document())
                .and_then(|d| d.document_element());
            if let (Ok(observer), Some(root)) = (observer, root) {
                let init = web_sys::MutationObserverInit::new();
                init.set_child_list(true);
                init.set_subtree(true);
                let _ = observer.observe_with_options(&root, &init);
            }
            // The observer lives as long as the page, so its callback must too.
            callback.forget();
        });
    });
}

/// Mounts a widget into every host element on the page that does not have one yet.
pub fn mount_all() {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    let Ok(hosts) = document.query_selector_all(HOST_SELECTOR) else {
        return;
    };
    for index in 0..hosts.length() {
        match hosts.item(index).map(|node| node.dyn_into::<HtmlElement>()) {
            Some(Ok(host)) => mount(&host),
            Some(Err(other)) => refuse_once(&other),
            None => {}
        }
    }
}

/// Warns once about a host that is not an HTML element (an `<svg>`, say): it cannot hold the
/// widget, and saying so beats ignoring it silently.
fn refuse_once(host: &web_sys::Node) {
    let first_time = REFUSED.with(|refused| {
        let seen = refused.has(host);
        if !seen {
            refused.add(host);
        }
        !seen
    });
    if first_time {
        crate::ui::warn(
            "Soleus widget: a host must be an HTML element such as a <div>; this one is left as it is.",
        );
    }
}

/// Mounts one widget into `host`, unless it already has one. Failures leave the host's own
/// fallback content in place and are reported on the console, never thrown.
pub fn mount(host: &HtmlElement) {
    if is_mounted(host) {
        return;
    }
    let options = options_for(host, &|name| host.get_attribute(name));
    mount_with(host, options);
}

/// Mounts `host` with `options`; whether it worked. All or nothing: on failure the host shows
/// its own content again, with one warning.
fn mount_with(host: &HtmlElement, options: WidgetOptions) -> bool {
    match try_mount(host, options) {
        Ok(handle) => {
            MOUNTED.with(|mounted| {
                mounted.borrow_mut().push(Mounted {
                    host: host.clone(),
                    handle,
                })
            });
            let _ = host.set_attribute(STATE_ATTRIBUTE, "ready");
            true
        }
        Err(_) => {
            show_fallback(host);
            let _ = host.set_attribute(STATE_ATTRIBUTE, "failed");
            crate::ui::warn("Soleus widget: could not mount here; the page's own text stays.");
            false
        }
    }
}

/// The JavaScript API's mount (`Soleus.mount(element, options)`): `options` holds the same
/// names as the attributes (the loader turns `clinicName` into `data-clinic-name`), as
/// strings, and gets the same checks and warnings. An element that has a widget gets a new one
/// with the new options. Works for elements inside shadow roots and elements a framework
/// created; an element that is not an HTML element is refused with a warning.
pub fn mount_from_api(element: &wasm_bindgen::JsValue, options: &wasm_bindgen::JsValue) -> bool {
    let Some(host) = element.dyn_ref::<HtmlElement>() else {
        crate::ui::warn("Soleus.mount: the element must be an HTML element such as a <div>.");
        return false;
    };
    unmount_from_api(host);
    // Only the options' own values: one inherited from a polluted `Object.prototype` never
    // reaches the widget (a call button least of all).
    let read = |name: &str| {
        let key = wasm_bindgen::JsValue::from_str(name);
        // `is_object`, not `dyn_ref`: the loader's prototype-less object is no `instanceof`
        // Object.
        let object = options
            .is_object()
            .then(|| options.unchecked_ref::<js_sys::Object>())?;
        if js_sys::Object::get_own_property_descriptor(object, &key).is_undefined() {
            return None;
        }
        js_sys::Reflect::get(options, &key)
            .ok()
            .and_then(|value| value.as_string())
    };
    let options = options_for(host, &read);
    mount_with(host, options)
}

/// The JavaScript API's unmount: disposes the widget in `element`, if it has one, and shows
/// the element's own content again.
pub fn unmount_from_api(element: &wasm_bindgen::JsValue) {
    let removed: Vec<Mounted> = MOUNTED.with(|mounted| {
        let mut mounted = mounted.borrow_mut();
        let (gone, kept): (Vec<Mounted>, Vec<Mounted>) = mounted
            .drain(..)
            .partition(|m| JsValue::from(m.host.clone()) == *element);
        *mounted = kept;
        gone
    });
    for widget in removed {
        let _ = widget.host.remove_attribute(STATE_ATTRIBUTE);
        drop(widget.handle);
        show_fallback(&widget.host);
    }
}

/// The options for `host` from `attribute` (its attributes, or the API's options under the
/// same names), with one warning per rejected value.
fn options_for(host: &HtmlElement, attribute: &dyn Fn(&str) -> Option<String>) -> WidgetOptions {
    let page_lang = host
        .owner_document()
        .and_then(|d| d.document_element())
        .and_then(|root| root.get_attribute("lang"));
    let id = attribute("id").unwrap_or_default();
    // One closure type for every caller: the parser is compiled once.
    let (mut options, warnings) = WidgetOptions::from_attributes(|name| attribute(name), page_lang);
    options.id = Some(key_from_id(&id).unwrap_or_else(|| nameless_key(host)));
    for warning in warnings {
        crate::ui::warn(&warning.message());
    }
    if !options.lang.is_built_in() {
        // The loader picks the all-languages module when the page asks for another language
        // at load time; a widget added later in another language gets English.
        crate::ui::warn(
            "Soleus widget: this module speaks English only; this widget is shown in English.",
        );
        options.lang = crate::content::Lang::En;
    }
    options
}

/// Empties a shadow root without an HTML-string sink (Trusted Types pages refuse those).
fn clear(shadow: &web_sys::ShadowRoot) {
    while let Some(child) = shadow.first_child() {
        if shadow.remove_child(&child).is_err() {
            break;
        }
    }
}

/// Mounting is all or nothing: after a failure the host's shadow root (if one was attached)
/// holds only a `<slot>`, so the host's own fallback content shows again.
fn show_fallback(host: &HtmlElement) {
    let Some(shadow) = host.shadow_root() else {
        return;
    };
    clear(&shadow);
    if let Some(slot) = host
        .owner_document()
        .and_then(|d| d.create_element("slot").ok())
    {
        let _ = shadow.append_child(&slot);
    }
}

fn try_mount(
    host: &HtmlElement,
    options: WidgetOptions,
) -> Result<UnmountHandle<AnyViewState>, wasm_bindgen::JsValue> {
    let document = host
        .owner_document()
        .ok_or_else(|| wasm_bindgen::JsValue::from_str("no document"))?;
    // A host that was mounted before, removed and put back keeps its shadow root: reuse it.
    let shadow = match host.shadow_root() {
        Some(shadow) => {
            clear(&shadow);
            shadow
        }
        None => host.attach_shadow(&ShadowRootInit::new(ShadowRootMode::Open))?,
    };
    crate::ui::adopt_stylesheet(&shadow);
    let container: HtmlElement = document.create_element("div")?.unchecked_into();
    shadow.append_child(&container)?;
    let _ = host.set_attribute("data-theme", options.theme.name());
    let target = SendWrapper::new(host.clone());
    let on_event = Callback::new(move |event: WidgetEvent| {
        super::events::dispatch(&target, &event);
    });
    Ok(mount_to(container, move || {
        provide_context(InShadowRoot);
        view! { <SoleusWidget options=options on_event=on_event/> }.into_any()
    }))
}
