// The npm package for single-page sites: release/soleus-widget-<version>.tgz, made by
// `npm pack` from the built files, the API's types (npm/index.d.ts) and npm/README.md.
//
//   node scripts/npm-package.mjs [dist]
//
// `make release` runs it after the bundle; the end-to-end tests install the tarball.
import { execFileSync } from "node:child_process";
import { copyFile, mkdir, readFile, rm, writeFile } from "node:fs/promises";
import { join, resolve } from "node:path";

/** The built files the package carries: the loader, both modules, the optional stylesheet. */
export const NPM_FILES = [
  "soleus-widget.js",
  "soleus_bg.wasm",
  "soleus_quiz.wasm",
  "soleus_all.js",
  "soleus_all_bg.wasm",
  "soleus_all_quiz.wasm",
  "soleus-widget.css",
];

const dist = resolve(process.argv[2] ?? "dist");
const version = /^version = "([^"]+)"/m.exec(await readFile("Cargo.toml", "utf8"))?.[1];
if (!version) {
  console.error("npm-package: Cargo.toml has no version");
  process.exit(1);
}

const staging = resolve("target", "npm", "soleus-widget");
await rm(staging, { recursive: true, force: true });
await mkdir(staging, { recursive: true });
for (const file of NPM_FILES) await copyFile(join(dist, file), join(staging, file));
await copyFile("npm/index.d.ts", join(staging, "index.d.ts"));
await copyFile("npm/README.md", join(staging, "README.md"));
await copyFile("LICENSE", join(staging, "LICENSE"));
await copyFile("CHANGELOG.md", join(staging, "CHANGELOG.md"));

const manifest = {
  name: "soleus-widget",
  version,
  description:
    "An interactive calf-muscle education widget: soleus vs gastrocnemius, knee angle, a red-flag screening quiz and a strengthening circuit.",
  license: "MIT",
  keywords: ["physiotherapy", "calf", "soleus", "running", "education", "widget", "webassembly"],
  type: "module",
  main: "./soleus-widget.js",
  types: "./index.d.ts",
  exports: {
    ".": { types: "./index.d.ts", default: "./soleus-widget.js" },
    "./soleus-widget.css": "./soleus-widget.css",
    "./soleus_bg.wasm": "./soleus_bg.wasm",
    "./soleus_quiz.wasm": "./soleus_quiz.wasm",
    "./soleus_all.js": "./soleus_all.js",
    "./soleus_all_bg.wasm": "./soleus_all_bg.wasm",
    "./soleus_all_quiz.wasm": "./soleus_all_quiz.wasm",
    "./package.json": "./package.json",
  },
  // Importing the loader watches the page for `data-soleus-widget` hosts and defines
  // `window.Soleus`: a bundler must keep it even where only a type is imported.
  sideEffects: ["./soleus-widget.js"],
  files: [...NPM_FILES, "index.d.ts", "README.md", "LICENSE", "CHANGELOG.md"],
};
await writeFile(join(staging, "package.json"), `${JSON.stringify(manifest, null, 2)}\n`);

const out = resolve("release");
await mkdir(out, { recursive: true });
const packed = JSON.parse(
  execFileSync("npm", ["pack", "--json", "--pack-destination", out], { cwd: staging, encoding: "utf8" }),
)[0];
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
console.log(`npm-package: release/${packed.filename} (${kb(packed.size)} packed, ${kb(packed.unpackedSize)} unpacked)`);
for (const file of packed.files) console.log(`  ${file.path.padEnd(22)} ${kb(file.size)}`);
