//! The browser's services the widget uses besides rendering: the next frame, the clock, sound
//! cues, the screen wake lock, the clipboard, printing, and promises whose refusal needs no
//! action.
//!
//! Each can be missing or refused (an old browser, a frame without permission, a page on
//! plain `http://`); every call here handles that and never throws into the page.

use leptos::prelude::*;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

thread_local! {
    /// One handler, for the life of the page, for promises whose refusal needs no action.
    static IGNORE: wasm_bindgen::closure::Closure<dyn FnMut(JsValue)> =
        wasm_bindgen::closure::Closure::new(|_: JsValue| {});
}

/// Runs `then` in the next frame's animation callback, before that frame is painted; cancelled
/// if the calling component (or effect run) is cleaned up first. For work that lays the page
/// out (reading a size, scrolling, focusing): done in the task that changed the page, that
/// layout would lengthen the task, while the frame lays the page out anyway.
pub fn before_next_paint(then: impl FnOnce() + 'static) {
    if let Ok(request) = request_animation_frame_with_handle(then) {
        on_cleanup(move || request.cancel());
    }
}

/// Handles a promise the widget does not wait for, so its refusal (a permission the page or
/// frame withholds) never reaches the page as an unhandled rejection. Anything else is left.
pub fn ignore_refusal(value: &JsValue) {
    if let Some(promise) = value.dyn_ref::<js_sys::Promise>() {
        IGNORE.with(|ignore| {
            let _ = promise.catch(ignore);
        });
    }
}

/// Calls `object.method()` where the browser has it, handling a returned promise's refusal:
/// for APIs whose web-sys binding drops the promise (fullscreen) or that a page may lack.
pub fn call_ignoring_refusal(object: &JsValue, method: &str) {
    let function = js_sys::Reflect::get(object, &method.into())
        .ok()
        .and_then(|f| f.dyn_into::<js_sys::Function>().ok());
    if let Some(function) = function {
        if let Ok(result) = function.call0(object) {
            ignore_refusal(&result);
        }
    }
}

/// Copies `text` to the clipboard where the page may, and never throws; `done` hears whether
/// it worked. A page served over plain `http://` has no Clipboard API and a frame without
/// permission refuses it; the link is shown on screen as well, so nothing depends on it.
pub fn copy_to_clipboard(text: &str, done: Callback<bool>) {
    let clipboard = web_sys::window()
        .and_then(|window| js_sys::Reflect::get(&window.navigator(), &"clipboard".into()).ok())
        .filter(JsValue::is_object);
    let Some(clipboard) = clipboard else {
        done.run(false);
        return;
    };
    let clipboard: web_sys::Clipboard = clipboard.unchecked_into();
    // One handler for both outcomes (a promise calls only one): writing resolves with nothing,
    // a refusal rejects with its reason and is handled here, never left to reach the page.
    let settled = wasm_bindgen::closure::Closure::once_into_js(move |value: JsValue| {
        done.run(value.is_undefined())
    });
    let promise: JsValue = clipboard.write_text(text).into();
    let then = js_sys::Reflect::get(&promise, &"then".into())
        .ok()
        .and_then(|f| f.dyn_into::<js_sys::Function>().ok());
    if let Some(then) = then {
        let _ = then.call2(&promise, &settled, &settled);
    }
}

/// Copies the page's current selection the old way (`execCommand("copy")`), which also works
/// on plain-http pages; whether the browser says it did.
pub fn copy_selection() -> bool {
    web_sys::window()
        .and_then(|w| w.document())
        .and_then(|document| {
            let exec = js_sys::Reflect::get(&document, &"execCommand".into()).ok()?;
            let exec: js_sys::Function = exec.dyn_into().ok()?;
            exec.call1(&document, &"copy".into()).ok()?.as_bool()
        })
        .unwrap_or(false)
}

/// Milliseconds from a monotonic clock: the widget's one clock (the player, the heel-raise
/// animation, the embed's timing of hosts away from the page).
pub fn now_ms() -> f64 {
    web_sys::window()
        .and_then(|w| w.performance())
        .map(|p| p.now())
        .unwrap_or_else(js_sys::Date::now)
}

/// Today, as days since 1 January 1970 (UTC): when a screening was confirmed, and whether it
/// still stands.
pub fn today() -> crate::model::quiz::Day {
    (js_sys::Date::now() / 86_400_000.0) as crate::model::quiz::Day
}

/// A short beep at `frequency` Hz: the start of a new phase, or a metronome beat.
pub fn beep(context: &web_sys::AudioContext, frequency: f32) {
    let Ok(oscillator) = context.create_oscillator() else {
        return;
    };
    let Ok(gain) = context.create_gain() else {
        return;
    };
    oscillator.frequency().set_value(frequency);
    gain.gain().set_value(0.15);
    let now = context.current_time();
    let connected = oscillator
        .connect_with_audio_node(&gain)
        .and_then(|_| gain.connect_with_audio_node(&context.destination()));
    if connected.is_ok() {
        let _ = oscillator.start_with_when(now);
        let _ = oscillator.stop_with_when(now + 0.15);
    }
}

/// Closes a sound cue's audio context, giving its audio hardware back; a refusal is handled.
pub fn close_sound(context: Option<web_sys::AudioContext>) {
    if let Some(closing) = context.and_then(|context| context.close().ok()) {
        ignore_refusal(&closing);
    }
}

/// The screen wake lock while the player runs: requested through `navigator.wakeLock` where
/// it exists (looked up at run time, so browsers without it simply skip it), released on
/// pause, at the end and on close. The browser drops it when the tab is hidden; the player
/// asks again on its next tick once the tab is visible.
#[derive(Clone, Copy)]
pub struct WakeLock {
    /// The granted lock (a `WakeLockSentinel`), or the pending request's marker.
    sentinel: StoredValue<Option<js_sys::Object>, LocalStorage>,
}

impl WakeLock {
    pub fn new() -> WakeLock {
        WakeLock {
            sentinel: StoredValue::new_local(None),
        }
    }

    fn property(target: &JsValue, name: &str) -> JsValue {
        js_sys::Reflect::get(target, &JsValue::from_str(name)).unwrap_or(JsValue::UNDEFINED)
    }

    /// Asks for the lock unless it is held, being asked for, or the page is hidden.
    pub fn keep(self) {
        let held = self.sentinel.with_value(|s| {
            s.as_ref()
                .is_some_and(|s| Self::property(s, "released") != JsValue::TRUE)
        });
        let Some(window) = web_sys::window() else {
            return;
        };
        let hidden = window.document().is_some_and(|d| d.hidden());
        if held || hidden {
            return;
        }
        let api = Self::property(&window.navigator(), "wakeLock");
        let Ok(request) = Self::property(&api, "request").dyn_into::<js_sys::Function>() else {
            return;
        };
        let Ok(promise) = request
            .call1(&api, &JsValue::from_str("screen"))
            .and_then(|p| p.dyn_into::<js_sys::Promise>())
        else {
            return;
        };
        // A marker while the browser decides, so the next tick does not ask twice.
        self.sentinel.set_value(Some(js_sys::Object::new()));
        let sentinel = self.sentinel;
        let granted = Closure::once(move |lock: JsValue| {
            if sentinel.try_with_value(|_| ()).is_some() {
                sentinel.set_value(lock.dyn_into::<js_sys::Object>().ok());
            } else {
                // The player closed meanwhile.
                Self::release_sentinel(&lock);
            }
        });
        let refused = Closure::once(move |_: JsValue| {});
        let _ = promise.then2(&granted, &refused);
        granted.forget();
        refused.forget();
    }

    fn release_sentinel(lock: &JsValue) {
        if let Ok(release) = Self::property(lock, "release").dyn_into::<js_sys::Function>() {
            if let Ok(promise) = release
                .call0(lock)
                .and_then(|p| p.dyn_into::<js_sys::Promise>())
            {
                let ignore = Closure::once(move |_: JsValue| {});
                let _ = promise.catch(&ignore);
                ignore.forget();
            }
        }
    }

    /// Lets the screen sleep again.
    pub fn release(self) {
        if let Some(Some(lock)) = self.sentinel.try_update_value(Option::take) {
            Self::release_sentinel(&lock);
        }
    }
}

/// While printing from the widget, the host page shows only the widget (elements that
/// neither are, contain nor sit inside the marked host are hidden), so the plan prints on its
/// own page rather than after the whole post. In a cascade layer because an `!important`
/// declaration in a layer outranks every unlayered one whatever its specificity: a host's own
/// `!important` print rule cannot bring its text back. Adopted, not inlined, so a strict
/// `style-src` allows it.
const PRINT_ONLY_THE_WIDGET: &str = "@media print{@layer{body *:not(:has([data-soleus-printing]),\
[data-soleus-printing],[data-soleus-printing] *){display:none!important}}}";

/// The element that stands for the widget holding `inside` on the host page: the shadow
/// root's host in the embed, the `.sol-mount` in a Leptos app. Found from the widget's own
/// tree, never through the page's focus, which a click need not move (Safari, Firefox on
/// macOS).
fn widget_on_page(inside: &web_sys::Element) -> web_sys::Element {
    let root = inside.get_root_node();
    if let Some(shadow) = root.dyn_ref::<web_sys::ShadowRoot>() {
        return shadow.host();
    }
    inside
        .closest(".sol-mount")
        .ok()
        .flatten()
        .unwrap_or_else(|| inside.clone())
}

/// Marks `host` as the widget to print, until the browser says printing is over.
fn isolate_for_print(document: &web_sys::Document, host: web_sys::Element) {
    let Ok(sheet) = web_sys::CssStyleSheet::new() else {
        return;
    };
    sheet.replace_sync(PRINT_ONLY_THE_WIDGET).ok();
    let key = JsValue::from_str("adoptedStyleSheets");
    let Some(adopted) = js_sys::Reflect::get(document, &key)
        .ok()
        .and_then(|list| list.dyn_into::<js_sys::Array>().ok())
    else {
        return;
    };
    let with_sheet = js_sys::Array::from(&adopted);
    with_sheet.push(&sheet);
    if js_sys::Reflect::set(document, &key, &with_sheet).is_err() {
        return;
    }
    let _ = host.set_attribute("data-soleus-printing", "");
    let restore_document = document.clone();
    let done = Closure::once(move || {
        let _ = host.remove_attribute("data-soleus-printing");
        if let Some(list) = js_sys::Reflect::get(&restore_document, &key)
            .ok()
            .and_then(|list| list.dyn_into::<js_sys::Array>().ok())
        {
            let sheet: &JsValue = sheet.as_ref();
            let without: js_sys::Array = list.filter(&mut |item, _, _| item != *sheet);
            let _ = js_sys::Reflect::set(&restore_document, &key, &without);
        }
    });
    if let Some(window) = web_sys::window() {
        let options = web_sys::AddEventListenerOptions::new();
        options.set_once(true);
        let _ = window.add_event_listener_with_callback_and_add_event_listener_options(
            "afterprint",
            done.as_ref().unchecked_ref(),
            &options,
        );
    }
    done.forget();
}

/// Opens the browser's print dialog for the plan of the widget holding `inside`: the
/// stylesheet prints the plan only, and the host page steps aside.
pub fn print(inside: &web_sys::Element) {
    if let Some(window) = web_sys::window() {
        if let Some(document) = window.document() {
            isolate_for_print(&document, widget_on_page(inside));
        }
        let _ = window.print();
    }
}
