// End-to-end: the quiz's steps are a module of their own. A page fetches it only when the
// reader nears the quiz or presses its Start button (never under Save-Data until the press);
// a press before it has come shows that it is loading; a failed fetch says so, leaves the
// explorer working, and the next press loads it. The sources panel draws its list from the
// same module when it is opened, with the same loading and retry.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { axeViolations, en, launch } from "./harness.mjs";

let env;
before(async () => {
  env = await launch();
});
after(async () => {
  await env?.stop();
});

const PHONE = { width: 360, height: 780 };
const QUIZ_MODULE = "soleus_quiz.wasm";

/** A post with one English widget near its top and a long article after it. */
const POST = `<!doctype html><html lang="en"><head><meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1"><title>Post</title>
  <link rel="icon" href="data:,"><script type="module" src="soleus-widget.js"></script></head>
  <body style="margin:0"><h1>The soleus</h1>
  <div data-soleus-widget data-theme="light"><p>Calf explorer.</p></div>
  ${"<p>The soleus carries much of a runner's load in every stride.</p>".repeat(80)}</body></html>`;

/**
 * Opens the post on a phone, counting fetches of the quiz's module. `init` runs in the page
 * before it loads; `route` may answer the quiz module's requests instead of the server.
 */
async function openPost({ init, route } = {}) {
  const context = await env.browser.newContext({ viewport: PHONE });
  if (init) await context.addInitScript(init);
  const page = await context.newPage();
  const errors = [];
  page.on("pageerror", (error) => errors.push(String(error)));
  const fetches = { quiz: 0 };
  page.on("request", (request) => request.url().endsWith(`/${QUIZ_MODULE}`) && (fetches.quiz += 1));
  await page.route("**/post.html", (r) => r.fulfill({ contentType: "text/html", body: POST }));
  if (route) await page.route(`**/${QUIZ_MODULE}`, route);
  await page.goto(env.url + "post.html");
  await page.waitForFunction(() => document.querySelector("[data-soleus-widget]")?.dataset.soleusState === "ready");
  const widget = page.locator("[data-soleus-widget]");
  return { context, page, widget, quiz: widget.locator(".sol-quiz"), fetches, errors };
}

/** The knee control still moves the drawing: the explorer works. */
async function explorerWorks(widget) {
  const knee = widget.getByRole("slider").first();
  await knee.fill("0");
  const straight = await widget.locator(".sol-share__value").first().textContent();
  await knee.fill("90");
  const bent = await widget.locator(".sol-share__value").first().textContent();
  assert.notEqual(bent, straight, "the share changes with the knee");
}

/** The element that has focus inside the widget. */
const focusedClass = (page) =>
  page.evaluate(() => document.querySelector("[data-soleus-widget]").shadowRoot.activeElement?.className ?? "");

test("the quiz's module comes when the reader nears the quiz, once, and Start opens it with focus on the screening", async () => {
  const { context, page, widget, quiz, fetches, errors } = await openPost();
  await explorerWorks(widget);
  await widget.getByRole("button", { name: en.heel_raise_play }).click();
  await page.waitForTimeout(400);
  assert.equal(fetches.quiz, 0, "not fetched while the reader uses the explorer screens above the quiz");

  const start = quiz.getByRole("button", { name: en.quiz_start });
  await start.scrollIntoViewIfNeeded();
  await page.waitForFunction(() => performance.getEntriesByType("resource").some((e) => e.name.endsWith("/soleus_quiz.wasm") && e.responseEnd > 0));
  await start.click();
  await quiz.locator(".sol-screening").waitFor();
  assert.equal(await focusedClass(page), "sol-quiz__step", "focus moves to the first step");
  await quiz.getByLabel(en.screening_none).check();
  await quiz.getByRole("button", { name: en.screening_continue }).click();
  await quiz.locator(".sol-question__progress").waitFor();
  assert.equal(fetches.quiz, 1, "fetched once");
  assert.deepEqual(errors, []);
  await context.close();
});

test("a press before the module has come says it is loading, keeps the focus, then opens the screening", async () => {
  let release;
  const held = new Promise((resolve) => {
    release = resolve;
  });
  const { context, page, quiz } = await openPost({
    route: async (route) => {
      await held;
      await route.continue();
    },
  });
  const start = quiz.getByRole("button", { name: en.quiz_start });
  await start.focus();
  await page.keyboard.press("Enter");
  await quiz.getByRole("status").filter({ hasText: en.quiz_loading }).waitFor();
  assert.equal(await start.getAttribute("aria-disabled"), "true");
  assert.equal(await focusedClass(page), "sol-button sol-button--primary", "the Start button keeps the focus");
  release();
  await quiz.locator(".sol-screening").waitFor();
  assert.equal(await focusedClass(page), "sol-quiz__step");
  await context.close();
});

test("a failed fetch says so, the explorer keeps working, and the next press loads the quiz", async () => {
  let fail = true;
  const { context, page, widget, quiz, fetches } = await openPost({
    route: (route) => (fail ? route.abort("internetdisconnected") : route.continue()),
  });
  const start = quiz.getByRole("button", { name: en.quiz_start });
  await start.scrollIntoViewIfNeeded();
  await start.click();
  await quiz.getByRole("status").filter({ hasText: en.quiz_load_failed }).waitFor();
  assert.equal(await start.getAttribute("aria-disabled"), null, "Start can be pressed again");
  await explorerWorks(widget);

  fail = false;
  await start.click();
  await quiz.locator(".sol-screening").waitFor();
  assert.ok(fetches.quiz >= 2, "fetched again after the failure");
  await quiz.getByLabel(en.screening_none).check();
  await quiz.getByRole("button", { name: en.screening_continue }).click();
  await quiz.locator(".sol-question__progress").waitFor();
  await page.waitForTimeout(100);
  await context.close();
});

test("under Save-Data the module is not fetched ahead, only on Start", async () => {
  const { context, page, quiz, fetches } = await openPost({
    init: () => Object.defineProperty(Navigator.prototype, "connection", { get: () => ({ saveData: true }) }),
  });
  const start = quiz.getByRole("button", { name: en.quiz_start });
  await start.scrollIntoViewIfNeeded();
  await page.waitForTimeout(600);
  assert.equal(fetches.quiz, 0, "not fetched on coming near");
  await start.click();
  await quiz.locator(".sol-screening").waitFor();
  assert.equal(fetches.quiz, 1);
  await context.close();
});

test("the sources panel draws its list when opened; a failed fetch says so and opening it again lists them", async () => {
  let fail = true;
  const { context, page, widget, fetches, errors } = await openPost({
    // No fetching ahead, so the panel's own opening is what asks for the module.
    init: () => Object.defineProperty(Navigator.prototype, "connection", { get: () => ({ saveData: true }) }),
    route: (route) => (fail ? route.abort("internetdisconnected") : route.continue()),
  });
  const panel = widget.locator(".sol-evidence");
  const summary = panel.getByText(en.evidence_heading);
  await summary.scrollIntoViewIfNeeded();
  assert.equal(await panel.locator(".sol-evidence__item").count(), 0, "no list before it is asked for");
  assert.equal(fetches.quiz, 0);

  await summary.click();
  await panel.getByRole("status").filter({ hasText: en.evidence_load_failed }).waitFor();
  assert.deepEqual(await axeViolations(page), [], "the failure line is read out and passes axe");
  await explorerWorks(widget);

  fail = false;
  await summary.click();
  await summary.click();
  await panel.locator(".sol-evidence__item").first().waitFor();
  assert.equal(await panel.locator("[role=status]").textContent(), "", "the status line is empty once the list is here");
  const items = await panel.locator(".sol-evidence__item").evaluateAll((list) =>
    list.map((item) => ({ source: item.dataset.source, cited: item.querySelector("cite")?.textContent ?? "" })),
  );
  assert.ok(items.length >= 20, `lists the sources (${items.length})`);
  assert.ok(items.every((item) => item.source !== undefined && item.cited.trim() !== ""), "each with its title");
  assert.ok(fetches.quiz >= 2, "fetched again on the next opening");
  assert.deepEqual(await axeViolations(page), [], "the open list passes axe");
  assert.deepEqual(errors, []);
  await context.close();
});
