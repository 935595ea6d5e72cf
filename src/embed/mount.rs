//! Finding host elements and mounting one independent widget into each.

use reactive_graph::owner::Owner;
use wasm_bindgen::JsCast;
use web_sys::{CssStyleSheet, HtmlElement, ShadowRootInit, ShadowRootMode};

use super::config::Config;
use crate::ui::mount_widget;

/// Elements the widget mounts into.
pub const HOST_SELECTOR: &str = "[data-soleus-widget]";
/// Set on the host once mounted (`ready`) or if mounting failed (`failed`); a host that has
/// it is never mounted again.
pub const STATE_ATTRIBUTE: &str = "data-soleus-state";

/// The widget's stylesheet, compiled into the module so it works from any origin and under a
/// strict `style-src`.
const WIDGET_CSS: &str = include_str!(concat!(env!("OUT_DIR"), "/widget.min.css"));

thread_local! {
    /// One constructed stylesheet shared by every widget on the page.
    static STYLESHEET: Option<CssStyleSheet> = CssStyleSheet::new()
        .ok()
        .filter(|sheet| sheet.replace_sync(WIDGET_CSS).is_ok());
}

thread_local! {
    /// The page's one observer for widgets added later; kept alive for the page's lifetime.
    static OBSERVER: std::cell::OnceCell<()> = const { std::cell::OnceCell::new() };
    /// Every mounted widget: its host, its key, and the handle that unmounts it when dropped.
    static MOUNTED: std::cell::RefCell<Vec<Mounted>> = const { std::cell::RefCell::new(Vec::new()) };
}

/// A mounted widget and the reactive owner of its state, listener and timers.
struct Mounted {
    host: HtmlElement,
    key: String,
    owner: Owner,
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
        super::events::unregister(&widget.key);
        let _ = widget.host.remove_attribute(STATE_ATTRIBUTE);
        // Its markup goes first, so no event can reach a listener that is being dropped.
        if let Some(shadow) = widget.host.shadow_root() {
            shadow.set_inner_html("");
        }
        widget.owner.cleanup();
    }
}

/// How many widgets are mounted now (for tests of mounting and unmounting).
pub fn mounted_count() -> usize {
    MOUNTED.with(|mounted| mounted.borrow().len())
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
        if let Some(host) = hosts
            .item(index)
            .and_then(|node| node.dyn_into::<HtmlElement>().ok())
        {
            mount(&host);
        }
    }
}

/// Mounts one widget into `host`, unless it already has one. Failures leave the host's own
/// fallback content in place and are reported on the console, never thrown.
pub fn mount(host: &HtmlElement) {
    if host.has_attribute(STATE_ATTRIBUTE) {
        return;
    }
    match try_mount(host) {
        Ok(()) => {
            let _ = host.set_attribute(STATE_ATTRIBUTE, "ready");
        }
        Err(_) => {
            let _ = host.set_attribute(STATE_ATTRIBUTE, "failed");
            web_sys::console::error_1(&"Soleus widget: could not mount here.".into());
        }
    }
}

/// The host's 1-based position among the page's widget hosts, as a key.
fn position(host: &HtmlElement) -> String {
    let hosts = host
        .owner_document()
        .and_then(|d| d.query_selector_all(HOST_SELECTOR).ok());
    let index = hosts
        .and_then(|list| {
            (0..list.length()).find(|i| list.item(*i).is_some_and(|n| n.is_same_node(Some(host))))
        })
        .unwrap_or(0);
    (index + 1).to_string()
}

/// Whether the person has asked their system for less motion.
fn prefers_reduced_motion() -> bool {
    web_sys::window()
        .and_then(|w| {
            w.match_media("(prefers-reduced-motion: reduce)")
                .ok()
                .flatten()
        })
        .is_some_and(|query| query.matches())
}

fn try_mount(host: &HtmlElement) -> Result<(), wasm_bindgen::JsValue> {
    let document = host
        .owner_document()
        .ok_or_else(|| wasm_bindgen::JsValue::from_str("no document"))?;
    let page_lang = document
        .document_element()
        .and_then(|root| root.get_attribute("lang"));
    let (mut config, warnings) =
        Config::from_attributes(|name| host.get_attribute(name), page_lang);
    config.key = super::config::key_from_id(&host.id()).unwrap_or_else(|| position(host));
    for warning in warnings {
        web_sys::console::warn_1(&warning.message().into());
    }
    if !config.lang.is_built_in() {
        // The loader picks the all-languages module when the page asks for another language
        // at load time; a widget added later in another language gets English.
        web_sys::console::warn_1(
            &"Soleus widget: this module speaks English only; this widget is shown in English."
                .into(),
        );
        config.lang = crate::content::Lang::En;
    }

    // A host that was mounted before, removed and put back keeps its shadow root: reuse it.
    let shadow = match host.shadow_root() {
        Some(shadow) => {
            shadow.set_inner_html("");
            shadow
        }
        None => host.attach_shadow(&ShadowRootInit::new(ShadowRootMode::Open))?,
    };
    STYLESHEET.with(|sheet| {
        if let Some(sheet) = sheet {
            shadow.set_adopted_style_sheets(&js_sys::Array::of1(sheet));
        }
    });
    let container: HtmlElement = document.create_element("div")?.unchecked_into();
    // Resets everything the host element passes down (its font, colour, letter spacing).
    container.set_class_name("sol-mount");
    shadow.append_child(&container)?;
    super::events::register(&config.key, host);
    let _ = host.set_attribute("data-theme", config.theme.name());
    let reduced_motion = config.reduce_motion || prefers_reduced_motion();
    let (key, lang) = (config.key.clone(), config.lang.tag());
    let owner = Owner::new();
    owner.with(|| mount_widget(&container, config, reduced_motion));
    MOUNTED.with(|mounted| {
        mounted.borrow_mut().push(Mounted {
            host: host.clone(),
            key: key.clone(),
            owner,
        })
    });
    super::events::emit(&key, "ready", &[("lang", lang)]);
    Ok(())
}
