// Shared set-up for the end-to-end tests: serves the release build on 127.0.0.1, launches
// Debian's headless Chromium, and opens pages that record every console error.
import assert from "node:assert/strict";
import { chromium } from "playwright-core";
import { execFileSync } from "node:child_process";
import { createRequire } from "node:module";
import { startServer } from "../../scripts/serve.mjs";

const require = createRequire(import.meta.url);

/**
 * Every string the widget shows, per language, keyed as `Text::all_strings` names them
 * (`en.next`, `en["muscles[0].name"]`): printed from the content by examples/e2e_words.rs, so
 * the tests look for the words the widget really shows.
 */
export const words = JSON.parse(
  execFileSync("cargo", ["run", "--quiet", "--locked", "--example", "e2e_words"], { encoding: "utf8" }),
);
/** The English words. */
export const en = words.en;
/** Asserts that `text` (what the widget shows) contains the content's `words`. */
export function shows(text, words, message) {
  assert.ok(text.includes(words), message ?? `expected «${words}» in «${text}»`);
}

/**
 * Asserts that `text` shows the content's `template` filled in: every fixed part of it, in
 * order, around whatever the placeholders became.
 */
export function showsTemplate(text, template, message) {
  let from = 0;
  for (const part of template.split(/\{[a-z_]+\}/).filter(Boolean)) {
    const at = text.indexOf(part, from);
    assert.ok(at >= 0, message ?? `expected «${part}» (from «${template}») in «${text}»`);
    from = at + part.length;
  }
}

/** Every claim the widget may state, in `Claim::ALL` order: its name and its sources' places
 * in the source registry. */
export const claims = words.claims;

/** Every source in the registry's order: its short label and its checked address (or ""). */
export const sources = words.sources;

/** Flags that keep Chromium quiet on a machine with no network but the loopback. */
export const CHROMIUM_ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--no-first-run",
  "--disable-dev-shm-usage",
  "--disable-sync",
  // Two more names for the loopback server: a plain-http origin that is not "localhost" (an
  // insecure context, as a blog on http:// is) and a second site for cross-origin frames.
  "--host-resolver-rules=MAP blog.soleus.test 127.0.0.1, MAP other.soleus.test 127.0.0.1",
];

/** Starts the server and the browser; call `stop()` when done. */
export async function launch() {
  const { server, url } = await startServer({ dir: "dist" });
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM ?? "/usr/bin/chromium",
    args: CHROMIUM_ARGS,
  });
  return {
    url,
    browser,
    async stop() {
      await browser.close();
      await new Promise((done) => server.close(done));
    },
  };
}

/**
 * Opens `path` in a new page and waits until every widget host has mounted. Returns the page
 * and the list of console errors and uncaught exceptions seen so far (it keeps growing).
 */
export async function openDemo(browser, url, { path = "", viewport } = {}) {
  const context = await browser.newContext(viewport ? { viewport } : {});
  const page = await context.newPage();
  const errors = [];
  page.on("console", (message) => {
    if (message.type() === "error") errors.push(message.text());
  });
  page.on("pageerror", (error) => errors.push(String(error)));
  page.on("response", (response) => {
    if (response.status() >= 400) errors.push(`${response.status()} ${response.url()}`);
  });
  await page.goto(url + path);
  await page.waitForFunction(() => {
    const hosts = [...document.querySelectorAll("[data-soleus-widget]")];
    return hosts.length > 0 && hosts.every((host) => host.dataset.soleusState === "ready");
  });
  return { page, context, errors };
}

/** A page that records uncaught errors, unhandled rejections (in every frame) and warnings. */
export async function watchedPage(context) {
  await context.addInitScript(() => {
    window.__rejections = [];
    window.addEventListener("unhandledrejection", (event) => window.__rejections.push(String(event.reason)));
  });
  const page = await context.newPage();
  const errors = [];
  const warnings = [];
  page.on("pageerror", (error) => errors.push(String(error)));
  page.on("console", (message) => {
    if (message.type() === "error") errors.push(message.text());
    if (message.type() === "warning") warnings.push(message.text());
  });
  return { page, errors, warnings };
}

/** Runs axe-core on the page (it looks inside open shadow roots) with the WCAG A/AA rules. */
export async function axeViolations(page) {
  await page.addScriptTag({ path: require.resolve("axe-core/axe.min.js") });
  const result = await page.evaluate(() =>
    window.axe.run(document, {
      runOnly: {
        type: "tag",
        values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a", "wcag22aa"],
      },
    }),
  );
  return result.violations.map((violation) => ({
    id: violation.id,
    help: violation.help,
    targets: violation.nodes.map((node) => node.target),
  }));
}

/** The quiz has eleven questions: nine with options, then the heel-raise count on each leg. */
export const QUESTIONS = 11;
/** How many of them are option questions (the rest are the two counts). */
export const OPTION_QUESTIONS = 9;

/** Answers the nine option questions with option `choice` (or the last one), by mouse. */
export async function answerChoices(quiz, choice = 1) {
  for (let n = 0; n < OPTION_QUESTIONS; n += 1) {
    const options = quiz.locator("input[type=radio]");
    await options.nth(Math.min(choice, (await options.count()) - 1)).check();
    await quiz.getByRole("button", { name: en.next }).click();
  }
}

/**
 * Adds a quiz-only widget host with `attributes` (and `id`) to the page, at the top of the
 * body, and returns its quiz once its first step is on screen (a quiz-only widget opens by
 * itself, as soon as its module has come).
 */
export async function addQuizHost(page, id, attributes = {}) {
  await page.evaluate(
    ({ id, attributes }) => {
      const host = document.createElement("div");
      host.id = id;
      host.setAttribute("data-soleus-widget", "");
      host.setAttribute("data-sections", "quiz");
      for (const [name, value] of Object.entries(attributes)) host.setAttribute(name, value);
      document.body.prepend(host);
    },
    { id, attributes },
  );
  const quiz = page.locator(`#${id} .sol-quiz`);
  await quiz.locator(".sol-quiz__step").waitFor();
  return quiz;
}

/**
 * Opens the quiz as a reader does: presses "Start the check" unless the quiz opened by itself (a
 * result link, saved progress, a widget that is only the quiz), then waits for its first step,
 * whose code the widget fetches as a module of its own.
 */
export async function startQuiz(quiz) {
  const start = quiz.getByRole("button", { name: en.quiz_start });
  const step = quiz.locator(".sol-quiz__step");
  await step.or(start).first().waitFor();
  // While the quiz is already opening, its Start button is marked disabled and is left alone:
  // it may be replaced by the steps at any moment, so it is read in one go with the section.
  const pressable = await quiz.evaluate(
    (section, words) =>
      !section.querySelector(".sol-quiz__step") &&
      [...section.querySelectorAll("button")].some(
        (button) => button.textContent.trim() === words && button.getAttribute("aria-disabled") !== "true",
      ),
    en.quiz_start,
  );
  if (pressable) await start.click();
  await step.waitFor();
}

/** The screening, the quiz's first step: opens the quiz, ticks `flags` (label patterns), or
 * "None of these apply to me" when there are none, and goes on. */
export async function screen(quiz, flags = []) {
  await startQuiz(quiz);
  for (const flag of flags) await quiz.getByLabel(flag).check();
  if (flags.length === 0) await quiz.getByLabel(en.screening_none).check();
  await quiz.getByRole("button", { name: en.screening_continue }).click();
}

/** The whole journey to a circuit: a clear screening, option `choice` for every question,
 * then `count` heel raises on the left leg and `right` (the same by default) on the right;
 * the last Next shows the result. */
export async function answerAll(quiz, { choice = 1, count = "23", right = count } = {}) {
  await screen(quiz);
  await answerChoices(quiz, choice);
  for (const raises of [count, right]) {
    await quiz.locator("input[type=number]").fill(raises);
    await quiz.getByRole("button", { name: en.next }).click();
  }
}

/**
 * A meter of what a page holds, for tests that mount and unmount in a loop: call the returned
 * function before and after. It collects garbage five times, keeping the fewest DOM nodes
 * seen (detached nodes count until a collection has really freed them), then reads
 * listeners, the JS heap and the widget module's wasm memory.
 */
export async function memoryMeter(context, page) {
  const cdp = await context.newCDPSession(page);
  await cdp.send("HeapProfiler.enable");
  return async () => {
    // Five collections every time, keeping the fewest nodes seen: a detached tree can need
    // more than one (the JS and DOM heaps hold each other), and a pass that frees nothing
    // can come before one that does. Nodes something still holds survive every pass.
    let nodes = Infinity;
    for (let pass = 0; pass < 5; pass += 1) {
      await cdp.send("HeapProfiler.collectGarbage");
      await page.waitForTimeout(50);
      nodes = Math.min(nodes, (await cdp.send("Memory.getDOMCounters")).nodes);
    }
    const counters = { ...(await cdp.send("Memory.getDOMCounters")), nodes };
    const { usedSize } = await cdp.send("Runtime.getHeapUsage");
    const wasm = await page.evaluate(async () => (await Soleus.ready)?.memory.buffer.byteLength ?? 0);
    return { listeners: counters.jsEventListeners, nodes: counters.nodes, heap: usedSize, wasm };
  };
}
