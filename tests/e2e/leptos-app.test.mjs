// End-to-end: the widget as a library. The example Leptos app (examples/leptos-app) renders
// two <SoleusWidget/>s with different options in its own document and logs their events.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { chromium } from "playwright-core";
import { startServer } from "../../scripts/serve.mjs";
import { answerAll, axeViolations, CHROMIUM_ARGS, en } from "./harness.mjs";

let server;
let url;
let browser;
before(async () => {
  ({ server, url } = await startServer({ dir: "target/leptos-app-dist" }));
  browser = await chromium.launch({
    executablePath: process.env.CHROMIUM ?? "/usr/bin/chromium",
    args: CHROMIUM_ARGS,
  });
});
after(async () => {
  await browser?.close();
  await new Promise((done) => server?.close(done));
});

test("a Leptos app uses two widgets with their own options and hears each one's events", async () => {
  const page = await browser.newPage();
  const errors = [];
  page.on("pageerror", (error) => errors.push(String(error)));
  page.on("console", (message) => {
    if (message.type() === "error") errors.push(message.text());
  });
  await page.goto(url);
  const log = page.locator(".app__events li");
  await page.waitForFunction(() => document.querySelectorAll(".app__events li[data-event=ready]").length === 2);

  const explorer = page.locator("[data-widget=explorer] .sol-root");
  const quiz = page.locator("[data-widget=quiz] .sol-root");
  // Each widget follows its own options: the explorer starts at 90° and has no quiz; the
  // quiz widget has no diagram.
  assert.equal(await explorer.locator(".sol-knee__input").inputValue(), "90");
  assert.equal(await explorer.locator(".sol-quiz").count(), 0);
  assert.equal(await quiz.locator(".sol-diagram").count(), 0);
  // In the app's own document (no shadow root), styled by the widget's own stylesheet.
  assert.equal(await page.evaluate(() => document.querySelectorAll(".sol-root").length), 2);
  assert.equal(await explorer.evaluate((el) => getComputedStyle(el).borderTopStyle), "solid");
  // No element id is used twice in the document.
  const repeated = await page.evaluate(() => {
    const ids = [...document.querySelectorAll("[id]")].map((el) => el.id);
    return ids.filter((id, i) => ids.indexOf(id) !== i);
  });
  assert.deepEqual(repeated, []);

  await answerAll(quiz.locator(".sol-quiz"), { choice: 0, count: "12" });
  await quiz.getByRole("button", { name: en.start_circuit }).click();
  await page.waitForFunction(() => document.querySelectorAll(".app__events li").length === 5);
  const events = await log.evaluateAll((items) =>
    items.map((li) => `${li.dataset.widget} ${li.dataset.event}`),
  );
  assert.deepEqual(events.slice(0, 2).sort(), ["explorer ready", "quiz ready"]);
  assert.deepEqual(events.slice(2), ["quiz quiz-complete", "quiz triage", "quiz circuit-started"]);
  assert.match(await log.nth(2).textContent(), /QuizComplete \{ outcome: Circuit, level: Some\(Foundation\) \}/);
  assert.deepEqual(await axeViolations(page), [], "the app with both widgets");
  assert.deepEqual(errors, []);
  await page.close();
});
