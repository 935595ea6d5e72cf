// Trunk post-build hook: optimises the module, bundles the loader with the wasm-bindgen glue into one minified
// soleus-widget.js next to soleus_bg.wasm (English only, what most pages load), builds
// soleus_all_bg.wasm (every language, loaded only by pages that ask for another), then
// removes the unbundled glue.
import { build, transform } from "esbuild";
import { execFileSync } from "node:child_process";
import { copyFile, mkdir, readFile, rm, writeFile } from "node:fs/promises";
import { join, resolve } from "node:path";

const staging = process.env.TRUNK_STAGING_DIR;
if (!staging) {
  console.error("post-build: TRUNK_STAGING_DIR is not set; run through trunk build.");
  process.exit(1);
}

// The loader's name stays stable for clinics' snippets; its banner says which version it is.
const manifest = await readFile("Cargo.toml", "utf8");
const version = /^version = "([^"]+)"/m.exec(manifest)?.[1] ?? "unknown";

const entry = join(staging, "soleus-loader-entry.js");
await copyFile(resolve("src/embed/loader.js"), entry);
// The loader reserves widgets' space with the same rules pages can link; it carries them as
// text, minified by esbuild.
const reservationCss = join(staging, "soleus-reservation.css");
const reservation = await readFile(resolve("style/soleus-widget.css"), "utf8");
const minified = await transform(reservation, { loader: "css", minify: true, target: "chrome105" });
await writeFile(reservationCss, minified.code.trim());
await build({
  entryPoints: [entry],
  outfile: join(staging, "soleus-widget.js"),
  bundle: true,
  format: "esm",
  minify: true,
  target: "es2020",
  legalComments: "none",
  banner: { js: `/* soleus-widget ${version} */` },
  loader: { ".css": "text" },
  logLevel: "warning",
});
await rm(entry);
await rm(reservationCss);

// The all-languages module: the same code with the default features (German words too), in
// its own target folder so that both builds stay cached. One glue serves both modules, so
// the build fails if their glue differs in anything but the names below.
const run = (command, args) => execFileSync(command, args, { stdio: "inherit" });
const allTarget = resolve("target/all-languages");
run("cargo", [
  "build", "--release", "--offline", "--bin", "soleus",
  "--target", "wasm32-unknown-unknown", "--target-dir", allTarget,
]);
const bindgenOut = join(allTarget, "bindgen");
await mkdir(bindgenOut, { recursive: true });
run("wasm-bindgen", [
  "--target", "web", "--no-typescript", "--out-name", "soleus", "--out-dir", bindgenOut,
  join(allTarget, "wasm32-unknown-unknown/release/soleus.wasm"),
]);
const englishGlue = await readFile(join(staging, "soleus.js"), "utf8");
const allGlue = await readFile(join(bindgenOut, "soleus.js"), "utf8");
// Exported closure shims carry a hash that changes with the crate's features. The two glues
// list them in the same order, so the all-languages module's exports are renamed to the
// English names (same length, so no offset in the module moves), through unique temporary
// names in case the two sets overlap.
const shims = (glue) => [...glue.matchAll(/__invoke__h[0-9a-f]{16}/g)].map((m) => m[0]);
const [englishShims, allShims] = [shims(englishGlue), shims(allGlue)];
const rename = new Map();
allShims.forEach((name, i) => rename.set(name, englishShims[i]));
let renamedGlue = allGlue;
for (const [from, to] of rename) renamedGlue = renamedGlue.replaceAll(from, to);
// Comments (which name internal shim numbers) differ between builds; the minified loader
// drops them, so only the code must match.
const code = (glue) => glue.replace(/^\s*\/\/.*$/gm, "");
if (englishShims.length !== allShims.length || code(renamedGlue) !== code(englishGlue)) {
  console.error("post-build: the all-languages module needs different glue; cannot share it.");
  process.exit(1);
}
const allModule = join(bindgenOut, "soleus_bg.wasm");
let bytes = await readFile(allModule);
const replaceAll = (buffer, from, to) => {
  const [needle, replacement] = [Buffer.from(from), Buffer.from(to)];
  for (let at = buffer.indexOf(needle); at !== -1; at = buffer.indexOf(needle, at + 1)) {
    replacement.copy(buffer, at);
  }
  return buffer;
};
[...rename].forEach(([from], i) => {
  bytes = replaceAll(bytes, from, `__invoke__z${String(i).padStart(16, "0")}`);
});
[...rename].forEach(([, to], i) => {
  bytes = replaceAll(bytes, `__invoke__z${String(i).padStart(16, "0")}`, to);
});
await writeFile(allModule, bytes);
// Both modules are optimised here rather than by Trunk (index.html sets data-wasm-opt="0"):
// flattening and re-looping before two -Oz rounds makes the module about 1 KB smaller
// (brotli) than -Oz alone; merging similar functions and repeating until nothing shrinks
// (--converge) takes about 0.4 KB more, for about 20 s of build time each.
const optimise = (input, output) =>
  run("wasm-opt", [
    "--enable-bulk-memory", "--enable-nontrapping-float-to-int", "--enable-sign-ext",
    "--enable-mutable-globals", "--enable-reference-types", "--enable-multivalue",
    "--flatten", "--rereloop", "-Oz", "-Oz", "--merge-similar-functions", "-Oz", "--converge",
    input, "-o", output,
  ]);
optimise(join(staging, "soleus_bg.wasm"), join(staging, "soleus_bg.wasm"));
optimise(join(bindgenOut, "soleus_bg.wasm"), join(staging, "soleus_all_bg.wasm"));
// A view whose subtree has only literal attributes is built by the renderer from an HTML string
// (`innerHTML`), which pages that require Trusted Types refuse. Such markup is in the module's
// data as `<tag name="value"`; the build stops and names it, so the widget keeps starting there.
for (const name of ["soleus_bg.wasm", "soleus_all_bg.wasm"]) {
  const data = (await readFile(join(staging, name))).toString("latin1");
  const markup =
    data.match(/<[a-zA-Z][\w-]*(?: [\w:-]+="[^"]*")+\s*\/?>/) ?? data.match(/<([a-zA-Z][\w-]*)>[^<]*<\/\1>/);
  if (markup) {
    console.error(`post-build: ${name} builds markup from an HTML string, which Trusted Types pages refuse: ${markup[0].slice(0, 80)}`);
    console.error("Give one of its attributes a named constant instead of a literal (see src/ui/explorer/diagram.rs).");
    process.exit(1);
  }
}
await rm(join(staging, "soleus.js"));
