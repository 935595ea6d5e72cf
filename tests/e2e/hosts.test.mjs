// End-to-end: the README's guide "Where to paste it", one page per kind of host, each
// imitating that host's constraints: a plain HTML page; a WordPress post whose Custom HTML
// block sits in a theme's constrained column under global element styles; a site builder
// that strips scripts from posts and offers only an iframe of fixed height, without allow
// attributes, in a 320 px sidebar.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";
import { axeViolations, en, launch, watchedPage } from "./harness.mjs";

let env;
before(async () => {
  env = await launch();
});
after(async () => {
  await env?.stop();
});

const readme = await readFile("README.md", "utf8");
/** A `#### title` section of the README's guide. */
function guide(title) {
  const start = readme.indexOf(`#### ${title}\n`);
  assert.ok(start >= 0, `the README's guide has "${title}"`);
  const end = readme.slice(start + 5).search(/\n#{2,4} /);
  return readme.slice(start, end < 0 ? undefined : start + 5 + end);
}

/** Opens `path` in a fresh context that records errors, warnings and failed requests. */
async function open(path, viewport = { width: 1280, height: 800 }) {
  const context = await env.browser.newContext({ viewport });
  const { page, errors, warnings } = await watchedPage(context);
  page.on("response", (response) => response.status() >= 400 && errors.push(`${response.status()} ${response.url()}`));
  await page.goto(env.url + path);
  return { context, page, errors, warnings };
}

const horizontalOverflow = (scope) =>
  scope.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

test("plain HTML: the guide's page starts the widget from the script tag, with no warning", async () => {
  assert.match(guide("Plain HTML"), /plain\.html/);
  for (const width of [360, 1280]) {
    const { context, page, errors, warnings } = await open("plain.html", { width, height: 800 });
    const host = page.locator("[data-soleus-widget]");
    await host.locator(".sol-knee__input").waitFor();
    await host.getByRole("button", { name: "90°", exact: true }).click();
    assert.equal(await host.locator(".sol-knee__input").inputValue(), "90");
    assert.equal(await horizontalOverflow(page), 0, `nothing runs off the side at ${width} px`);
    assert.deepEqual(await axeViolations(page), []);
    assert.deepEqual([errors, warnings], [[], []]);
    await context.close();
  }
});

test("WordPress block editor: the Custom HTML block's snippet starts in the theme's column, unchanged by its styles", async () => {
  assert.match(guide("WordPress (block editor)"), /host-wordpress\.html/);
  for (const width of [360, 1280]) {
    const { context, page, errors, warnings } = await open("host-wordpress.html", { width, height: 800 });
    const host = page.locator("[data-soleus-widget]");
    await host.locator(".sol-knee__input").waitFor();
    const column = await page.locator(".entry-content > p").first().boundingBox();
    const widget = await host.boundingBox();
    assert.ok(
      widget.x >= column.x - 1 && widget.x + widget.width <= column.x + column.width + 1,
      `the widget keeps to the post's column at ${width} px: ${JSON.stringify({ widget, column })}`,
    );
    const title = await host.locator(".sol-title").evaluate((element) => getComputedStyle(element).textTransform);
    assert.equal(title, "none", "the theme's heading rules do not reach the widget");
    await host.getByRole("button", { name: "90°", exact: true }).click();
    assert.equal(await host.locator(".sol-knee__input").inputValue(), "90");
    assert.equal(await horizontalOverflow(page), 0, `nothing runs off the side at ${width} px`);
    assert.deepEqual([errors, warnings], [[], []]);
    await context.close();
  }
});

test("a builder that strips scripts: the stripped snippet keeps its text; the iframe alone works in a 320 px sidebar", async () => {
  const section = guide("Site builders that strip scripts or take only an iframe");
  assert.match(section, /host-builder\.html/);
  assert.match(section, /height:720px/, "the guide's iframe carries its own height");
  const { context, page, errors } = await open("host-builder.html");
  // What the editor left of the script snippet: its own text, shown, and nothing else.
  const stripped = page.locator(".builder-article [data-soleus-widget]");
  assert.match(await stripped.innerText(), /interactive guide to the soleus/);
  assert.equal(await stripped.getAttribute("data-soleus-state"), null);

  const frameElement = page.locator("iframe[data-soleus-frame]");
  const frame = page.frameLocator("iframe[data-soleus-frame]");
  const widget = frame.locator("[data-soleus-widget]");
  await widget.locator(".sol-knee__input").waitFor();
  const box = await frameElement.boundingBox();
  assert.equal(Math.round(box.width), 320);
  assert.equal(Math.round(box.height), 720, "without the frame script the builder's height stays");
  const inside = frame.locator("html");
  assert.equal(await inside.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth), 0, "nothing runs off the side of the 320 px frame");
  assert.ok(await inside.evaluate(() => document.documentElement.scrollHeight > innerHeight), "the widget scrolls inside the frame");
  await widget.getByRole("button", { name: "90°", exact: true }).click();
  assert.equal(await widget.locator(".sol-knee__input").inputValue(), "90");
  // No allow attributes: no fullscreen, so presenter mode fills the frame instead.
  await widget.getByRole("button", { name: en.presenter_enter }).click();
  const overlay = await widget.locator(".sol-presenter").boundingBox();
  assert.ok(overlay.width >= 318 && overlay.height >= 700, `presenter mode fills the frame: ${JSON.stringify(overlay)}`);
  await widget.getByRole("button", { name: en.presenter_exit }).click();
  await page.waitForTimeout(300);
  assert.deepEqual(await page.evaluate(() => window.__rejections), []);
  assert.deepEqual(errors, []);
  await context.close();
});
