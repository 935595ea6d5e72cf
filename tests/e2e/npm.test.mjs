// End-to-end: the npm package, as a single-page site uses it. The tarball that
// `make release` packs is installed into an empty project, its types are checked with
// TypeScript, a page is bundled with esbuild by the package README's own commands, and the
// bundled page mounts two widgets, receives their events and unmounts one, in Chromium.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { chromium } from "playwright-core";
import { CHROMIUM_ARGS, en, words } from "./harness.mjs";
import { startServer } from "../../scripts/serve.mjs";

const version = /^version = "([^"]+)"/m.exec(await readFile("Cargo.toml", "utf8"))[1];
const tarball = resolve("release", `soleus-widget-${version}.tgz`);
const tools = resolve("node_modules", ".bin");

let scratch;
let browser;
before(async () => {
  scratch = await mkdtemp(join(tmpdir(), "soleus-npm-"));
  await writeFile(join(scratch, "package.json"), JSON.stringify({ name: "a-running-blog", private: true, type: "module" }));
  // A local tarball with no dependencies: npm needs no registry for it.
  execFileSync("npm", ["install", "--offline", "--no-audit", "--no-fund", tarball], { cwd: scratch, stdio: "pipe" });
  browser = await chromium.launch({ executablePath: process.env.CHROMIUM ?? "/usr/bin/chromium", args: CHROMIUM_ARGS });
});
after(async () => {
  await browser?.close();
  if (scratch) await rm(scratch, { recursive: true, force: true });
});

/** Runs a shell line in the scratch project with the repository's esbuild and tsc on PATH. */
const sh = (line) =>
  execFileSync("bash", ["-c", line], {
    cwd: scratch,
    encoding: "utf8",
    stdio: "pipe",
    env: { ...process.env, PATH: `${tools}:${process.env.PATH}` },
  });

test("the package installs the loader, both modules, the stylesheet and the types", async () => {
  const installed = join(scratch, "node_modules", "soleus-widget");
  const files = (await readdir(installed)).sort();
  for (const file of ["soleus-widget.js", "soleus_bg.wasm", "soleus_quiz.wasm", "soleus_all.js", "soleus_all_bg.wasm", "soleus_all_quiz.wasm", "soleus-widget.css", "index.d.ts", "LICENSE", "README.md"]) {
    assert.ok(files.includes(file), `the package has ${file}`);
  }
  const manifest = JSON.parse(await readFile(join(installed, "package.json"), "utf8"));
  assert.equal(manifest.version, version);
  assert.equal(manifest.exports["."].types, "./index.d.ts");
});

test("the types accept the documented options, type the events, and refuse a wrong option", async () => {
  await mkdir(join(scratch, "src"), { recursive: true });
  await writeFile(
    join(scratch, "src", "check.ts"),
    `import { mount, ready, type SoleusHandle, type SoleusOptions } from "soleus-widget";

const element = document.createElement("div");
const options: SoleusOptions = {
  lang: "de", sections: "quiz", knee: 90, theme: "dark", accent: "#0b5d57",
  clinicName: "Your Clinic", bookingUrl: "https://your-site.example/book",
  emergencyNumber: "999", urgentNumber: "111", remember: false, motion: "reduce", presenter: false, id: "calf",
};
const handle: SoleusHandle = mount(element, options);
element.addEventListener("soleus:ready", (event) => {
  const lang: "en" | "de" = event.detail.lang;
  console.log(lang);
});
element.addEventListener("soleus:quiz-complete", (event) => {
  if (event.detail.outcome === "circuit") console.log(event.detail.level);
});
element.addEventListener("soleus:triage", (event) => {
  if (event.detail.outcome === "seek-care") console.log(event.detail.urgency);
});
void ready.then(() => handle.unmount());
window.Soleus?.mount(element, { knee: 45 });
// @ts-expect-error the knee angle is a number of degrees
mount(element, { knee: "ninety" });
// @ts-expect-error not an option the widget knows
mount(element, { colour: "red" });
// @ts-expect-error the language is one the widget speaks
mount(element, { lang: "fr" });
`,
  );
  sh("tsc --noEmit --strict --target es2022 --module esnext --moduleResolution bundler --lib es2022,dom src/check.ts");
  // The check can fail: a wrong option outside an expected error is reported.
  await writeFile(join(scratch, "src", "wrong.ts"), `import { mount } from "soleus-widget";\nmount(document.body, { knee: "ninety" });\n`);
  assert.throws(
    () => sh("tsc --noEmit --strict --target es2022 --module esnext --moduleResolution bundler --lib es2022,dom src/wrong.ts"),
    (error) => /not assignable to type 'number'/.test(error.stdout),
  );
});

test("a page bundled with esbuild by the package README's commands mounts, reports and unmounts widgets", async () => {
  await mkdir(join(scratch, "src"), { recursive: true });
  await mkdir(join(scratch, "public"), { recursive: true });
  await writeFile(
    join(scratch, "src", "main.js"),
    `import { mount } from "soleus-widget";
import "soleus-widget/soleus-widget.css";

const events = [];
for (const name of ["soleus:ready", "soleus:triage", "soleus:quiz-complete"]) {
  document.addEventListener(name, (event) => events.push({ type: event.type, on: event.target.id, detail: event.detail }));
}
const handles = {};
window.blog = {
  events,
  mount(id, options) { handles[id] = mount(document.getElementById(id), options); },
  unmount(id) { handles[id].unmount(); },
};
`,
  );
  await writeFile(
    join(scratch, "public", "index.html"),
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>A running blog</title><link rel="icon" href="data:,">
<link rel="stylesheet" href="assets/main.css"><script type="module" src="assets/main.js"></script></head>
<body><h1>Calf training for runners</h1><div id="calf">The calf explorer</div><div id="wade">Der Wadenmuskel-Erklärer</div></body></html>`,
  );
  const readme = await readFile(join(scratch, "node_modules", "soleus-widget", "README.md"), "utf8");
  const commands = /```sh\n(esbuild [\s\S]*?)```/.exec(readme)?.[1];
  assert.ok(commands, "the package README shows how to bundle with esbuild");
  sh(commands);

  const { server, url } = await startServer({ dir: join(scratch, "public") });
  try {
    const page = await browser.newPage();
    const problems = [];
    page.on("pageerror", (error) => problems.push(String(error)));
    page.on("console", (message) => message.type() === "error" && problems.push(message.text()));
    page.on("response", (response) => response.status() >= 400 && problems.push(`${response.status()} ${response.url()}`));
    await page.goto(url);
    // The German widget first: the loader chooses the all-languages module when the first
    // widget asks for it (see the package README).
    await page.evaluate(() => {
      window.blog.mount("wade", { lang: "de", sections: "diagram" });
      window.blog.mount("calf", { knee: 90, clinicName: "Harbour Street Physiotherapy" });
    });
    await page.waitForFunction(() => window.blog.events.filter((event) => event.type === "soleus:ready").length === 2);
    const ready = await page.evaluate(() => window.blog.events.filter((event) => event.type === "soleus:ready"));
    assert.deepEqual(
      ready.map(({ on, detail }) => [on, detail.lang]).sort(),
      [["calf", "en"], ["wade", "de"]],
      "each widget reports ready on its own element, in its language",
    );
    assert.equal(await page.locator("#calf .sol-knee__input").inputValue(), "90", "the options reach the widget");
    assert.equal(await page.locator("#wade .sol-title").innerText(), words.de.title, "the German widget speaks German");
    assert.equal(await page.locator("#calf .sol-title").innerText(), en.title);

    await page.evaluate(() => window.blog.unmount("calf"));
    assert.equal(await page.locator("#calf .sol-knee__input").count(), 0, "unmount removes the widget");
    assert.equal((await page.locator("#calf").innerText()).trim(), "The calf explorer", "the element's own content is back");
    assert.equal(await page.locator("#wade .sol-knee__input").count(), 1, "the other widget stays");
    assert.deepEqual(problems, []);
    await page.close();
  } finally {
    await new Promise((done) => server.close(done));
  }
});
