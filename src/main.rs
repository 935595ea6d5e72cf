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
