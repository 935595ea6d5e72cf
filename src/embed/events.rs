//! Events for the host page: `CustomEvent`s on the host element, for clinics' analytics.
//!
//! | event | `detail` |
//! |---|---|
//! | `soleus:ready` | `{ lang }` |
//! | `soleus:quiz-complete` | `{ outcome: "circuit" \| "seek-care", level? }` |
//! | `soleus:triage` | `{ outcome: "clear" \| "seek-care", urgency? }` |
//! | `soleus:circuit-started` | `{ level }` |
//! | `soleus:circuit-finished` | `{ level }` |
//!
//! Payloads carry outcomes and levels only, never a person's answers. The events bubble, so
//! one listener on `document` hears every widget; in the iframe route `embed.html` forwards
//! them to the parent page with `postMessage`.

use std::cell::RefCell;
use std::collections::HashMap;

use wasm_bindgen::JsValue;
use web_sys::HtmlElement;

thread_local! {
    /// Host elements by widget key, so views can emit without holding DOM handles.
    static HOSTS: RefCell<HashMap<String, HtmlElement>> = RefCell::new(HashMap::new());
}

/// Remembers `host` as the element that widget `key`'s events are dispatched on.
pub fn register(key: &str, host: &HtmlElement) {
    HOSTS.with(|hosts| {
        hosts.borrow_mut().insert(key.to_string(), host.clone());
    });
}

/// Forgets widget `key`'s host once it has been unmounted.
pub fn unregister(key: &str) {
    HOSTS.with(|hosts| {
        hosts.borrow_mut().remove(key);
    });
}

/// Dispatches `soleus:<name>` with `detail` on widget `key`'s host element.
pub fn emit(key: &str, name: &str, detail: &[(&str, &str)]) {
    let object = js_sys::Object::new();
    for (field, value) in detail {
        let _ = js_sys::Reflect::set(
            &object,
            &JsValue::from_str(field),
            &JsValue::from_str(value),
        );
    }
    let init = web_sys::CustomEventInit::new();
    init.set_bubbles(true);
    init.set_detail(&object);
    let mut event_name = String::from("soleus:");
    event_name.push_str(name);
    HOSTS.with(|hosts| {
        if let Some(host) = hosts.borrow().get(key) {
            if let Ok(event) = web_sys::CustomEvent::new_with_event_init_dict(&event_name, &init) {
                let _ = host.dispatch_event(&event);
            }
        }
    });
}
