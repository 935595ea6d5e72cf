//! The embed's start-up only: report panics on the console, then mount every widget on the
//! page, now and as more are added.
//!
//! In the browser there is no `main`: wasm-bindgen's start function is the entry, so the
//! standard library's process start-up and shut-down (thread naming, flushing standard
//! output, their error messages) stay out of the module.
#![cfg_attr(target_arch = "wasm32", no_main)]

/// Runs when the module is instantiated.
#[cfg(target_arch = "wasm32")]
#[wasm_bindgen::prelude::wasm_bindgen(start)]
pub fn start() {
    std::panic::set_hook(Box::new(|_| {
        // A fixed message keeps the panic formatting machinery out of the release module.
        soleus::ui::warn("Soleus widget: internal error.");
    }));
    soleus::embed::start();
}

/// Natively the binary does nothing: it exists for the browser.
#[cfg(not(target_arch = "wasm32"))]
fn main() {}

/// The JavaScript API behind the loader's `Soleus.mount(element, options)`: mounts a widget
/// into `element` with `options` under the attributes' names, as strings. Whether it worked.
#[cfg(target_arch = "wasm32")]
#[wasm_bindgen::prelude::wasm_bindgen(js_name = mountWidget)]
pub fn mount_widget(element: wasm_bindgen::JsValue, options: wasm_bindgen::JsValue) -> bool {
    soleus::embed::mount_from_api(&element, &options)
}

/// The JavaScript API behind a mount handle's `unmount()`.
#[cfg(target_arch = "wasm32")]
#[wasm_bindgen::prelude::wasm_bindgen(js_name = unmountWidget)]
pub fn unmount_widget(element: wasm_bindgen::JsValue) {
    soleus::embed::unmount_from_api(&element);
}

// Talc in place of the default dlmalloc: a smaller module and faster allocation. Only the
// embed binary chooses it; an app using the library keeps its own allocator.
#[cfg(all(not(target_feature = "atomics"), target_family = "wasm"))]
#[global_allocator]
static ALLOCATOR: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();
