//! What the widget keeps outside itself, and only when the person asks: the share code in the
//! page's URL fragment, and opted-in progress in localStorage.
//!
//! Every browser call here can fail (storage disabled in private mode or sandboxed frames,
//! quota full, clipboard refused); each failure is returned as a value, never thrown.

use wasm_bindgen::{JsCast, JsValue};

use crate::model::share;

/// The most of the URL fragment that is read when looking for a share code.
const MAX_FRAGMENT_CHARS: u32 = 2048;
/// Versioned storage key prefix; a format change gets a new version and old data is ignored.
pub const STORAGE_PREFIX: &str = "soleus:v1:";

/// Why something could not be kept.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PersistError {
    /// The browser offers no storage here, or refused to read or write it.
    Unavailable,
}

fn storage() -> Result<web_sys::Storage, PersistError> {
    web_sys::window()
        .and_then(|w| w.local_storage().ok().flatten())
        .ok_or(PersistError::Unavailable)
}

/// The stored value for widget `key`, if any.
pub fn load(key: &str) -> Result<Option<String>, PersistError> {
    storage()?
        .get_item(&storage_key(key))
        .map_err(|_| PersistError::Unavailable)
}

/// Stores `value` for widget `key`.
pub fn save(key: &str, value: &str) -> Result<(), PersistError> {
    storage()?
        .set_item(&storage_key(key), value)
        .map_err(|_| PersistError::Unavailable)
}

/// Deletes what is stored for widget `key`.
pub fn forget(key: &str) -> Result<(), PersistError> {
    storage()?
        .remove_item(&storage_key(key))
        .map_err(|_| PersistError::Unavailable)
}

/// The `localStorage` key widget `key` saves under.
pub fn storage_key(key: &str) -> String {
    let mut out = String::from(STORAGE_PREFIX);
    out.push_str(key);
    out
}

/// The share code for widget `key` in the page's URL fragment, if there is one.
pub fn fragment_code(key: &str) -> Option<String> {
    // Only the fragment's start is copied into the module's memory, so a page with a huge
    // fragment costs nothing; share codes are 23 characters, so this holds many.
    let hash = js_sys::Reflect::get(&web_sys::window()?.location(), &"hash".into()).ok()?;
    let hash: String = wasm_bindgen::JsCast::dyn_into::<js_sys::JsString>(hash)
        .ok()?
        .slice(0, MAX_FRAGMENT_CHARS)
        .into();
    share::code_in_fragment(&hash, key).map(str::to_string)
}

/// The link that opens widget `key` at `code`: the host's `share_url` if it gave one, else
/// the page's own address, with the code in its fragment (see [`share::link`]). The address
/// bar and the history are left as they are: they belong to the host page and its router.
pub fn link_with_code(key: &str, code: &str, share_url: Option<&str>) -> Option<String> {
    let base = match share_url {
        Some(url) => url.to_string(),
        None => web_sys::window()?.location().href().ok()?,
    };
    Some(share::link(&base, key, code))
}

thread_local! {
    /// One handler, for the life of the page, for promises whose refusal needs no action.
    static IGNORE: wasm_bindgen::closure::Closure<dyn FnMut(JsValue)> =
        wasm_bindgen::closure::Closure::new(|_: JsValue| {});
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
pub fn copy_to_clipboard(text: &str, done: leptos::prelude::Callback<bool>) {
    use leptos::prelude::Callable;
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

/// Milliseconds from a monotonic clock, for the circuit player.
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
