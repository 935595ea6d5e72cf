//! A widget's events as `CustomEvent`s on its own host element, for clinics' analytics.
//!
//! | event | `detail` |
//! |---|---|
//! | `soleus:ready` | `{ lang }` |
//! | `soleus:quiz-complete` | `{ outcome: "circuit" \| "seek-care", level? }` |
//! | `soleus:triage` | `{ outcome: "clear" \| "seek-care", urgency? }` |
//! | `soleus:circuit-started` | `{ level }` |
//! | `soleus:circuit-finished` | `{ level }` |
//!
//! Each mounted widget's callback holds its own host, so an event always reaches the element
//! of the widget that emitted it, whatever ids the page repeats. The events bubble, so one
//! listener on `document` hears every widget; in the iframe route `embed.html` forwards them
//! to the parent page with `postMessage`.

use web_sys::HtmlElement;

use crate::ui::WidgetEvent;

/// Dispatches `event` on `host` as a bubbling `soleus:<name>`, its payload as a plain object.
pub fn dispatch(host: &HtmlElement, event: &WidgetEvent) {
    let detail = js_sys::Object::new();
    for (field, word) in event.detail() {
        let _ = js_sys::Reflect::set(&detail, &field.into(), &word.into());
    }
    let init = web_sys::CustomEventInit::new();
    init.set_bubbles(true);
    init.set_detail(&detail);
    let mut name = String::from("soleus:");
    name.push_str(event.name());
    if let Ok(custom) = web_sys::CustomEvent::new_with_event_init_dict(&name, &init) {
        let _ = host.dispatch_event(&custom);
    }
}
