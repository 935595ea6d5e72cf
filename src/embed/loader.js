// The widget's loader, published as soleus-widget.js. It is bundled with the wasm-bindgen
// glue at build time (scripts/post-build.mjs) and finds the wasm beside its own URL, so
// `<script type="module" src=".../soleus-widget.js">` works from any folder or origin.
//
// It loads lazily: the module is fetched only when a widget comes within about one viewport
// of being visible (or at once for a widget with data-load="eager", or without
// IntersectionObserver). Until then each host keeps its fallback text and its space is
// reserved (style/soleus-widget.css), so the page does not jump when the widget appears.
//
// It never throws into the host page: without WebAssembly, or if loading fails, the host
// elements keep their fallback content and one warning goes to the console.
import init from "./soleus.js";
// style/soleus-widget.css without its comments, written here by the build.
import reservation from "./soleus-reservation.css";

const HOSTS = "[data-soleus-widget]";

/** Warns on the console, if the page has a working one. */
function warn(message) {
  try {
    if (typeof console === "object" && typeof console.warn === "function") console.warn(message);
  } catch {
    // A page that broke its console gets no warning, and no error either.
  }
}

/**
 * Whether any widget on the page asks for a language other than English, by its `data-lang`
 * or else the page's `lang` (the same primary-subtag rule as the widget's own reading). Only
 * then is the larger all-languages module worth its bytes.
 */
function needsAllLanguages() {
  const pageLang = document.documentElement.getAttribute("lang") || "";
  for (const host of document.querySelectorAll(HOSTS)) {
    const tag = host.getAttribute("data-lang") || pageLang;
    if (tag.trim().split(/[-_]/)[0].toLowerCase() === "de") return true;
  }
  return false;
}

const supported =
  typeof WebAssembly === "object" && typeof WebAssembly.instantiate === "function";

let resolveReady;
/**
 * Resolves to the module's exports once it has loaded and mounted every widget, or to
 * `undefined` if the widget could not start. Pages rarely need it; the benchmark reads the
 * module's memory through it.
 */
export const ready = new Promise((resolve) => {
  resolveReady = resolve;
});

/**
 * Reserves each waiting widget's space with the rules of soleus-widget.css (bundled as text),
 * as a constructed stylesheet, which a strict style-src allows. The rules stop applying as
 * soon as a widget is drawn, when it is at least as tall. Pages that link the stylesheet
 * themselves have the space reserved from their first paint; this covers the rest.
 */
function reserveSpace() {
  try {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(reservation);
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
  } catch {
    // A browser without constructed stylesheets reserves nothing; the widget still works.
  }
}

/** Gives every host its own height back: the fallback text is all there will be. */
function releaseAll() {
  for (const host of document.querySelectorAll(HOSTS)) host.style.minHeight = "auto";
}

let started = false;
function load() {
  if (started) return;
  started = true;
  init({
    module_or_path: new URL(
      needsAllLanguages() ? "soleus_all_bg.wasm" : "soleus_bg.wasm",
      import.meta.url,
    ),
  }).then(resolveReady, () => {
    warn("Soleus widget: could not load; showing the page's fallback text.");
    releaseAll();
    resolveReady(undefined);
  });
}

function watch() {
  const hosts = () => document.querySelectorAll(HOSTS);
  const eager = () => document.querySelector(`${HOSTS}[data-load="eager"]`);
  // A widget already within a screen of the viewport loads at once, without waiting a frame
  // for the observer's first report.
  const nearNow = [...hosts()].some((host) => {
    const box = host.getBoundingClientRect();
    return box.bottom >= -innerHeight && box.top <= 2 * innerHeight && box.height + box.width > 0;
  });
  if (typeof IntersectionObserver !== "function" || eager() || nearNow) {
    load();
    return;
  }
  const near = new IntersectionObserver(
    (entries) => {
      if (entries.some((entry) => entry.isIntersecting)) {
        near.disconnect();
        added.disconnect();
        load();
      }
    },
    { rootMargin: "100% 0px" },
  );
  const seen = new WeakSet();
  const observeHosts = () => {
    for (const host of hosts()) {
      if (seen.has(host)) continue;
      seen.add(host);
      near.observe(host);
    }
    if (eager()) {
      near.disconnect();
      added.disconnect();
      load();
    }
  };
  // Widgets added before the module loads (single-page blogs) are watched too; once it has
  // loaded, the module mounts later widgets itself.
  const added = new MutationObserver(observeHosts);
  added.observe(document.documentElement, { childList: true, subtree: true });
  observeHosts();
}

if (supported) {
  reserveSpace();
  watch();
} else {
  warn("Soleus widget: WebAssembly is not available; showing the page's fallback text.");
  releaseAll();
  resolveReady(undefined);
}
