// The configurator: a clinic owner fills in the form, a real widget previews the result, and
// the page writes the three snippets (script tag, iframe, JavaScript API).
//
// The warnings beside the fields are the widget's own: each preview is mounted with the
// form's values, and what the widget writes to the console while it reads them (messages
// that name the attribute, such as "data-booking-url") is shown beside that field. So the
// page never copies the widget's rules; it shows what the embed itself would refuse.
import { mount, ready } from "./soleus-widget.js";

/** The form's fields that are widget options: the attribute's name without `data-`. */
const FIELDS = ["clinic-name", "booking-url", "emergency-number", "urgent-number", "lang", "sections", "theme", "accent"];
/** Values the widget uses anyway, left out of the snippets to keep them short. */
const DEFAULTS = { sections: "both", theme: "auto" };
/** What the host element shows until the widget starts, or if it cannot. */
const FALLBACK = "An interactive guide to the soleus and gastrocnemius calf muscles.";

const $ = (id) => document.getElementById(id);
const preview = $("preview");

/** `clinic-name` → `clinicName`, the JavaScript API's name of an option. */
const camel = (name) => name.replace(/-([a-z])/g, (_, letter) => letter.toUpperCase());

/** The form's option values that are set, by attribute name without `data-`. */
function formValues() {
  const values = {};
  for (const name of FIELDS) {
    const value = $(name).value.trim();
    if (value !== "" && DEFAULTS[name] !== value) values[name] = value;
  }
  return values;
}

/** The folder the snippets load the files from; this page's own folder unless changed. */
function baseAddress() {
  const typed = $("base").value.trim();
  try {
    // A typed address must be whole: "your-site.example/soleus" is not read as a folder
    // below this page.
    const url = typed ? new URL(typed) : new URL(".", location.href);
    if (url.protocol !== "https:" && url.protocol !== "http:") throw new Error("not http");
    showWarning("base", "");
    return url.href.replace(/\/?$/, "");
  } catch {
    showWarning("base", "This is not a full web address (https://…); the snippets use this page's folder instead.");
    return new URL(".", location.href).href.replace(/\/$/, "");
  }
}

function showWarning(name, message) {
  const field = $(name);
  const warning = $(`${name}-warning`);
  warning.textContent = message;
  warning.hidden = message === "";
  if (message === "") field.removeAttribute("aria-invalid");
  else field.setAttribute("aria-invalid", "true");
}

let handle;
/**
 * Mounts the preview with `values` and returns the widget's console warnings from reading
 * them. (Once the module has loaded, mounting runs at once, so the warnings are caught here.)
 */
function mountPreview(values) {
  const options = Object.fromEntries(Object.entries(values).map(([name, value]) => [camel(name), value]));
  const warnings = [];
  const original = console.warn;
  console.warn = (...parts) => warnings.push(parts.join(" "));
  try {
    handle = mount(preview, options);
  } finally {
    console.warn = original;
  }
  return warnings;
}

const escapeHtml = (text) =>
  text.replaceAll("&", "&amp;").replaceAll('"', "&quot;").replaceAll("<", "&lt;").replaceAll(">", "&gt;");

/** The snippets for `values` (only those the widget accepts) and the files at `base`. */
function snippets(values, base) {
  const entries = Object.entries(values);
  const attributes = entries.map(([name, value]) => `\n     data-${name}="${escapeHtml(value)}"`).join("");
  const script = `<link rel="stylesheet" href="${escapeHtml(base)}/soleus-widget.css">
<script type="module" src="${escapeHtml(base)}/soleus-widget.js"></script>
<div data-soleus-widget${attributes}>
  ${FALLBACK}
</div>`;

  const query = new URLSearchParams(entries).toString();
  const frame = `<iframe data-soleus-frame title="Soleus calf explorer" style="width:100%;height:720px;border:0"
        src="${escapeHtml(`${base}/embed.html${query ? `?${query}` : ""}`)}"></iframe>
<script src="${escapeHtml(base)}/soleus-frame.js"></script>`;

  // JSON is a JavaScript literal; "<" is escaped so no value can close the script element.
  const literal = (value) => JSON.stringify(value).replaceAll("<", "\\u003c");
  const options = entries.map(([name, value]) => `\n    ${camel(name)}: ${literal(value)},`).join("");
  const api = `<div id="soleus-calf">${FALLBACK}</div>
<script type="module">
  import { mount } from ${literal(`${base}/soleus-widget.js`)};
  const handle = mount(document.getElementById("soleus-calf"), {${options}${options ? "\n  " : ""}});
  // handle.unmount() removes the widget again.
</script>`;
  return { script, frame, api };
}

/** Reads the form, previews it, shows the widget's warnings and writes the snippets. */
function update() {
  const values = formValues();
  const warnings = mountPreview(values);
  const refused = [];
  for (const name of FIELDS) {
    const said = warnings.filter((message) => message.includes(`data-${name};`) || message.includes(`data-${name} `));
    if (said.length > 0 && name in values) {
      refused.push($(name).labels[0].textContent);
      delete values[name];
      showWarning(name, `${said.join(" ")} It is left out of the snippets until it is fixed.`);
    } else {
      showWarning(name, "");
    }
  }
  const leftOut = $("left-out");
  leftOut.textContent = refused.length ? `Left out, because the widget refuses them: ${refused.join(", ")}.` : "";
  leftOut.hidden = refused.length === 0;

  const { script, frame, api } = snippets(values, baseAddress());
  $("snippet-script").textContent = script;
  $("snippet-iframe").textContent = frame;
  $("snippet-api").textContent = api;
}

/** Typing waits for a pause before the preview starts again; choices apply at once. */
let typing = 0;
$("settings").addEventListener("input", (event) => {
  if (event.target.id === "accent-picker") $("accent").value = event.target.value;
  clearTimeout(typing);
  typing = setTimeout(update, event.target.tagName === "SELECT" ? 0 : 400);
});
$("accent").addEventListener("change", () => {
  if (/^#[0-9a-f]{6}$/i.test($("accent").value.trim())) $("accent-picker").value = $("accent").value.trim();
});
$("settings").addEventListener("submit", (event) => event.preventDefault());

for (const button of document.querySelectorAll("[data-copy]")) {
  button.addEventListener("click", async () => {
    const code = $(button.dataset.copy);
    const status = $("copy-status");
    try {
      await navigator.clipboard.writeText(code.textContent);
      status.textContent = "Copied. Paste it into your page's HTML.";
    } catch {
      // No clipboard here (an insecure page, a refused permission): select it for Ctrl+C.
      getSelection().selectAllChildren(code);
      status.textContent = "Selected: press Ctrl+C (⌘C on a Mac) to copy it.";
    }
  });
}

$("base").placeholder = new URL(".", location.href).href.replace(/\/$/, "");

// The preview can be in any language, so the first mount asks for German: the loader then
// chooses the module with every language. The form's own values replace it at once.
mountPreview({ lang: "de" });
update();
ready.then((exports) => {
  $("preview-status").textContent = exports
    ? "The preview is the real widget, with your details."
    : "This browser cannot run the widget (no WebAssembly); the snippets still work for your readers.";
  // Mounting runs at once from now on, so the widget's warnings can be caught.
  if (exports) update();
});
