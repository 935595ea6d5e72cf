//! The embed's start-up only: report panics on the console, then mount every widget on the
//! page, now and as more are added.

fn main() {
    std::panic::set_hook(Box::new(|_| {
        // A fixed message keeps the panic formatting machinery out of the release module.
        soleus::ui::warn("Soleus widget: internal error.");
    }));
    #[cfg(target_arch = "wasm32")]
    soleus::embed::start();
}

// Talc in place of the default dlmalloc: a smaller module and faster allocation. Only the
// embed binary chooses it; an app using the library keeps its own allocator.
#[cfg(all(not(target_feature = "atomics"), target_family = "wasm"))]
#[global_allocator]
static ALLOCATOR: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();
