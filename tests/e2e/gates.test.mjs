// Gates that guard the widget as a guest: accessibility in every state, privacy across the
// whole journey, and no growth in memory or listeners when widgets come and go.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { answerChoices, axeViolations, launch, openDemo, screen, memoryMeter, en } from "./harness.mjs";

let env;
before(async () => {
  env = await launch();
});
after(async () => {
  await env?.stop();
});

test("axe-core finds no violations at every knee preset, at 200% zoom and with reduced motion", async () => {
  const { page, context } = await openDemo(env.browser, env.url);
  const widget = page.locator("[data-soleus-widget]").first();
  for (const preset of ["0°", "45°", "90°"]) {
    await widget.getByRole("button", { name: preset, exact: true }).click();
    assert.deepEqual(await axeViolations(page), [], preset);
  }
  // 200% zoom of a 1280 × 900 window lays the page out at 640 × 450 CSS pixels.
  await page.setViewportSize({ width: 640, height: 450 });
  assert.deepEqual(await axeViolations(page), [], "200% zoom");
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  assert.ok(overflow <= 0, `${overflow} px of horizontal scroll at 200%`);
  await context.close();

  const reduced = await env.browser.newContext({ reducedMotion: "reduce" });
  const calm = await reduced.newPage();
  await calm.goto(env.url);
  await calm.waitForFunction(() => document.querySelector("[data-soleus-widget]")?.dataset.soleusState === "ready");
  const first = calm.locator("[data-soleus-widget]").first();
  await first.getByRole("button", { name: en.heel_raise_play }).click();
  assert.equal(
    await first.locator(".sol-diagram__foot").getAttribute("transform"),
    "rotate(-25 -150 58)",
    "reduced motion shows the end position at once",
  );
  assert.deepEqual(await axeViolations(calm), [], "reduced motion");
  await reduced.close();
});

test("the whole journey requests nothing but the widget's own files and stores nothing", async () => {
  const context = await env.browser.newContext();
  const page = await context.newPage();
  const requests = [];
  page.on("request", (request) => requests.push(request.url()));
  await page.goto(env.url);
  await page.waitForFunction(() =>
    [...document.querySelectorAll("[data-soleus-widget]")].every((h) => h.dataset.soleusState === "ready"),
  );
  const widget = page.locator("[data-soleus-widget]").first();
  await widget.getByRole("button", { name: "90°" }).click();
  await widget.getByRole("button", { name: en["muscles[0].name"] }).click();
  await widget.getByRole("button", { name: en.heel_raise_play }).click();
  const quiz = widget.locator(".sol-quiz");
  await screen(quiz);
  await answerChoices(quiz, 0);
  await quiz.getByRole("button", { name: en.count_start }).click();
  await page.waitForTimeout(2200);
  await quiz.getByRole("button", { name: en.count_stop }).click();
  await quiz.getByRole("button", { name: en.next }).click();
  // One leg is enough for a result: the other is skipped.
  await quiz.getByRole("button", { name: en.skip }).click();
  await quiz.getByRole("button", { name: en.copy_link }).click();
  await quiz.getByRole("button", { name: en.start_circuit }).click();
  await quiz.getByLabel(en.sound).check();
  await page.waitForTimeout(1500);

  // The demo post has a German widget, so it loads the all-languages module, its glue and its
  // quiz module.
  const allowed = new Set(
    ["", "page.css", "soleus-widget.css", "soleus-widget.js", "soleus_all.js", "soleus_all_bg.wasm", "soleus_all_quiz.wasm"].map(
      (f) => env.url + f,
    ),
  );
  const unexpected = requests.filter((u) => !allowed.has(u.split("#")[0]));
  assert.deepEqual(unexpected, [], "no request beyond the widget's own files");
  assert.deepEqual(await context.cookies(), []);
  const stored = await page.evaluate(async () => ({
    local: localStorage.length,
    session: sessionStorage.length,
    databases: (await indexedDB.databases()).length,
    cookie: document.cookie,
  }));
  assert.deepEqual(stored, { local: 0, session: 0, databases: 0, cookie: "" });
  await context.close();
});

test("five widgets mounted and unmounted again and again do not grow memory or listeners", async () => {
  const { page, context } = await openDemo(env.browser, env.url, { path: "five.html" });
  const measure = await memoryMeter(context, page);
  const cycle = () =>
    page.evaluate(async () => {
      const hosts = [...document.querySelectorAll("[data-soleus-widget]")];
      const parent = hosts[0].parentNode;
      for (const host of hosts) host.remove();
      await new Promise((done) => setTimeout(done, 20));
      for (const host of hosts) parent.append(host);
      await new Promise((done) => setTimeout(done, 20));
      return hosts.every((host) => host.dataset.soleusState === "ready");
    });
  for (let warmUp = 0; warmUp < 5; warmUp += 1) assert.ok(await cycle(), "remounted");
  const early = await measure();
  for (let round = 0; round < 25; round += 1) assert.ok(await cycle(), "remounted");
  const late = await measure();
  assert.ok(late.listeners <= early.listeners, `listeners ${early.listeners} → ${late.listeners}`);
  assert.ok(late.nodes <= early.nodes * 1.05, `nodes ${early.nodes} → ${late.nodes}`);
  assert.ok(late.heap <= early.heap * 1.1, `JS heap ${early.heap} → ${late.heap}`);
  await context.close();
});
