// Trunk post-build hook: splits the quiz's steps out of the module (soleus_quiz.wasm, fetched
// when a reader nears or starts the quiz), optimises both, bundles the loader with the
// wasm-bindgen glue into one minified soleus-widget.js next to soleus_bg.wasm (English only,
// what most pages load), builds soleus_all_bg.wasm and soleus_all_quiz.wasm with their own glue
// soleus_all.js (every language, loaded only by pages that ask for another), then removes the
// unbundled glue.
import { build, transform } from "esbuild";
import { execFile, execFileSync } from "node:child_process";
import { promisify } from "node:util";
import { createHash } from "node:crypto";
import { copyFile, mkdir, readdir, readFile, rename, rm, writeFile } from "node:fs/promises";
import { join, resolve } from "node:path";
import { readLeb } from "./wasm-leb.mjs";

const staging = process.env.TRUNK_STAGING_DIR;
if (!staging) {
  console.error("post-build: TRUNK_STAGING_DIR is not set; run through trunk build.");
  process.exit(1);
}

// The loader's name stays stable for clinics' snippets; its banner says which version it is.
const manifest = await readFile("Cargo.toml", "utf8");
const version = /^version = "([^"]+)"/m.exec(manifest)?.[1] ?? "unknown";

const run = (command, args) => execFileSync(command, args, { stdio: "inherit" });
const execFileAsync = promisify(execFile);

/**
 * Splits `linked` (cargo's output, linked with `--emit-relocs`) at its `wasm_split` points
 * with wasm-split-cli, then runs wasm-bindgen on the main part with the linker's exports kept
 * (the quiz's module imports the main module's table and memory through them). Writes, in
 * `dir`: `<name>.js` (the glue), `__wasm_split.js` (the link module the glue imports, which
 * fetches `<name>_quiz.wasm` beside the page's copy of the loader), `<name>_bg.wasm` and
 * `<name>_quiz.wasm`, not yet optimised.
 */
async function splitAndBind(linked, dir, name) {
  await rm(dir, { recursive: true, force: true });
  await mkdir(dir, { recursive: true });
  run("wasm-split-cli", ["--out-name", name, linked, dir]);
  run("wasm-bindgen", [
    "--target", "web", "--no-typescript", "--keep-lld-exports", "--out-name", name, "--out-dir", dir,
    join(dir, `${name}.wasm`),
  ]);
  await rm(join(dir, `${name}.wasm`));
  await shortenImports(dir, name);
  await shortenExports(dir, name);
  const chunks = (await readdir(dir)).filter((file) => /^split_\w+\.wasm$/.test(file));
  if (chunks.length !== 1 || chunks[0] !== "split_quiz.wasm") {
    console.error(`post-build: expected the quiz's module alone from wasm-split-cli, found: ${chunks.join(", ") || "none"}`);
    process.exit(1);
  }
  await rename(join(dir, "split_quiz.wasm"), join(dir, `${name}_quiz.wasm`));
  // The link module fetches the quiz's module by name, and compiles it as it streams in only
  // when the host sends it as application/wasm (as the loader does for the main module); a
  // failed fetch rejects, so the widget says so and the next Start tries again.
  const link = join(dir, "__wasm_split.js");
  const streaming = "(WebAssembly.instantiateStreaming(src, imports))";
  let code = await readFile(link, "utf8");
  if (!code.includes('"./split_quiz.wasm"') || !code.includes(streaming)) {
    console.error("post-build: wasm-split-cli's link module has changed; check how it fetches the quiz's module.");
    process.exit(1);
  }
  code = code
    .replace('"./split_quiz.wasm"', `"./${name}_quiz.wasm"`)
    .replace(
      streaming,
      "(src.then((r) => !r.ok ? Promise.reject(new Error(`${r.status} for ${r.url}`)) : " +
        'r.headers.get("content-type") === "application/wasm" ? WebAssembly.instantiateStreaming(r, imports) : ' +
        "r.arrayBuffer().then((bytes) => WebAssembly.instantiate(bytes, imports))))",
    );
  await writeFile(link, code);
}

/** An unsigned LEB128 number. */
function leb(value) {
  const out = [];
  do {
    let byte = value & 0x7f;
    value = Math.floor(value / 128);
    if (value) byte |= 0x80;
    out.push(byte);
  } while (value);
  return Buffer.from(out);
}

/** A wasm name: its length, then its bytes. */
const wasmName = (text) => Buffer.concat([leb(Buffer.byteLength(text)), Buffer.from(text)]);

/**
 * `wasm` with section `id`'s contents replaced by what `rewrite(wasm, start, end)` returns for
 * them, or the section left out where it returns null (every other section copied as it is).
 */
function rewriteSection(wasm, id, rewrite) {
  const parts = [wasm.subarray(0, 8)];
  let at = 8;
  while (at < wasm.length) {
    const [size, body] = readLeb(wasm, at + 1);
    const end = body + size;
    if (wasm[at] === id) {
      const section = rewrite(wasm, body, end);
      if (section) parts.push(Buffer.from([id]), leb(section.length), section);
    } else {
      parts.push(wasm.subarray(at, end));
    }
    at = end;
  }
  return Buffer.concat(parts);
}

/**
 * Gives the functions the module imports from its glue short names, in the module and in the
 * glue alike. wasm-bindgen names each one after the browser API it wraps plus a 16-digit hash
 * (`__wbg_addEventListener_847fd86b8c33ec43`), about 200 of them, written once in each file;
 * the hashes do not compress. The import module's own name becomes a hash of the old names,
 * so a module and a glue from builds with other imports still refuse each other at
 * instantiation, as before (the loader tells a mismatch from a network failure by that).
 */
async function shortenImports(dir, name) {
  const wasmPath = join(dir, `${name}_bg.wasm`);
  const jsPath = join(dir, `${name}.js`);
  const wasm = await readFile(wasmPath);
  let js = await readFile(jsPath, "utf8");
  const glueModule = `./${name}_bg.js`;
  const renamed = new Map();
  let moduleHash;
  // The import section: each entry's module and field names are rewritten, its description
  // copied as it is.
  const rewritten = rewriteSection(wasm, 2, (wasm, body) => {
    let [count, p] = readLeb(wasm, body);
    const entries = [];
    const names = [];
    for (let i = 0; i < count; i += 1) {
      const [moduleLength, moduleAt] = readLeb(wasm, p);
      const module = wasm.subarray(moduleAt, moduleAt + moduleLength).toString();
      const [fieldLength, fieldAt] = readLeb(wasm, moduleAt + moduleLength);
      const field = wasm.subarray(fieldAt, fieldAt + fieldLength).toString();
      const descAt = fieldAt + fieldLength;
      const kind = wasm[descAt];
      let q = descAt + 1;
      if (kind === 0 || kind === 4) q = readLeb(wasm, kind === 4 ? q + 1 : q)[1];
      else if (kind === 1 || kind === 2) {
        if (kind === 1) q += 1;
        const flags = wasm[q];
        q = readLeb(wasm, q + 1)[1];
        if (flags & 1) q = readLeb(wasm, q)[1];
      } else if (kind === 3) q += 2;
      else throw new Error(`post-build: import kind ${kind} of ${module}.${field} is not known`);
      entries.push({ module, field, desc: wasm.subarray(descAt, q) });
      if (module === glueModule) names.push(field);
      p = q;
    }
    const alphabet = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";
    const short = (n) => (n < 52 ? alphabet[n] : short(Math.floor(n / 52) - 1) + alphabet[n % 52]);
    names.forEach((field, i) => renamed.set(field, short(i)));
    moduleHash = "s" + createHash("sha256").update(names.join(",")).digest("hex").slice(0, 8);
    return Buffer.concat([
      leb(count),
      ...entries.map(({ module, field, desc }) =>
        module === glueModule
          ? Buffer.concat([wasmName(moduleHash), wasmName(renamed.get(field)), desc])
          : Buffer.concat([wasmName(module), wasmName(field), desc]),
      ),
    ]);
  });
  const keys = `"${glueModule}":`;
  if (js.split(keys).length !== 2) throw new Error(`post-build: ${name}.js does not name ${glueModule} once`);
  js = js.replace(keys, `"${moduleHash}":`);
  // Each import is a key of the glue's import object, written once; anything else would be a
  // glue this step does not understand, and the build stops rather than guess.
  const seen = new Map();
  js = js.replace(/(?<![\w$])__wb(?:g|indgen)_[\w$]+(?![\w$])/g, (found) => {
    if (!renamed.has(found)) return found;
    seen.set(found, (seen.get(found) ?? 0) + 1);
    return renamed.get(found);
  });
  for (const field of renamed.keys()) {
    if (seen.get(field) !== 1) throw new Error(`post-build: ${name}.js names the import ${field} ${seen.get(field) ?? 0} times`);
  }
  // The glue also exports the classes of wasm-streams (which Leptos brings for server
  // functions, unused here), kept alive by the export, a `Symbol.dispose` line each and their
  // finalization registries: without those, and with the registries marked pure, the bundler
  // drops them (0.3 KB of the loader); `dropUnusedExports` then removes their functions from
  // the module (1.1 KB).
  js = js
    .replace(/^export class (IntoUnderlying\w+)/gm, "class $1")
    .replace(/^if \(Symbol\.dispose\) \w+\.prototype\[Symbol\.dispose\] = \w+\.prototype\.free;\n/gm, "")
    .replaceAll(": new FinalizationRegistry(", ": /* @__PURE__ */ new FinalizationRegistry(");
  await writeFile(wasmPath, rewritten);
  await writeFile(jsPath, js);
}

/**
 * The module `wasm` with its export section rewritten: `change(name)` gives each export's new
 * name, its own name to keep it as it is, or null to drop it.
 */
function rewriteExports(wasm, change) {
  return rewriteSection(wasm, 7, (wasm, body) => {
    let [count, p] = readLeb(wasm, body);
    const kept = [];
    for (let i = 0; i < count; i += 1) {
      const [length, nameAt] = readLeb(wasm, p);
      const name = wasm.subarray(nameAt, nameAt + length).toString();
      // The export's kind (one byte) and index (a LEB128) follow its name.
      const next = readLeb(wasm, nameAt + length + 1)[1];
      const changed = change(name);
      if (changed === name) kept.push(wasm.subarray(p, next));
      else if (changed !== null) kept.push(Buffer.concat([wasmName(changed), wasm.subarray(nameAt + length, next)]));
      p = next;
    }
    return Buffer.concat([leb(kept.length), ...kept]);
  });
}

/**
 * Gives the functions the glue calls in the module short names, in both: wasm-bindgen names
 * each closure's entry point with a 16-digit hash (`wasm_bindgen__convert__closures_____invoke__h…`)
 * that does not compress, and the glue reads every export as a property (`wasm.__wbindgen_malloc`),
 * which the minifier cannot rename (about 0.2 KB of the loader). The exports the link module and
 * the loader use by name (`memory`, the table, the split's shared global, `mountWidget`…) keep
 * theirs.
 */
async function shortenExports(dir, name) {
  const wasmPath = join(dir, `${name}_bg.wasm`);
  const jsPath = join(dir, `${name}.js`);
  let js = await readFile(jsPath, "utf8");
  // The glue reads each export it calls as `wasm.<name>`. One it names in any other way (a
  // string key) would be a glue this step does not understand, and the build stops rather
  // than guess.
  const read = new Set(js.match(/(?<=\bwasm\.)[\w$]+/g));
  const renamed = new Map();
  for (const exported of read) {
    if (!/^(wasm_bindgen__convert__closures_____invoke__\w+|__wbindgen_\w+|__externref_\w+)$/.test(exported)) continue;
    if (js.includes(`"${exported}"`) || js.includes(`'${exported}'`)) {
      throw new Error(`post-build: ${name}.js names the export ${exported} as a string`);
    }
    renamed.set(exported, `_${renamed.size.toString(36)}`);
  }
  const shortName = new Map(renamed);
  const rewritten = rewriteExports(await readFile(wasmPath), (exported) => {
    const short = renamed.get(exported) ?? exported;
    renamed.delete(exported);
    return short;
  });
  // Whatever is left was read by the glue but is not exported: not this glue's module.
  if (renamed.size) throw new Error(`post-build: ${name}.js reads ${[...renamed.keys()].join(", ")}, which the module does not export`);
  js = js.replace(/(?<=\bwasm\.)[\w$]+/g, (found) => shortName.get(found) ?? found);
  await writeFile(wasmPath, rewritten);
  await writeFile(jsPath, js);
}

/**
 * Removes from the module at `wasmPath` the exports of wasm-streams' classes (`intounderlying…`)
 * when the bundled glue at `jsPath` no longer calls them, so that wasm-opt can drop their code.
 */
async function dropUnusedExports(wasmPath, jsPath) {
  const unused = (name) => /^(__wbg_)?intounderlying/.test(name);
  const js = await readFile(jsPath, "utf8");
  if (/intounderlying/.test(js)) return;
  const rewritten = rewriteExports(await readFile(wasmPath), (name) => (unused(name) ? null : name));
  await writeFile(wasmPath, rewritten);
}

// The English module, which Trunk built with the `split` feature, split and bound again here
// (Trunk's own glue and module, made before the split, are replaced).
const english = resolve("target/split/en");
await splitAndBind(resolve("target/wasm32-unknown-unknown/release/soleus.wasm"), english, "soleus");
for (const file of ["soleus.js", "__wasm_split.js", "soleus_bg.wasm", "soleus_quiz.wasm"]) {
  await copyFile(join(english, file), join(staging, file));
}

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
await rm(join(staging, "__wasm_split.js"));

// The all-languages module: the same code with the default features (German words too), in
// its own target folder so that both builds stay cached, with its own wasm-bindgen glue
// (soleus_all.js), which the loader imports only on pages that ask for another language.
const allTarget = resolve("target/all-languages");
run("cargo", [
  "build", "--release", "--offline", "--bin", "soleus", "--features", "split",
  "--target", "wasm32-unknown-unknown", "--target-dir", allTarget,
]);
const bindgenOut = join(allTarget, "bindgen");
await splitAndBind(join(allTarget, "wasm32-unknown-unknown/release/soleus.wasm"), bindgenOut, "soleus_all");
await build({
  entryPoints: [join(bindgenOut, "soleus_all.js")],
  bundle: true,
  outfile: join(staging, "soleus_all.js"),
  format: "esm",
  minify: true,
  target: "es2020",
  legalComments: "none",
  logLevel: "warning",
});
const allModule = join(bindgenOut, "soleus_all_bg.wasm");
await dropUnusedExports(join(staging, "soleus_bg.wasm"), join(staging, "soleus-widget.js"));
await dropUnusedExports(allModule, join(staging, "soleus_all.js"));
// Both modules are optimised here rather than by Trunk (index.html sets data-wasm-opt="0"):
// flattening and re-looping before two -Oz rounds makes the module about 1 KB smaller
// (brotli) than -Oz alone; merging similar functions and repeating until nothing shrinks
// (--converge) takes about 0.4 KB more, for about 20 s of build time each.
const optimise = (input, output) =>
  execFileAsync("wasm-opt", [
    "--enable-bulk-memory", "--enable-nontrapping-float-to-int", "--enable-sign-ext",
    "--enable-mutable-globals", "--enable-reference-types", "--enable-multivalue",
    "--flatten", "--rereloop", "-Oz", "-Oz", "--merge-similar-functions", "-Oz", "--converge",
    input, "-o", output,
  ]);
// Two at a time, one per core.
await Promise.all([
  optimise(join(staging, "soleus_bg.wasm"), join(staging, "soleus_bg.wasm")),
  optimise(join(staging, "soleus_quiz.wasm"), join(staging, "soleus_quiz.wasm")),
]);
await Promise.all([
  optimise(allModule, join(staging, "soleus_all_bg.wasm")),
  optimise(join(bindgenOut, "soleus_all_quiz.wasm"), join(staging, "soleus_all_quiz.wasm")),
]);
// The custom sections left (which tools built the module, and the wasm features it was built
// for) are for tools, and browsers skip them: about 0.3 KB of the first download and 0.2 KB of
// the quiz's module, brotli. (wasm-opt's --strip-* passes would rewrite the whole module, which
// then compresses worse.)
for (const name of ["soleus_bg.wasm", "soleus_quiz.wasm", "soleus_all_bg.wasm", "soleus_all_quiz.wasm"]) {
  const path = join(staging, name);
  await writeFile(path, rewriteSection(await readFile(path), 0, () => null));
}
// A view whose subtree has only literal attributes is built by the renderer from an HTML string
// (`innerHTML`), which pages that require Trusted Types refuse. Such markup is in the module's
// data as `<tag name="value"`; the build stops and names it, so the widget keeps starting there.
for (const name of ["soleus_bg.wasm", "soleus_quiz.wasm", "soleus_all_bg.wasm", "soleus_all_quiz.wasm"]) {
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
