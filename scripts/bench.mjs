// The benchmark: sizes, start-up time, interaction latency and memory, measured against the
// release build served on 127.0.0.1 in headless Chromium, compared with budgets.json.
//
//   make bench        (builds first)     node scripts/bench.mjs [runs]
//
// Prints a table, writes target/bench.json, and says which budget fails and by how much.
// Timings are noisy on a shared 2-core machine, so they are checked here, not in CI.
import { readFile, mkdir, writeFile } from "node:fs/promises";
import { chromium } from "playwright-core";
import { startServer } from "./serve.mjs";
import { report, print } from "./size-report.mjs";

const RUNS = Math.max(7, Number(process.argv[2] ?? 7));
const CHROMIUM_ARGS = [
  "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
  "--disable-component-update", "--no-first-run", "--disable-dev-shm-usage", "--disable-sync",
  "--enable-precise-memory-info", "--js-flags=--expose-gc",
];

const budgets = JSON.parse(await readFile("budgets.json", "utf8"));
const { server, url } = await startServer({ dir: "dist" });
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM ?? "/usr/bin/chromium",
  args: CHROMIUM_ARGS,
});

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};

/** A fresh page with the cache disabled and the CPU slowed `rate` times. */
async function throttledPage(rate) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send("Network.enable");
  await cdp.send("Network.setCacheDisabled", { cacheDisabled: true });
  await cdp.send("Emulation.setCPUThrottlingRate", { rate });
  await page.addInitScript(() => {
    window.__ready = undefined;
    document.addEventListener("soleus:ready", () => {
      window.__ready ??= performance.now();
    });
    window.__worstInteraction = 0;
    window.__longTasks = [];
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) {
        window.__worstInteraction = Math.max(window.__worstInteraction, entry.duration);
      }
    }).observe({ type: "event", durationThreshold: 16, buffered: false });
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) window.__longTasks.push(Math.round(entry.duration));
    }).observe({ type: "longtask", buffered: false });
  });
  return { context, page, cdp };
}

/** Milliseconds from navigation start to the first widget's ready event. */
async function readyTime(rate) {
  const { context, page } = await throttledPage(rate);
  await page.goto(url + "plain.html");
  await page.waitForFunction(() => window.__ready !== undefined, null, { timeout: 60_000 });
  const ms = await page.evaluate(() => window.__ready);
  await context.close();
  return ms;
}

/** Worst interaction latency and long tasks while using every part of the widget. */
async function interaction(rate) {
  const { context, page } = await throttledPage(rate);
  await page.goto(url);
  await page.waitForFunction(() => window.__ready !== undefined, null, { timeout: 60_000 });
  await page.evaluate(() => {
    window.__worstInteraction = 0;
    window.__longTasks = [];
  });
  const widget = page.locator("[data-soleus-widget]").first();
  await widget.locator("#sol-knee-input").focus();
  for (let step = 0; step < 110; step += 1) await page.keyboard.press("ArrowRight");
  const quiz = widget.locator(".sol-quiz");
  for (let n = 0; n < 9; n += 1) {
    await quiz.locator("input[type=radio]").first().check();
    await quiz.getByRole("button", { name: "Next" }).click();
  }
  await quiz.locator("input[type=number]").fill("22");
  await quiz.getByRole("button", { name: "Next" }).click();
  await quiz.getByRole("button", { name: "See my result" }).click();
  await quiz.getByRole("button", { name: "Start the guided circuit" }).click();
  await page.waitForTimeout(3000);
  await page.keyboard.press("ArrowRight");
  await page.keyboard.press("Space");
  await page.waitForTimeout(500);
  const result = await page.evaluate(() => ({
    worst: Math.round(window.__worstInteraction),
    longTasks: window.__longTasks,
  }));
  await context.close();
  return result;
}

/** JS heap (after garbage collection) and wasm memory of a page, in bytes. */
async function memory(path) {
  const { context, page, cdp } = await throttledPage(1);
  await page.goto(url + path);
  await page.waitForLoadState("load");
  await page.waitForTimeout(300);
  const wasm = await page.evaluate(async () => {
    if (!document.querySelector("[data-soleus-widget]")) return 0;
    const loader = await import("./soleus-widget.js");
    const exports = await loader.ready;
    return exports?.memory?.buffer?.byteLength ?? 0;
  });
  await cdp.send("HeapProfiler.enable");
  await cdp.send("HeapProfiler.collectGarbage");
  await cdp.send("Performance.enable");
  const { metrics } = await cdp.send("Performance.getMetrics");
  const heap = metrics.find((m) => m.name === "JSHeapUsedSize")?.value ?? 0;
  await context.close();
  return { heap, wasm, total: heap + wasm };
}

const sizes = await report("dist");
const results = { sizes, ready: {}, interaction: {}, memory: {} };
for (const rate of [1, 4]) {
  const times = [];
  for (let run = 0; run < RUNS; run += 1) times.push(await readyTime(rate));
  results.ready[`${rate}x`] = {
    runs: times.map(Math.round),
    median: Math.round(median(times)),
    min: Math.round(Math.min(...times)),
    max: Math.round(Math.max(...times)),
  };
}
results.interaction["4x"] = await interaction(4);
const baseline = await memory("baseline.html");
const one = await memory("plain.html");
const five = await memory("five.html");
results.memory = {
  baseline,
  one,
  five,
  oneWidgetBytes: one.total - baseline.total,
  eachExtraWidgetBytes: Math.round((five.total - one.total) / 4),
};
await browser.close();
server.close();

const MB = 1024 * 1024;
const measured = {
  embed_brotli_kb: sizes.embed.brotli / 1024,
  ready_median_ms_4x: results.ready["4x"].median,
  long_tasks_4x: results.interaction["4x"].longTasks.length,
  worst_interaction_ms_4x: results.interaction["4x"].worst,
  memory_one_widget_mb: results.memory.oneWidgetBytes / MB,
  memory_each_extra_widget_mb: results.memory.eachExtraWidgetBytes / MB,
};

print(sizes, "dist");
console.log("\nStart-up: navigation start to the ready event, cache disabled");
for (const [rate, r] of Object.entries(results.ready)) {
  console.log(`  ${rate.padEnd(4)} median ${r.median} ms, spread ${r.min}–${r.max} ms over ${r.runs.length} runs`);
}
const i = results.interaction["4x"];
console.log(`\nInteraction at 4x: worst ${i.worst} ms, long tasks ${i.longTasks.length ? i.longTasks.join(", ") + " ms" : "none"}`);
const m = results.memory;
const mb = (bytes) => (bytes / MB).toFixed(2);
console.log("\nMemory after load (JS heap after GC + wasm memory)");
console.log(`  no widget   ${mb(m.baseline.heap)} MB heap`);
console.log(`  one widget  ${mb(m.one.heap)} MB heap + ${mb(m.one.wasm)} MB wasm`);
console.log(`  five        ${mb(m.five.heap)} MB heap + ${mb(m.five.wasm)} MB wasm`);
console.log(`  one widget costs ${mb(m.oneWidgetBytes)} MB; each extra ${mb(m.eachExtraWidgetBytes)} MB`);

console.log("\nBudgets (budgets.json)");
let failures = 0;
for (const [name, budget] of Object.entries(budgets)) {
  const value = measured[name];
  const ok = value <= budget.max;
  if (!ok) failures += 1;
  const shown = Number.isInteger(value) ? value : value.toFixed(2);
  const over = ok ? "" : ` — over by ${(value - budget.max).toFixed(2)} ${budget.unit}`;
  console.log(`  ${ok ? "ok  " : "FAIL"} ${name.padEnd(30)} ${shown} ${budget.unit} (max ${budget.max})${over}`);
}
await mkdir("target", { recursive: true });
await writeFile("target/bench.json", JSON.stringify({ results, measured, budgets }, null, 2));
console.log(`\n${failures ? `${failures} budget(s) fail` : "All budgets hold"}; details in target/bench.json`);
