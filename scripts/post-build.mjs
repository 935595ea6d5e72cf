// Trunk post-build hook: bundles the loader with the wasm-bindgen glue into one minified
// soleus-widget.js next to soleus_bg.wasm, then removes the unbundled glue.
import { build } from "esbuild";
import { copyFile, readFile, rm } from "node:fs/promises";
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
await build({
  entryPoints: [entry],
  outfile: join(staging, "soleus-widget.js"),
  bundle: true,
  format: "esm",
  minify: true,
  target: "es2020",
  legalComments: "none",
  banner: { js: `/* soleus-widget ${version} */` },
  logLevel: "warning",
});
await rm(entry);
await rm(join(staging, "soleus.js"));
