// End-to-end: the configurator (configure.html). A clinic owner fills in the form; the real
// widget previews it; each of the three snippets, pasted into a blank page, gives the widget
// the preview showed; a value the widget refuses shows the widget's own warning beside its
// field and stays out of the snippets. It works by keyboard, passes axe and asks nothing of
// any other origin.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { mkdir } from "node:fs/promises";
import { axeViolations, launch, words } from "./harness.mjs";

let env;
before(async () => {
  env = await launch();
});
after(async () => {
  await env?.stop();
});

/** Opens the configurator and waits until its preview is the loaded widget. */
async function openConfigurator({ viewport = { width: 1280, height: 800 } } = {}) {
  const context = await env.browser.newContext({ viewport });
  const page = await context.newPage();
  const problems = [];
  const elsewhere = [];
  page.on("pageerror", (error) => problems.push(String(error)));
  page.on("console", (message) => message.type() === "error" && problems.push(message.text()));
  page.on("request", (request) => !request.url().startsWith(env.url) && !request.url().startsWith("data:") && elsewhere.push(request.url()));
  await page.goto(env.url + "configure.html");
  await page.locator("#preview-status").filter({ hasText: "real widget" }).waitFor();
  return { context, page, problems, elsewhere };
}

/** Waits until the form's latest values have reached the preview and the snippets. */
async function settled(page, expected) {
  await page.waitForFunction((text) => document.getElementById("snippet-script").textContent.includes(text), expected);
}

/** What a reader sees of a widget: its language, theme, accent and every word it shows. */
async function fingerprint(scope) {
  const root = scope.locator(".sol-root");
  await root.waitFor();
  return {
    lang: await root.getAttribute("lang"),
    accent: await root.evaluate((element) => element.style.getPropertyValue("--sol-accent")),
    theme: await scope.locator(".sol-mount").getAttribute("data-theme"),
    // Every word outside the drawing, whose labels (and the key to its callouts) depend on the
    // width it is given.
    text: await root.evaluate((element) => {
      const copy = element.cloneNode(true);
      for (const drawing of copy.querySelectorAll("svg, .sol-diagram__callouts")) drawing.remove();
      return copy.textContent.replace(/\s+/g, " ").trim();
    }),
  };
}

test("each snippet, pasted into a blank page, gives the widget the preview shows", async () => {
  const { context, page, problems, elsewhere } = await openConfigurator();
  await page.fill("#clinic-name", "Harbour Street Physiotherapy");
  await page.fill("#booking-url", "https://harbour-street.example/book");
  await page.fill("#emergency-number", "999");
  await page.fill("#urgent-number", "111");
  await page.selectOption("#lang", "de");
  await page.selectOption("#sections", "diagram");
  await page.selectOption("#theme", "dark");
  await page.fill("#accent", "#7a1f5c");
  await settled(page, 'data-accent="#7a1f5c"');
  const previewed = await fingerprint(page.locator("#preview"));
  assert.equal(previewed.lang, "de", "the preview follows the form");
  assert.equal(previewed.theme, "dark");
  assert.equal(previewed.accent, "#7a1f5c");
  assert.ok(previewed.text.includes(words.de.title), "the preview is the German widget");
  assert.ok(!previewed.text.includes(words.de.screening_intro), "explorer only: no quiz");

  for (const kind of ["script", "iframe", "api"]) {
    const snippet = await page.locator(`#snippet-${kind}`).textContent();
    const pasted = await context.newPage();
    const warnings = [];
    pasted.on("console", (message) => message.type() === "warning" && warnings.push(message.text()));
    pasted.on("pageerror", (error) => problems.push(String(error)));
    const address = `${env.url}pasted-${kind}.html`;
    await pasted.route(address, (route) =>
      route.fulfill({
        contentType: "text/html",
        body: `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>A blank page</title><link rel="icon" href="data:,"></head><body><h1>A clinic's post</h1>\n${snippet}\n</body></html>`,
      }),
    );
    await pasted.goto(address);
    const scope = kind === "iframe" ? pasted.frameLocator("iframe[data-soleus-frame]").locator("body") : pasted.locator("body");
    assert.deepEqual(await fingerprint(scope), previewed, `the ${kind} snippet gives the previewed widget`);
    assert.deepEqual(warnings, [], `the ${kind} snippet carries only values the widget accepts`);
    await pasted.close();
  }
  assert.deepEqual(problems, []);
  assert.deepEqual(elsewhere, [], "nothing is asked of another origin");
  await context.close();
});

test("a booking link the widget refuses shows the widget's own warning beside the field, and stays out of the snippets", async () => {
  const { context, page, problems } = await openConfigurator();
  const refused = "harbour-street.example/book";
  await page.fill("#clinic-name", "Harbour Street Physiotherapy");
  await page.fill("#booking-url", refused);
  const warning = page.locator("#booking-url-warning");
  await warning.waitFor();
  assert.equal(await page.locator("#booking-url").getAttribute("aria-invalid"), "true");
  const described = await page.locator("#booking-url").getAttribute("aria-describedby");
  assert.ok(described.split(" ").includes("booking-url-warning"), "a screen reader hears the warning with the field");
  await settled(page, "Harbour Street Physiotherapy");
  for (const kind of ["script", "iframe", "api"]) {
    const snippet = await page.locator(`#snippet-${kind}`).textContent();
    assert.ok(!snippet.includes("harbour-street.example/book"), `the ${kind} snippet leaves the refused link out`);
  }
  assert.match(await page.locator("#left-out").textContent(), /Booking link/);

  // The same words the embed writes for that attribute on a real page: the same parser.
  const embed = await context.newPage();
  const said = [];
  embed.on("console", (message) => message.type() === "warning" && said.push(message.text()));
  await embed.route(`${env.url}refused.html`, (route) =>
    route.fulfill({
      contentType: "text/html",
      body: `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>t</title><link rel="icon" href="data:,"><script type="module" src="soleus-widget.js"></script></head><body><div data-soleus-widget data-booking-url="${refused}">x</div></body></html>`,
    }),
  );
  await embed.goto(`${env.url}refused.html`);
  await embed.locator(".sol-root").waitFor();
  assert.equal(said.length, 1, "the embed warns once");
  assert.ok((await warning.textContent()).startsWith(said[0]), "the configurator shows the embed's own warning");

  // A folder address without its scheme is refused, not read as a folder below this page.
  await page.fill("#base", "harbour-street.example/soleus");
  await page.locator("#base-warning").waitFor();
  assert.ok(!(await page.locator("#snippet-script").textContent()).includes("harbour-street.example/soleus"));
  await page.fill("#base", "https://harbour-street.example/soleus/");
  await settled(page, 'src="https://harbour-street.example/soleus/soleus-widget.js"');
  assert.equal(await page.locator("#base-warning").isHidden(), true);

  // Fixed: the warning goes and the link is in the snippets.
  await page.fill("#booking-url", "https://harbour-street.example/book");
  await settled(page, 'data-booking-url="https://harbour-street.example/book"');
  assert.equal(await warning.isHidden(), true);
  assert.equal(await page.locator("#booking-url").getAttribute("aria-invalid"), null);
  assert.deepEqual(problems, []);
  await context.close();
});

test("the configurator works by keyboard, passes axe, and writes screenshots at 360 px and 1280 px", async () => {
  for (const width of [360, 1280]) {
    const { context, page, problems } = await openConfigurator({ viewport: { width, height: 800 } });
    await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: env.url });
    // Every field and every Copy button in order, by Tab alone.
    const reached = [];
    for (let step = 0; step < 300; step += 1) {
      await page.keyboard.press("Tab");
      const id = await page.evaluate(() => document.activeElement?.id || document.activeElement?.dataset.copy || "");
      if (id && reached.at(-1) !== id) reached.push(id);
      if (id === "snippet-api") break;
    }
    for (const id of ["clinic-name", "booking-url", "emergency-number", "urgent-number", "lang", "sections", "theme", "accent", "accent-picker", "base", "snippet-script", "snippet-iframe", "snippet-api"]) {
      assert.ok(reached.includes(id), `Tab reaches ${id} at ${width} px (reached: ${reached.join(", ")})`);
    }
    // Typing and choosing by keyboard, then copying with Enter.
    await page.focus("#clinic-name");
    await page.keyboard.type("Harbour Street Physiotherapy");
    await page.focus("#theme");
    await page.keyboard.press("ArrowDown");
    await settled(page, 'data-clinic-name="Harbour Street Physiotherapy"');
    await page.focus('[data-copy="snippet-script"]');
    await page.keyboard.press("Enter");
    await page.locator("#copy-status").filter({ hasText: "Copied" }).waitFor();
    assert.equal(await page.evaluate(() => navigator.clipboard.readText()), await page.locator("#snippet-script").textContent());
    // A warning shown, for axe to check it too.
    await page.fill("#accent", "#eeeeee");
    await page.locator("#accent-warning").waitFor();
    assert.deepEqual(await axeViolations(page), [], `axe at ${width} px`);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    assert.equal(overflow, 0, `nothing runs off the side at ${width} px`);
    // Screenshots of a fresh form, as an owner sees it: the form with a refused link and the
    // preview, then (on a phone) the snippets.
    await mkdir("target/screenshots", { recursive: true });
    await page.reload();
    await page.locator("#preview-status").filter({ hasText: "real widget" }).waitFor();
    await page.fill("#clinic-name", "Harbour Street Physiotherapy");
    await page.fill("#booking-url", "harbour-street.example/book");
    await page.fill("#urgent-number", "111");
    await page.locator("#booking-url-warning").waitFor();
    await settled(page, 'data-urgent-number="111"');
    await page.evaluate(() => scrollTo(0, 0));
    await page.screenshot({ path: `target/screenshots/configurator-${width}.png` });
    if (width === 360) {
      await page.locator("#snippets-title").evaluate((heading) => heading.scrollIntoView());
      await page.screenshot({ path: "target/screenshots/configurator-360-snippets.png" });
    }
    assert.deepEqual(problems, []);
    await context.close();
  }
});
