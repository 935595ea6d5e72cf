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
import init, { mountWidget, unmountWidget } from "./soleus.js";
// style/soleus-widget.css without its comments, written here by the build.
import reservation from "./soleus-reservation.css";

const HOSTS = "[data-soleus-widget]";

/**
 * The loader already on the page, if this is a second copy (the snippet pasted twice, two
 * URLs): this copy then stands down and hands its calls to the first, so there is one module
 * and one `soleus:ready` per host.
 */
const LOADER = Symbol.for("soleus.loader");
const first = globalThis[LOADER];

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
  const tags = [...document.querySelectorAll(HOSTS)].map((host) => host.getAttribute("data-lang"));
  for (const tag of [...tags, ...apiLanguages]) {
    if ((tag || pageLang).trim().split(/[-_]/)[0].toLowerCase() === "de") return true;
  }
  return false;
}

const supported =
  typeof WebAssembly === "object" && typeof WebAssembly.instantiate === "function";

/** The languages asked for through `Soleus.mount` before the module was chosen. */
const apiLanguages = [];

let resolveReady;
/**
 * Resolves to the module's exports once it has loaded and mounted every widget, or to
 * `undefined` if the widget cannot start on this page (no WebAssembly). A
 * module that failed to download is tried again, so `ready` waits for that. Pages rarely need
 * it; the benchmark reads the module's memory through it.
 */
export const ready = first
  ? first.ready
  : new Promise((resolve) => {
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

/** Gives `hosts` their own height back: their fallback text is what shows. The reservation's
 * rules apply only to hosts without a state, and a later successful load mounts them all the
 * same. */
function release(hosts) {
  for (const host of hosts) host.setAttribute("data-soleus-state", "failed");
}

/** Whether `host` could be seen: not inside a closed `<details>` or a hidden subtree. */
function shown(host) {
  return typeof host.checkVisibility !== "function" || host.checkVisibility();
}

/** Whether `host` is within about a screen of the viewport, and could be seen. */
function nearNow(host) {
  const box = host.getBoundingClientRect();
  return box.bottom >= -innerHeight && box.top <= 2 * innerHeight && box.height + box.width > 0 && shown(host);
}

// Loading: "idle" until a widget comes near, "loading", then "loaded"; after a failure
// (offline, a blocked or broken file) "failed", and tried again on the next host added, the
// next `Soleus.mount`, a widget coming near or the browser coming back online, waiting 1 s,
// 2 s, 4 s… (at most a minute) between tries. A module from another build (files of two
// releases side by side) is "mismatched": trying again cannot help, so nothing is retried.
let loading = "idle";
/**
 * The loaded module's wasm-bindgen glue: the bundled English one, or soleus_all.js. (Named
 * imports, not the glue's namespace, so the bundle keeps only what the loader calls.)
 */
const englishGlue = { default: init, mountWidget, unmountWidget };
let glue = englishGlue;
let failures = 0;
let retryAt = 0;
let retryTimer = 0;
/** Mounts asked for through the API, run once the module has loaded. */
const whenLoaded = [];
/** Stops watching for hosts once the module has loaded (it watches for itself). */
let stopWatching = () => {};

/**
 * Fetches the module. A failure here is the network's or the file's, so it is tried again
 * later. The glue compiles the response as it streams in (`instantiateStreaming`) when the host
 * sends it as `application/wasm`, which is also what lets a returning reader's browser reuse
 * the machine code it compiled last time.
 */
async function fetchModule(url) {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${response.status} for ${url}`);
  return response;
}

function load() {
  if (loading === "loading" || loading === "loaded" || loading === "mismatched") return;
  if (loading === "failed") {
    const wait = retryAt - Date.now();
    if (wait > 0) {
      retryTimer ||= setTimeout(() => {
        retryTimer = 0;
        load();
      }, wait);
      return;
    }
  }
  loading = "loading";
  // The all-languages module has its own glue, fetched beside it only when a page needs it,
  // at the same time as the module.
  const all = needsAllLanguages();
  const chosenGlue = all ? import(new URL("soleus_all.js", import.meta.url).href) : Promise.resolve(englishGlue);
  const fetched = fetchModule(new URL(all ? "soleus_all_bg.wasm" : "soleus_bg.wasm", import.meta.url));
  Promise.all([chosenGlue, fetched])
    .then(([chosen, response]) => {
      glue = chosen;
      return glue.default({ module_or_path: response }).catch((error) => {
        // A file cut short compiles with an error, and is tried again. A module that compiles
        // but will not start with this glue was built with another: trying again cannot help.
        if (error instanceof WebAssembly.CompileError) throw error;
        throw Object.assign(new Error("the module does not match its glue"), { mismatch: true, cause: error });
      });
    })
    .then(
    (exports) => {
      loading = "loaded";
      stopWatching();
      if (failures > 0) warn("Soleus widget: loaded on a later try; the widgets have started.");
      resolveReady(exports);
      for (const run of whenLoaded.splice(0)) run();
    },
    (error) => {
      if (error?.mismatch) {
        loading = "mismatched";
        warn(
          "Soleus widget: soleus-widget.js and its module come from different releases; " +
            "showing the page's fallback text. Copy all of the widget's files from one release.",
        );
        release(document.querySelectorAll(HOSTS));
        return;
      }
      loading = "failed";
      failures += 1;
      retryAt = Date.now() + Math.min(60000, 1000 * 2 ** (failures - 1));
      if (failures === 1) {
        warn(
          "Soleus widget: could not load; showing the page's fallback text. It tries again " +
            "when a widget is added or comes into view, or the browser is back online.",
        );
      }
      release(document.querySelectorAll(HOSTS));
    },
  );
}

function watch() {
  // Only HTML elements hold a widget: an <svg> host is refused, and loads nothing.
  const hosts = () => [...document.querySelectorAll(HOSTS)].filter((host) => host instanceof HTMLElement);
  // A shared link names a widget in the fragment (`#soleus-<id>=…`, or in a hash route's
  // query): that widget loads at once, to open in view with its result.
  const shared = /(^#|[?&])soleus-/.test(location.hash);
  const io = typeof IntersectionObserver === "function";
  const near = io
    ? new IntersectionObserver(
        (entries) => {
          if (entries.some((entry) => entry.isIntersecting && shown(entry.target))) load();
        },
        { rootMargin: "100% 0px" },
      )
    : null;
  const seen = new WeakSet();
  const observeHosts = () => {
    let added = false;
    for (const host of hosts()) {
      if (seen.has(host)) continue;
      seen.add(host);
      added = true;
      near?.observe(host);
      if (loading === "failed" || loading === "mismatched") release([host]);
    }
    // An eager widget loads at once; after a failure, a new host is the cue to try again.
    if (document.querySelector(`${HOSTS}[data-load="eager"]`) || (added && loading === "failed")) load();
  };
  // Widgets added before the module loads (single-page blogs) are watched too; once it has
  // loaded, the module mounts later widgets itself. Many changes in one task cost one look.
  let due = false;
  const added = new MutationObserver(() => {
    if (due) return;
    due = true;
    setTimeout(() => {
      due = false;
      observeHosts();
    });
  });
  added.observe(document.documentElement, { childList: true, subtree: true });
  // A closed <details> opened, with a widget inside that is now near.
  const opened = (event) => {
    if (event.target.open && [...event.target.querySelectorAll(HOSTS)].some(nearNow)) load();
  };
  document.addEventListener("toggle", opened, true);
  const online = () => {
    if (document.querySelector(HOSTS)) load();
  };
  addEventListener("online", online);
  stopWatching = () => {
    near?.disconnect();
    added.disconnect();
    document.removeEventListener("toggle", opened, true);
    removeEventListener("online", online);
  };
  observeHosts();
  // A widget already within a screen of the viewport loads at once, without waiting a frame
  // for the observer's first report.
  if (!io || shared || hosts().some(nearNow)) load();
}

/** The widget cannot start on this page: the fallback text stays, with one warning. */
function fallBack(why) {
  warn(`Soleus widget: ${why}; showing the page's fallback text.`);
  release(document.querySelectorAll(HOSTS));
  resolveReady(undefined);
}

/** Why the widget cannot start on this page, or "" when it can. */
const cannotStart = supported ? "" : "WebAssembly is not available";

if (first) {
  warn("Soleus widget: the loader is included twice on this page; the second copy does nothing.");
} else if (cannotStart) {
  fallBack(cannotStart);
} else {
  reserveSpace();
  watch();
}

/** The option names `Soleus.mount` accepts: the attributes' names (src/embed/config.rs)
 * in camelCase without `data-`, plus `id`. */
const OPTIONS = new Set([
  "lang", "sections", "knee", "theme", "accent", "clinicName", "bookingUrl", "shareUrl", "emergencyNumber",
  "urgentNumber", "remember", "motion", "presenter", "id",
]);

/** `options` as the attributes the widget reads (`clinicName` → `data-clinic-name`), values
 * as strings; unknown names, values that are not a string, number or true/false (an array,
 * an object) and values whose getter throws are ignored with a warning each, as wrong
 * attributes are, and every other value is kept. */
function attributesOf(options) {
  // No prototype: a host page whose Object.prototype was polluted cannot slip a value in.
  const attributes = Object.create(null);
  if (options === undefined || options === null) return attributes;
  let keys = [];
  try {
    keys = Object.keys(options);
  } catch {
    warn("Soleus.mount: the options could not be read; the defaults are used.");
  }
  for (const key of keys) {
    if (!OPTIONS.has(key)) {
      warn(`Soleus.mount: the option "${key}" is not one the widget knows; it is ignored.`);
      continue;
    }
    let value;
    try {
      value = options[key];
    } catch {
      warn(`Soleus.mount: the option "${key}" could not be read; its default is used.`);
      continue;
    }
    if (value === undefined || value === null) continue;
    if (!["string", "number", "boolean"].includes(typeof value)) {
      warn(`Soleus.mount: the option "${key}" must be a string, a number or true/false; its default is used.`);
      continue;
    }
    const name = key === "id" ? "id" : "data-" + key.replace(/[A-Z]/g, (c) => "-" + c.toLowerCase());
    attributes[name] = String(value);
  }
  return attributes;
}

/** Each element's current handle: only the latest mount's handle can unmount it. */
const current = new WeakMap();

/**
 * Mounts a widget into `element` (any HTML element: inside a shadow root, created by React,
 * Vue or Svelte) with `options` named as the attributes are (`{ lang: "de", knee: 90,
 * clinicName: "…" }`), checked the same way. Returns `{ unmount() }` at once; the module
 * loads if it has not. Mounting the same element again replaces its widget. Never throws.
 */
export function mount(element, options) {
  if (first) return first.mount(element, options);
  const attributes = attributesOf(options);
  let state = "waiting";
  const handle = {
    unmount() {
      if (state === "mounted" && current.get(element) === handle) {
        try {
          glue.unmountWidget(element);
        } catch {
          // Nothing to undo: the widget was already gone.
        }
      }
      state = "gone";
    },
  };
  if (cannotStart) {
    warn(`Soleus.mount: ${cannotStart}; the element keeps its content.`);
    return handle;
  }
  try {
    current.set(element, handle);
  } catch {
    warn("Soleus.mount: the element must be an HTML element such as a <div>.");
    return handle;
  }
  apiLanguages.push(attributes["data-lang"]);
  const start = () => {
    if (state !== "waiting" || current.get(element) !== handle) return;
    try {
      state = glue.mountWidget(element, attributes) ? "mounted" : "gone";
    } catch {
      state = "gone";
    }
  };
  if (loading === "loaded") start();
  else whenLoaded.push(start);
  load();
  return handle;
}

if (!first) {
  const api = Object.freeze({ mount, ready });
  try {
    globalThis[LOADER] = api;
    // Defined, not assigned: an element with id="Soleus" is a named property of the window
    // (not its own), which must not hide the API. A page's own `Soleus` is left alone.
    if (Object.getOwnPropertyDescriptor(globalThis, "Soleus") === undefined) {
      Object.defineProperty(globalThis, "Soleus", { value: api, configurable: true });
    } else {
      warn('Soleus widget: the page already defines "Soleus"; use `import { mount } from ".../soleus-widget.js"`.');
    }
  } catch {
    warn("Soleus widget: the API could not be defined on this page.");
  }
}
