// The widget's loader, published as soleus-widget.js. It is bundled with the wasm-bindgen
// glue at build time (scripts/post-build.mjs) and finds the wasm beside its own URL, so
// `<script type="module" src=".../soleus-widget.js">` works from any folder or origin.
//
// It never throws into the host page: without WebAssembly, or if loading fails, the host
// elements keep their fallback content and one warning goes to the console.
import init from "./soleus.js";

/**
 * Whether any widget on the page asks for a language other than English, by its `data-lang`
 * or else the page's `lang` (the same primary-subtag rule as the widget's own reading). Only
 * then is the larger all-languages module worth its bytes.
 */
function needsAllLanguages() {
  const pageLang = document.documentElement.getAttribute("lang") || "";
  for (const host of document.querySelectorAll("[data-soleus-widget]")) {
    const tag = host.getAttribute("data-lang") || pageLang;
    if (tag.trim().split(/[-_]/)[0].toLowerCase() === "de") return true;
  }
  return false;
}

const supported =
  typeof WebAssembly === "object" && typeof WebAssembly.instantiate === "function";

/**
 * Resolves to the module's exports once every widget on the page has mounted, or to
 * `undefined` if the widget could not start. Pages rarely need it; the benchmark reads the
 * module's memory through it.
 */
export const ready = supported
  ? init({
      module_or_path: new URL(
        needsAllLanguages() ? "soleus_all_bg.wasm" : "soleus_bg.wasm",
        import.meta.url,
      ),
    }).catch(() => {
      console.warn("Soleus widget: could not load; showing the page's fallback text.");
      return undefined;
    })
  : Promise.resolve(undefined);

if (!supported) {
  console.warn("Soleus widget: WebAssembly is not available; showing the page's fallback text.");
}
