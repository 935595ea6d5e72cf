// End-to-end: the release bundle a site owner downloads. Unpacked into an empty folder and
// served by a plain static server, the README's own snippet (with this release's integrity
// values) starts the widget; a file that does not match its integrity value is refused by the
// browser, and a module of another release is refused by the loader: the page keeps the
// fallback text.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { appendFile, copyFile, mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { chromium } from "playwright-core";
import { CHROMIUM_ARGS } from "./harness.mjs";
import { startServer } from "../../scripts/serve.mjs";

const version = /^version = "([^"]+)"/m.exec(await readFile("Cargo.toml", "utf8"))[1];
const name = `soleus-widget-${version}`;

let scratch;
let browser;
before(async () => {
  browser = await chromium.launch({ executablePath: process.env.CHROMIUM ?? "/usr/bin/chromium", args: CHROMIUM_ARGS });
});
after(async () => {
  await browser?.close();
  if (scratch) await rm(scratch, { recursive: true, force: true });
});

/** Unpacks the `.tar.gz` or `.zip` into a new empty folder; returns the release's folder. */
async function unpack(kind) {
  scratch = await mkdtemp(join(tmpdir(), "soleus-release-"));
  const archive = join(process.cwd(), "release", `${name}.${kind}`);
  if (kind === "tar.gz") execFileSync("tar", ["-xzf", archive], { cwd: scratch });
  else execFileSync("python3", ["-m", "zipfile", "-e", archive, "."], { cwd: scratch });
  return join(scratch, name);
}

/** A blank page holding the README's snippet, pointed at `base` (where the files are served). */
async function pageFromReadme(folder, base) {
  const readme = await readFile(join(folder, "README.md"), "utf8");
  const snippet = /```html\n([\s\S]*?)```/.exec(readme)?.[1];
  assert.ok(snippet, "the README has the snippet");
  assert.match(snippet, /integrity="sha384-[A-Za-z0-9+/=]{64}"/, "the snippet carries integrity values");
  const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>A blank page</title><link rel="icon" href="data:,"></head>
<body><h1>A clinic's post</h1>${snippet.replaceAll("https://your-site.example/soleus", base)}</body></html>`;
  await writeFile(join(folder, "blank.html"), html);
}

for (const kind of ["tar.gz", "zip"]) {
  test(`the ${kind} release starts the widget from its README's snippet on a plain static server`, async () => {
    const folder = await unpack(kind);
    // Every file is listed and matches.
    execFileSync("sha256sum", ["--check", "--quiet", "SHA256SUMS"], { cwd: folder });
    const { server, url } = await startServer({ dir: folder });
    await pageFromReadme(folder, url.replace(/\/$/, ""));
    const page = await browser.newPage();
    const errors = [];
    page.on("pageerror", (error) => errors.push(String(error)));
    page.on("console", (message) => message.type() === "error" && errors.push(message.text()));
    await page.goto(url + "blank.html");
    const host = page.locator("[data-soleus-widget]");
    await page.waitForFunction(() => document.querySelector("[data-soleus-widget]").dataset.soleusState === "ready");
    await host.locator(".sol-knee__input").waitFor();
    assert.match(await host.locator(".sol-title").innerText(), /\S/, "the widget is drawn");
    assert.deepEqual(errors, []);
    await page.close();
    await new Promise((done) => server.close(done));
    await rm(scratch, { recursive: true, force: true });
    scratch = undefined;
  });
}

test("a loader that does not match the snippet's integrity value is refused and the fallback text stays", async () => {
  const folder = await unpack("tar.gz");
  const { server, url } = await startServer({ dir: folder });
  await pageFromReadme(folder, url.replace(/\/$/, ""));
  // A file from elsewhere, or altered on the way.
  await appendFile(join(folder, "soleus-widget.js"), "\n// altered\n");
  const page = await browser.newPage();
  const errors = [];
  page.on("console", (message) => message.type() === "error" && errors.push(message.text()));
  await page.goto(url + "blank.html");
  await page.waitForTimeout(1500);
  const host = page.locator("[data-soleus-widget]");
  assert.match(await host.innerText(), /An interactive guide to the soleus/, "the fallback text is shown");
  assert.equal(await host.getAttribute("data-soleus-state"), null, "nothing was mounted");
  assert.ok(errors.some((text) => /integrity/i.test(text)), `the browser says why: ${errors.join(" | ")}`);
  await page.close();
  await new Promise((done) => server.close(done));
});

test("a loader that meets a module of another release keeps the fallback text and says so once", async () => {
  const folder = await unpack("tar.gz");
  // Another build's module beside this release's loader: the example app's, a different program.
  const other = (await readdir("target/leptos-app-dist")).find((file) => file.endsWith("_bg.wasm"));
  assert.ok(other, "the example app is built");
  await copyFile(join("target/leptos-app-dist", other), join(folder, "soleus_bg.wasm"));
  const { server, url } = await startServer({ dir: folder });
  await pageFromReadme(folder, url.replace(/\/$/, ""));
  const page = await browser.newPage();
  const warnings = [];
  const errors = [];
  let fetches = 0;
  page.on("console", (message) => message.type() === "warning" && warnings.push(message.text()));
  page.on("pageerror", (error) => errors.push(String(error)));
  page.on("request", (request) => request.url().endsWith("/soleus_bg.wasm") && (fetches += 1));
  await page.goto(url + "blank.html");
  await page.waitForFunction(() => document.querySelector("[data-soleus-widget]").dataset.soleusState === "failed");
  const host = page.locator("[data-soleus-widget]");
  assert.match(await host.innerText(), /An interactive guide to the soleus/, "the fallback text is shown");
  assert.equal(await page.evaluate(() => document.querySelector("[data-soleus-widget]").shadowRoot), null, "nothing half-mounted");
  // More hosts and the browser coming back online: no retry, no second message.
  await page.evaluate(() => {
    const another = document.createElement("div");
    another.setAttribute("data-soleus-widget", "");
    another.textContent = "A second widget's fallback.";
    document.body.append(another);
    dispatchEvent(new Event("online"));
  });
  await page.waitForFunction(() => [...document.querySelectorAll("[data-soleus-widget]")].every((h) => h.dataset.soleusState === "failed"));
  await page.waitForTimeout(1500);
  assert.equal(fetches, 1, "a module of another release is not fetched again");
  const said = warnings.filter((text) => /different releases/.test(text));
  assert.equal(said.length, 1, `said once: ${warnings.join(" | ")}`);
  assert.deepEqual(errors, [], "no uncaught error reaches the page");
  await page.close();
  await new Promise((done) => server.close(done));
});

test("the bundle's configurator works from the site owner's folder and writes snippets for that folder", async () => {
  const folder = await unpack("zip");
  const { server, url } = await startServer({ dir: folder });
  const page = await browser.newPage();
  const errors = [];
  page.on("pageerror", (error) => errors.push(String(error)));
  page.on("console", (message) => message.type() === "error" && errors.push(message.text()));
  await page.goto(url + "configure.html");
  await page.locator("#preview-status").filter({ hasText: "real widget" }).waitFor();
  await page.locator("#preview .sol-knee__input").waitFor();
  await page.fill("#clinic-name", "Harbour Street Physiotherapy");
  await page.waitForFunction(() => document.getElementById("snippet-script").textContent.includes("Harbour Street"));
  const snippet = await page.locator("#snippet-script").textContent();
  assert.ok(snippet.includes(`src="${url}soleus-widget.js"`), `the snippet loads this folder's files: ${snippet}`);
  assert.deepEqual(errors, []);
  await page.close();
  await new Promise((done) => server.close(done));
});

test("a module cut short on the way is tried again, unlike a module of another release", async () => {
  const folder = await unpack("tar.gz");
  const { server, url } = await startServer({ dir: folder });
  await pageFromReadme(folder, url.replace(/\/$/, ""));
  const whole = await readFile(join(folder, "soleus_bg.wasm"));
  const page = await browser.newPage();
  const warnings = [];
  page.on("console", (message) => message.type() === "warning" && warnings.push(message.text()));
  let served = 0;
  await page.route("**/soleus_bg.wasm", (route) => {
    served += 1;
    // The first download stops halfway, as a flaky connection's can.
    if (served === 1) return route.fulfill({ contentType: "application/wasm", body: whole.subarray(0, whole.length >> 1) });
    return route.continue();
  });
  await page.goto(url + "blank.html");
  await page.waitForFunction(() => document.querySelector("[data-soleus-widget]").dataset.soleusState === "failed");
  // A widget added later is the cue to try again; the second download is whole.
  await page.evaluate(() => {
    const another = document.createElement("div");
    another.setAttribute("data-soleus-widget", "");
    another.textContent = "A second widget's fallback.";
    document.body.append(another);
  });
  await page.waitForFunction(
    () => [...document.querySelectorAll("[data-soleus-widget]")].every((host) => host.dataset.soleusState === "ready"),
    null,
    { timeout: 20000 },
  );
  assert.equal(served, 2);
  assert.equal(warnings.filter((text) => /could not load/.test(text)).length, 1, warnings.join(" | "));
  assert.equal(warnings.filter((text) => /different releases/.test(text)).length, 0);
  await page.close();
  await new Promise((done) => server.close(done));
});
