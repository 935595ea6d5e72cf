// End-to-end: the space reserved for a widget before it appears is the height it is drawn at,
// at every host width from 320 to 1920 px, for every section combination, so the text after
// it does not move when it appears. The reservation is measured on a page that links
// soleus-widget.css and has no loader; the drawn height with the loader, one widget at a time.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { launch } from "./harness.mjs";
import { drawnHeights } from "../../scripts/reservation.mjs";

let env;
before(async () => {
  env = await launch();
});
after(async () => {
  await env?.stop();
});

/** The heights waiting hosts of `sections` get at each of `widths`, on a page without the
 * module (their reservation); each host is removed again unless `keep`. */
function reservedHeights(page, sections, widths, keep = false) {
  return page.evaluate(
    ({ sections, widths, keep }) =>
      widths.map((width) => {
        const host = document.createElement("div");
        host.style.width = `${width}px`;
        host.setAttribute("data-soleus-widget", "");
        host.setAttribute("data-sections", sections);
        host.textContent = "Calf explorer";
        document.body.append(host);
        const height = Math.round(host.getBoundingClientRect().height);
        if (!keep) host.remove();
        return height;
      }),
    { sections, widths, keep },
  );
}

/** Host widths checked: between the widths the rules were fitted at, and past the widest. */
const WIDTHS = [];
for (let width = 325; width <= 1920; width += 35) WIDTHS.push(width);
/** One line of text. */
const TOLERANCE = 24;

for (const sections of ["both", "diagram", "quiz"]) {
  test(`the reserved space is the drawn height at every width from 320 to 1920 px: ${sections}`, async () => {
    const context = await env.browser.newContext({ viewport: { width: 1920, height: 1000 } });
    const page = await context.newPage();
    await page.goto(env.url + "baseline.html");
    await page.addStyleTag({ url: env.url + "soleus-widget.css" });
    const reserved = await reservedHeights(page, sections, WIDTHS);
    await page.addScriptTag({ url: env.url + "soleus-widget.js", type: "module" });
    await page.waitForFunction(() => window.Soleus);
    const drawn = await drawnHeights(page, sections, WIDTHS);
    const misses = WIDTHS.map((width, i) => [width, Math.round(reserved[i] - drawn[i])]).filter(
      ([, miss]) => Math.abs(miss) > TOLERANCE,
    );
    const worst = Math.max(...WIDTHS.map((_, i) => Math.abs(reserved[i] - drawn[i])));
    console.log(`${sections}: worst difference ${Math.round(worst)} px over ${WIDTHS.length} widths`);
    assert.deepEqual(misses, [], "widths where reserved and drawn differ by more than one line [width, px]");
    await context.close();
  });
}

test("a reader who jumped to a heading below a widget sees no layout shift when it appears above (the snippet with its stylesheet)", async () => {
  for (const width of [390, 800, 1280]) {
    const context = await env.browser.newContext({ viewport: { width, height: 800 } });
    const page = await context.newPage();
    const paragraph = "<p>Calf strength matters for every runner, and this paragraph stands in for a long post.</p>";
    await page.route("**/anchored.html", (route) =>
      route.fulfill({
        contentType: "text/html",
        body: `<!doctype html><html lang="en"><head><meta charset="utf-8">
          <meta name="viewport" content="width=device-width, initial-scale=1">
          <link rel="stylesheet" href="soleus-widget.css">
          <script type="module" src="soleus-widget.js"></script></head><body>
          ${paragraph.repeat(3)}
          <div data-soleus-widget data-theme="light"><p>Interactive calf explorer.</p></div>
          <h2 id="below">Below the widget</h2>${paragraph.repeat(60)}</body></html>`,
      }),
    );
    await page.addInitScript(() => {
      window.__shift = 0;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) if (!entry.hadRecentInput) window.__shift += entry.value;
      }).observe({ type: "layout-shift", buffered: true });
    });
    await page.goto(env.url + "anchored.html#below");
    await page.waitForFunction(() => document.querySelector("[data-soleus-widget]").dataset.soleusState === "ready");
    await page.waitForTimeout(500);
    const shift = await page.evaluate(() => window.__shift);
    console.log(`at ${width} px: layout shift ${shift.toFixed(4)}`);
    assert.ok(shift < 0.01, `layout shift ${shift} at ${width} px`);
    await context.close();
  }
});

test("the loader, on a page that does not link the stylesheet, reserves the same heights", async () => {
  const widths = [320, 390, 640, 1024, 1440];
  const reserve = async (withLink) => {
    const context = await env.browser.newContext({ viewport: { width: 1920, height: 1000 } });
    const page = await context.newPage();
    await page.goto(env.url + "baseline.html");
    if (withLink) await page.addStyleTag({ url: env.url + "soleus-widget.css" });
    else {
      await page.addScriptTag({ url: env.url + "soleus-widget.js", type: "module" });
      await page.waitForFunction(() => window.Soleus);
    }
    // Far below the fold, so the loader reserves their space and loads nothing yet.
    await page.evaluate(() => {
      const spacer = document.createElement("div");
      spacer.style.height = "50000px";
      document.body.append(spacer);
    });
    const heights = [];
    for (const sections of ["both", "diagram", "quiz"]) {
      heights.push(...(await reservedHeights(page, sections, widths, true)));
    }
    await context.close();
    return heights;
  };
  const linked = await reserve(true);
  const carried = await reserve(false);
  assert.deepEqual(carried, linked);
  assert.ok(Math.min(...carried) > 1000, "space is reserved");
});
