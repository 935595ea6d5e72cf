//! What the widget keeps outside itself, and only when the person asks: the share code in the
//! page's URL fragment, and opted-in progress in localStorage.
//!
//! Every browser call here can fail (storage disabled in private mode or sandboxed frames,
//! quota full); each failure is returned as a value, never thrown.

use crate::model::progress_code;

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
    progress_code::code_in_fragment(&hash, key).map(str::to_string)
}

/// The link that opens widget `key` at `code`: the host's `share_url` if it gave one, else
/// the page's own address, with the code in its fragment (see [`progress_code::link`]). The address
/// bar and the history are left as they are: they belong to the host page and its router.
pub fn link_with_code(key: &str, code: &str, share_url: Option<&str>) -> Option<String> {
    let base = match share_url {
        Some(url) => url.to_string(),
        None => web_sys::window()?.location().href().ok()?,
    };
    Some(progress_code::link(&base, key, code))
}
