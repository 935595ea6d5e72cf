// End-to-end: the demo blog post, as a reader with a browser and a keyboard meets it.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { mkdir } from "node:fs/promises";
import { axeViolations, launch, openDemo } from "./harness.mjs";

let env;
before(async () => {
  env = await launch();
});
after(async () => {
  await env?.stop();
});

test("every widget on the demo page mounts and replaces its fallback text", async () => {
  const { page, context, errors } = await openDemo(env.browser, env.url);
  const hosts = page.locator("[data-soleus-widget]");
  assert.equal(await hosts.count(), 2);
  for (let index = 0; index < 2; index += 1) {
    const host = hosts.nth(index);
    assert.equal(await host.locator(".sol-root").count(), 1, "one widget per host");
    assert.equal(await host.locator(".widget-fallback").isVisible(), false);
  }
  // The second widget is configured in German, starting at 90°.
  await assert.doesNotReject(
    hosts.nth(1).getByRole("heading", { name: /Wer leistet die Arbeit/ }).waitFor(),
  );
  assert.equal(await hosts.nth(1).locator(".sol-knee__input").inputValue(), "90");
  assert.deepEqual(errors, []);
  await context.close();
});

test("the knee slider can be reached with Tab and moved with the arrow keys", async () => {
  const { page, context, errors } = await openDemo(env.browser, env.url);
  const focusedId = () =>
    page.evaluate(() => {
      let element = document.activeElement;
      while (element?.shadowRoot?.activeElement) element = element.shadowRoot.activeElement;
      return element?.id ?? "";
    });
  for (let presses = 0; presses < 10 && !(await focusedId()).endsWith("-knee-input"); presses += 1) {
    await page.keyboard.press("Tab");
  }
  assert.match(await focusedId(), /^sol\d+-knee-input$/, "Tab reaches the first widget's slider");

  const widget = page.locator("[data-soleus-widget]").first();
  const slider = widget.locator(".sol-knee__input");
  const soleus = widget.locator("[data-muscle=soleus]");
  const before = await soleus.textContent();
  for (let step = 0; step < 5; step += 1) await page.keyboard.press("ArrowRight");
  assert.equal(await slider.inputValue(), "5");
  await page.keyboard.press("End");
  assert.equal(await slider.inputValue(), "110");
  assert.equal(await widget.locator(".sol-knee__value").textContent(), "110°");
  assert.notEqual(await soleus.textContent(), before, "the share follows the slider");
  assert.match(await slider.getAttribute("aria-valuetext"), /^Knee bent 110 degrees: soleus 90–95%, gastrocnemius 5–10% of the work \(model estimate\)$/);
  await page.keyboard.press("Home");
  assert.equal(await slider.inputValue(), "0");
  assert.equal(await soleus.textContent(), before);
  assert.deepEqual(errors, []);
  await context.close();
});

test("axe-core finds no WCAG A or AA violations on the demo page", async () => {
  const { page, context } = await openDemo(env.browser, env.url);
  assert.deepEqual(await axeViolations(page), []);
  await context.close();
});

test("the demo page frames each widget in the post's column, nothing spilling out, and writes screenshots to look at", async () => {
  const { page, context } = await openDemo(env.browser, env.url, {
    viewport: { width: 1280, height: 900 },
  });
  const framing = await page.evaluate(() => {
    const column = document.querySelector("main.post").getBoundingClientRect();
    return {
      pageScrollsSideways: document.documentElement.scrollWidth > innerWidth,
      widgets: [...document.querySelectorAll("[data-soleus-widget]")].map((host) => {
        const box = host.getBoundingClientRect();
        const root = host.shadowRoot.querySelector(".sol-root").getBoundingClientRect();
        // Every part of the widget lies inside its host's box (a drawing's shapes are clipped
        // by their <svg>, whose own box is checked).
        const spilling = [...host.shadowRoot.querySelectorAll(".sol-root *")].filter((element) => {
          if (element.tagName !== "svg" && element.closest("svg")) return false;
          const part = element.getBoundingClientRect();
          if (part.width === 0 || part.height === 0) return false;
          return part.left < box.left - 1 || part.right > box.right + 1;
        }).length;
        return {
          inColumn: box.left >= column.left - 1 && box.right <= column.right + 1,
          fillsHost: Math.abs(root.width - box.width) <= 1,
          spilling,
        };
      }),
    };
  });
  assert.equal(framing.pageScrollsSideways, false);
  for (const widget of framing.widgets) {
    assert.deepEqual(widget, { inColumn: true, fillsHost: true, spilling: 0 });
  }
  await mkdir("target/screenshots", { recursive: true });
  await page.locator("[data-soleus-widget]").first().scrollIntoViewIfNeeded();
  await page.screenshot({ path: "target/screenshots/demo-page.png", fullPage: true });
  await page.locator("[data-soleus-widget]").first().screenshot({ path: "target/screenshots/widget.png" });
  await context.close();
});
