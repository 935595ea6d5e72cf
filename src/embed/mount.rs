//! Finding host elements and mounting one independent `SoleusWidget` into each.

use std::cell::RefCell;

use leptos::mount::{mount_to, UnmountHandle};
use leptos::prelude::*;
use leptos::tachys::view::any_view::AnyViewState;
use send_wrapper::SendWrapper;
use wasm_bindgen::JsCast;
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

/// How long a host may be away from the page before its widget is disposed: a framework that
/// takes an element out and puts it back (a keep-alive cache, a morph) keeps the widget going,
/// its answers and timers too, if it is back within this. Longer keep-alive caches should
/// mount through the API, whose widgets stay until `unmount()`.
const AWAY_MS: i32 = 1_000;
/// The most widgets kept waiting for their host to come back; beyond it the earliest go at
/// once, so a page that replaces hosts in a loop never holds many widgets at a time.
const MAX_AWAY: usize = 3;

thread_local! {
    /// Whether the page's observer is set up (once, for the page's lifetime).
    static OBSERVER: std::cell::OnceCell<()> = const { std::cell::OnceCell::new() };
    /// Every mounted widget: its host and the handle that unmounts it when dropped.
    static MOUNTED: RefCell<Vec<Mounted>> = const { RefCell::new(Vec::new()) };
    /// The key each host without an id was given, so a host that leaves and comes back
    /// keeps its answers and a new host never gets another's (weak: removed hosts are not
    /// kept alive).
    static KEY_OF_HOST: js_sys::WeakMap = js_sys::WeakMap::new();
    /// Hosts already warned about (not HTML elements, inside another host, or holding a
    /// shadow root of their own).
    static REFUSED: js_sys::WeakSet = js_sys::WeakSet::new();
    /// The shadow roots this module attached: the only ones it may empty or reuse.
    static OURS: js_sys::WeakSet = js_sys::WeakSet::new();
    /// Attribute hosts the page unmounted through the API: a later scan leaves them be.
    static LET_GO: js_sys::WeakSet = js_sys::WeakSet::new();
    /// Whether a scan is already due: many changes to the page in one task cost one scan.
    static SCAN_DUE: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
    /// The scan as a callback, made once: timers reuse it, so scheduling leaks nothing.
    static SCAN: wasm_bindgen::closure::Closure<dyn FnMut()> =
        wasm_bindgen::closure::Closure::new(rescan);
}

/// The share-link and storage key of a host without a usable `id`: the one it had before,
/// else the next number never used on this page ("1", "2"… in the order hosts first mount,
/// which is document order on a page that loads with its widgets).
fn nameless_key(host: &HtmlElement) -> String {
    KEY_OF_HOST.with(|keys| {
        if let Some(key) = keys.get(host).as_string() {
            return key;
        }
        let key = crate::ui::unused_number_key();
        keys.set(host, &key.as_str().into());
        key
    })
}

/// A mounted widget and the handle that owns its reactive owner (its state, listeners and
/// timers).
struct Mounted {
    host: HtmlElement,
    handle: UnmountHandle<AnyViewState>,
    /// Mounted through the JavaScript API: the page's framework unmounts it, and the widget
    /// keeps going wherever the element goes (detached, kept alive) until then.
    from_api: bool,
    /// The host's `data-theme` before the widget set it, given back on unmount.
    theme_before: Option<String>,
    /// When the host was first seen away from the page (`NaN` while it is on it).
    away_since: std::cell::Cell<f64>,
}

impl Mounted {
    /// Disposes the widget and leaves the host as it was found: its state attribute and theme
    /// as before, and (for `show_own_content`) its own content showing again.
    fn release(self, show_own_content: bool) {
        let _ = self.host.remove_attribute(STATE_ATTRIBUTE);
        let _ = match &self.theme_before {
            Some(theme) => self.host.set_attribute("data-theme", theme),
            None => self.host.remove_attribute("data-theme"),
        };
        // Dropping the handle removes the widget's nodes and disposes its owner.
        drop(self.handle);
        if show_own_content {
            show_fallback(&self.host);
        }
    }
}

/// Unmounts the attribute widgets whose host has been away from the page for `away_ms` or
/// longer (a single-page blog changing articles), so their timers, listeners and memory go
/// with them; a later scan is arranged for hosts away for less. A host that comes back is
/// mounted again by the next scan. Widgets mounted through the API are the page's to unmount.
pub fn unmount_away_for(away_ms: i32) {
    let now = crate::ui::now_ms();
    let mut still_away = false;
    let mut away = MOUNTED.with(|mounted| {
        let mounted = mounted.borrow();
        mounted
            .iter()
            .filter(|m| !m.from_api && !m.host.is_connected())
            .count()
    });
    let removed: Vec<Mounted> = MOUNTED.with(|mounted| {
        let mut mounted = mounted.borrow_mut();
        let (gone, kept): (Vec<Mounted>, Vec<Mounted>) = mounted.drain(..).partition(|m| {
            if m.from_api || m.host.is_connected() {
                m.away_since.set(f64::NAN);
                return false;
            }
            if m.away_since.get().is_nan() {
                m.away_since.set(now);
            }
            let gone = now - m.away_since.get() >= f64::from(away_ms) || away > MAX_AWAY;
            away -= 1;
            still_away |= !gone;
            gone
        });
        *mounted = kept;
        gone
    });
    for widget in removed {
        widget.release(false);
    }
    if still_away {
        // A little after the grace, so the clock has surely passed it.
        scan_after(away_ms + 50);
    }
}

/// Unmounts every attribute widget whose host has left the page, now.
pub fn unmount_removed() {
    unmount_away_for(0);
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

/// What a scan does: let go of widgets away too long, mount new hosts.
fn rescan() {
    SCAN_DUE.with(|due| due.set(false));
    unmount_away_for(AWAY_MS);
    mount_all();
}

/// Arranges one scan for the next task, however many changes the page makes before it: a page
/// that changes constantly costs one scan per task, not one per change.
fn schedule_scan() {
    if !SCAN_DUE.with(|due| due.replace(true)) {
        scan_after(0);
    }
}

/// Runs a scan `ms` milliseconds from now.
fn scan_after(ms: i32) {
    SCAN.with(|scan| {
        if let Some(window) = web_sys::window() {
            let _ = window.set_timeout_with_callback_and_timeout_and_arguments_0(
                scan.as_ref().unchecked_ref(),
                ms,
            );
        }
    });
}

/// Mounts every widget on the page now, and every one added later (single-page blogs add
/// articles without reloading).
pub fn start() {
    mount_all();
    OBSERVER.with(|once| {
        once.get_or_init(|| {
            let callback = wasm_bindgen::closure::Closure::<dyn FnMut()>::new(schedule_scan);
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
            Some(Ok(host)) if LET_GO.with(|let_go| let_go.has(&host)) => {}
            Some(Ok(host)) if inside_another_host(&host) => refuse_once(
                &host,
                "Soleus widget: a host inside another widget's host would never be seen; it is left as it is.",
            ),
            Some(Ok(host)) => mount(&host),
            Some(Err(other)) => refuse_once(
                &other,
                "Soleus widget: a host must be an HTML element such as a <div>; this one is left as it is.",
            ),
            None => {}
        }
    }
}

/// Whether `host` sits inside another host, whose widget's shadow root hides it.
fn inside_another_host(host: &HtmlElement) -> bool {
    host.parent_element()
        .and_then(|parent| parent.closest(HOST_SELECTOR).ok().flatten())
        .is_some()
}

/// Warns once with `why` about a host that cannot hold a widget (an `<svg>`, one inside
/// another host, one with its own shadow root): saying so beats ignoring it silently.
fn refuse_once(host: &web_sys::Node, why: &str) {
    let first_time = REFUSED.with(|refused| {
        let seen = refused.has(host);
        if !seen {
            refused.add(host);
        }
        !seen
    });
    if first_time {
        crate::ui::warn(why);
    }
}

/// Mounts one widget into `host`, unless it already has one. Failures leave the host's own
/// fallback content in place and are reported on the console, never thrown.
pub fn mount(host: &HtmlElement) {
    if is_mounted(host) {
        return;
    }
    let options = options_for(host, &|name| host.get_attribute(name));
    mount_with(host, options, false);
}

/// Mounts `host` with `options`; whether it worked. All or nothing: on failure the host shows
/// its own content again, with one warning. A host with a shadow root of its own (a page
/// component's) is refused: its content is not the widget's to replace.
fn mount_with(host: &HtmlElement, options: WidgetOptions, from_api: bool) -> bool {
    if host
        .shadow_root()
        .is_some_and(|shadow| !OURS.with(|ours| ours.has(&shadow)))
    {
        refuse_once(
            host,
            "Soleus widget: this element has a shadow root of its own, so its content is left as it is; mount the widget into an element inside it.",
        );
        // Its reserved space is given back.
        let _ = host.set_attribute(STATE_ATTRIBUTE, "failed");
        return false;
    }
    let theme_before = host.get_attribute("data-theme");
    match try_mount(host, options) {
        Ok(handle) => {
            MOUNTED.with(|mounted| {
                mounted.borrow_mut().push(Mounted {
                    host: host.clone(),
                    handle,
                    from_api,
                    theme_before,
                    away_since: std::cell::Cell::new(f64::NAN),
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
    release(host);
    LET_GO.with(|let_go| let_go.delete(host));
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
    mount_with(host, options, true)
}

/// The JavaScript API's unmount: disposes the widget in `element`, if it has one, and shows
/// the element's own content again. An attribute host stays unmounted: the page asked.
pub fn unmount_from_api(element: &wasm_bindgen::JsValue) {
    if let Some(host) = element.dyn_ref::<HtmlElement>() {
        release(host);
        LET_GO.with(|let_go| let_go.add(host));
    }
}

/// Disposes the widget in `host`, if it has one, and shows the host's own content again.
fn release(host: &HtmlElement) {
    let removed: Vec<Mounted> = MOUNTED.with(|mounted| {
        let mut mounted = mounted.borrow_mut();
        let (gone, kept): (Vec<Mounted>, Vec<Mounted>) = mounted
            .drain(..)
            .partition(|m| m.host.is_same_node(Some(host)));
        *mounted = kept;
        gone
    });
    for widget in removed {
        widget.release(true);
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
    let Some(shadow) = host
        .shadow_root()
        .filter(|shadow| OURS.with(|ours| ours.has(shadow)))
    else {
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
        None => {
            let shadow = host.attach_shadow(&ShadowRootInit::new(ShadowRootMode::Open))?;
            OURS.with(|ours| ours.add(&shadow));
            shadow
        }
    };
    crate::ui::adopt_stylesheet(&shadow);
    let container: HtmlElement = document.create_element("div")?.unchecked_into();
    shadow.append_child(&container)?;
    let _ = host.set_attribute("data-theme", options.theme.name());
    let target = SendWrapper::new(host.clone());
    Ok(mount_to(container, move || {
        // Made inside the widget's owner, so it is disposed with the widget: made outside (the
        // observer's callback has no owner) it would keep the host alive after unmounting.
        let on_event = Callback::new(move |event: WidgetEvent| {
            super::events::dispatch(&target, &event);
        });
        provide_context(InShadowRoot);
        view! { <SoleusWidget options=options on_event=on_event/> }.into_any()
    }))
}
