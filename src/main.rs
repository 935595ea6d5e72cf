//! Start-up only: report panics on the console, then mount every widget on the page, now
//! and as more are added.

fn main() {
    std::panic::set_hook(Box::new(|_| {
        // A fixed message keeps the panic formatting machinery out of the release module.
        web_sys::console::error_1(&"Soleus widget: internal error.".into());
    }));
    #[cfg(target_arch = "wasm32")]
    soleus::embed::start();
}
