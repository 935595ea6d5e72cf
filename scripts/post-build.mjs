// Trunk post-build hook: bundles the loader with the wasm-bindgen glue into one minified
// soleus-widget.js next to soleus_bg.wasm, then removes the unbundled glue.
import { build } from "esbuild";
import { copyFile, rm } from "node:fs/promises";
import { join, resolve } from "node:path";

const staging = process.env.TRUNK_STAGING_DIR;
if (!staging) {
  console.error("post-build: TRUNK_STAGING_DIR is not set; run through trunk build.");
  process.exit(1);
}

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
  logLevel: "warning",
});
await rm(entry);
await rm(join(staging, "soleus.js"));
