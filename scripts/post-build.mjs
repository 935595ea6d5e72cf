// Trunk post-build hook: optimises the module, bundles the loader with the wasm-bindgen glue into one minified
// soleus-widget.js next to soleus_bg.wasm (English only, what most pages load), builds
// soleus_all_bg.wasm with its own glue soleus_all.js (every language, loaded only by pages
// that ask for another), then removes the unbundled glue.
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
// its own target folder so that both builds stay cached, with its own wasm-bindgen glue
// (soleus_all.js), which the loader imports only on pages that ask for another language.
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
await build({
  entryPoints: [join(bindgenOut, "soleus.js")],
  outfile: join(staging, "soleus_all.js"),
  format: "esm",
  minify: true,
  target: "es2020",
  legalComments: "none",
  logLevel: "warning",
});
const allModule = join(bindgenOut, "soleus_bg.wasm");
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
optimise(allModule, join(staging, "soleus_all_bg.wasm"));
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
