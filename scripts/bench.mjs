// The benchmark: sizes, what a below-the-fold widget costs before it is needed, start-up time
// against a minimal hand-written reference widget (bench/vanilla, interleaved in the same
// run) on a first and a repeat visit, how soon a widget below the fold is ready once it
// scrolls into view, layout shift, interaction latency and memory, measured against the
// release build served on 127.0.0.1 in headless Chromium, compared with budgets.json.
//
//   make bench        (builds first)     node scripts/bench.mjs [runs]
//
// Prints a table, writes target/bench.json, and says which budget fails and by how much.
// Timings are noisy on a shared 2-core machine, so they are checked here, not in CI.
import { mkdir, mkdtemp, readdir, readFile, rm, stat, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { chromium } from "playwright-core";
import { startServer } from "./serve.mjs";
import { report, print } from "./size-report.mjs";
import { readLeb } from "./wasm-leb.mjs";

const RUNS = Math.max(7, Number(process.argv[2] ?? 7));
/** Runs of the journey through every part of the widget (worst interaction, long tasks). */
const INTERACTION_RUNS = 5;
const CHROMIUM_ARGS = [
  "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
  "--disable-component-update", "--no-first-run", "--disable-dev-shm-usage", "--disable-sync",
  "--enable-precise-memory-info", "--js-flags=--expose-gc",
];

const budgets = JSON.parse(await readFile("budgets.json", "utf8"));
const { server, url } = await startServer({ dir: "dist" });
const { server: referenceServer, url: referenceUrl } = await startServer({ dir: "bench/vanilla" });
// A repeat visit needs files the browser may keep, sent as the README asks hosts to.
const { server: cachedServer, url: cachedUrl } = await startServer({ dir: "dist", cache: true });
const { server: cachedReferenceServer, url: cachedReferenceUrl } = await startServer({
  dir: "bench/vanilla",
  cache: true,
});
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
    window.__worstEvent = "";
    window.__longTasks = [];
    window.__longTaskStarts = [];
    window.__worstAnyEvent = 0;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) {
        // Hover events (pointerover, pointerout…) are not interactions: a pointer moving onto
        // a control that a press just replaced waits for that press's frame. Event Timing
        // marks the events of a press, a tap or a key with an interactionId (as INP counts
        // them); the others are kept apart, reported but not budgeted.
        window.__worstAnyEvent = Math.max(window.__worstAnyEvent, entry.duration);
        if (!entry.interactionId) continue;
        if (entry.duration > window.__worstInteraction) {
          // Which event and when: the journey names the step it fell in (the target is the
          // widget's host, whatever the control, as the widget draws in a shadow root).
          window.__worstEvent = entry.name;
          window.__worstAt = entry.startTime;
        }
        window.__worstInteraction = Math.max(window.__worstInteraction, entry.duration);
      }
    }).observe({ type: "event", durationThreshold: 16, buffered: false });
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) {
        window.__longTasks.push(Math.round(entry.duration));
        window.__longTaskStarts.push(entry.startTime);
      }
    }).observe({ type: "longtask", buffered: false });
  });
  return { context, page, cdp };
}

/** Milliseconds from navigation start to the first widget's ready event on `pageUrl`. */
async function readyTime(rate, pageUrl) {
  const { context, page } = await throttledPage(rate);
  await page.goto(pageUrl);
  await page.waitForFunction(() => window.__ready !== undefined, null, { timeout: 60_000 });
  const ms = await page.evaluate(() => window.__ready);
  await context.close();
  return ms;
}

/**
 * The size of each function body in a wasm module, by V8's function index (imported functions
 * first, with no body), read from the module's import and code sections.
 */
function functionBodySizes(bytes) {
  let at = 8;
  const leb = () => {
    const [value, next] = readLeb(bytes, at);
    at = next;
    return value;
  };
  const skipName = () => {
    const length = leb();
    at += length;
  };
  const skipLimits = () => {
    const flags = bytes[at++];
    leb();
    if (flags & 1) leb();
  };
  let imported = 0;
  const sizes = [];
  while (at < bytes.length) {
    const section = bytes[at++];
    const length = leb();
    const end = at + length;
    if (section === 2) {
      for (let count = leb(); count > 0; count -= 1) {
        skipName();
        skipName();
        const kind = bytes[at++];
        if (kind === 0) {
          leb();
          imported += 1;
          sizes.push(0);
        } else if (kind === 1) {
          at += 1;
          skipLimits();
        } else if (kind === 2) {
          skipLimits();
        } else if (kind === 3) {
          at += 2;
        } else {
          at += 1;
          leb();
        }
      }
    } else if (section === 10) {
      for (let count = leb(); count > 0; count -= 1) {
        const size = leb();
        sizes.push(size);
        at += size;
      }
    }
    // A section read to its end is the check that it was read right.
    if ((section === 2 || section === 10) && at !== end) throw new Error(`could not read the module's section ${section}`);
    at = end;
  }
  return { sizes, imported };
}

/**
 * What V8 compiles on the main thread before a widget in view is ready at `rate`: the
 * functions it compiles on their first call (`wasm.CompileLazy`, up to the ready mark), their
 * bytes of the English module's function bodies, and the traced time. This is the start-up's
 * own cost that a smaller first download does not remove: only less code on the mount path,
 * or a cached module, does. (Traced runs are slower, so they are kept apart from the timings.)
 */
async function compiledBeforeReady(rate, bodySizes) {
  const { context, page, cdp } = await throttledPage(rate);
  const events = [];
  cdp.on("Tracing.dataCollected", ({ value }) => events.push(...value));
  const traced = new Promise((done) => cdp.once("Tracing.tracingComplete", done));
  await cdp.send("Tracing.start", {
    traceConfig: { includedCategories: ["v8.wasm", "disabled-by-default-v8.wasm.detailed", "blink.user_timing"] },
    transferMode: "ReportEvents",
  });
  await page.addInitScript(() =>
    document.addEventListener("soleus:ready", () => performance.mark("soleus-ready"), { once: true }),
  );
  await page.goto(url + "plain.html");
  await page.waitForFunction(() => window.__ready !== undefined, null, { timeout: 60_000 });
  const quizEarly = await page.evaluate(() =>
    performance.getEntriesByType("resource").some((entry) => /_quiz\.wasm$/.test(entry.name)),
  );
  await cdp.send("Tracing.end");
  await traced;
  await context.close();
  // Every compile counted below must be the English module's, whose sizes are read here.
  if (quizEarly) throw new Error("plain.html fetched the quiz's module before ready");
  const readyAt = events.find((event) => event.name === "soleus-ready")?.ts;
  if (readyAt === undefined) throw new Error("the trace has no soleus-ready mark to count up to");
  const compiles = events.filter((event) => event.name === "wasm.CompileLazy" && event.ts <= readyAt);
  return {
    functions: compiles.length,
    bytes: compiles.reduce((sum, event) => sum + (bodySizes.sizes[event.args?.func_index] ?? 0), 0),
    ms: compiles.reduce((sum, event) => sum + (event.dur ?? 0), 0) / 1000,
  };
}

/** Bytes under `dir` and its subfolders (0 when it does not exist). */
async function folderBytes(dir) {
  const entries = await readdir(dir, { withFileTypes: true }).catch(() => []);
  let total = 0;
  for (const entry of entries) {
    const path = join(dir, entry.name);
    total += entry.isDirectory() ? await folderBytes(path) : (await stat(path)).size;
  }
  return total;
}

/**
 * V8 flag that makes V8 hand its compiled code to Chromium's cache as soon as 1000 bytes of it
 * are optimised, instead of after a timer that waits for two quiet seconds. A reader's browser
 * has the timer; with it, this Chromium never wrote the wasm cache (nor for a synthetic 463 KB
 * module kept hot, with the timer shortened to 100 ms), while the flag writes it at once. So
 * the repeat visit is measured both ways: as readers have it, and with the flag, to show what
 * the cache gives when it is written.
 */
const CACHE_AT_ONCE = "--wasm-caching-timeout-ms=0";

/**
 * A repeat visit at `rate`, in a browser profile on disk (a private context keeps no compiled
 * code): a first visit fills the HTTP cache and is used (the knee swept, so the hot functions
 * are optimised), then left quiet for five seconds, as V8 waits before it caches; the second
 * visit is traced. `cacheAtOnce` launches the browser with CACHE_AT_ONCE.
 *
 * Returns both visits' ready times and the evidence, from Chromium's own trace events and
 * from the profile's disk: whether Chromium wrote the module's compiled code to its cache
 * (`v8.wasm.cachedModule`) and whether the repeat found it there (`v8.wasm.moduleCacheHit`,
 * then `wasm.Deserialize`); the bytes of the profile's wasm code cache, beside its JavaScript
 * code cache (the control: the same profile and pages fill that one, so an empty wasm cache is
 * a reading, not a broken instrument); and how many functions each visit still compiled on
 * their first call (`wasm.CompileLazy`).
 */
async function repeatVisit(rate, pageUrl, { cacheAtOnce = false } = {}) {
  const profile = await mkdtemp(join(tmpdir(), "soleus-bench-"));
  const jsFlags = ["--expose-gc", ...(cacheAtOnce ? [CACHE_AT_ONCE] : [])].join(" ");
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM ?? "/usr/bin/chromium",
    args: [...CHROMIUM_ARGS.filter((arg) => !arg.startsWith("--js-flags=")), `--js-flags=${jsFlags}`],
    viewport: { width: 1280, height: 900 },
  });
  const codeCache = async () => ({
    wasm: await folderBytes(join(profile, "Default", "Code Cache", "wasm")),
    js: await folderBytes(join(profile, "Default", "Code Cache", "js")),
  });
  const visit = async (use) => {
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send("Emulation.setCPUThrottlingRate", { rate });
    const events = [];
    cdp.on("Tracing.dataCollected", ({ value }) => events.push(...value));
    const traced = new Promise((done) => cdp.once("Tracing.tracingComplete", done));
    await cdp.send("Tracing.start", {
      traceConfig: {
        includedCategories: [
          "v8.wasm",
          "disabled-by-default-v8.wasm.detailed",
          // Chromium's own cache events: v8.wasm.cachedModule, v8.wasm.moduleCacheHit.
          "disabled-by-default-devtools.timeline",
        ],
      },
      transferMode: "ReportEvents",
    });
    await page.addInitScript(() => {
      document.addEventListener("soleus:ready", () => {
        window.__ready ??= performance.now();
      });
    });
    await page.goto(pageUrl);
    await page.waitForFunction(() => window.__ready !== undefined, null, { timeout: 60_000 });
    const ms = await page.evaluate(() => window.__ready);
    if (use) {
      // Use it, so the hot functions are optimised, then leave V8 the quiet time it waits for.
      const knee = page.locator(".sol-knee__input").first();
      if (await knee.count()) {
        await knee.focus();
        for (let step = 0; step < 80; step += 1) await page.keyboard.press(step < 40 ? "ArrowRight" : "ArrowLeft");
      }
      await page.waitForTimeout(5000);
    }
    await cdp.send("Tracing.end");
    await traced;
    await page.close();
    const count = (name) => events.filter((event) => event.name === name).length;
    return {
      ms,
      written: count("v8.wasm.cachedModule") > 0,
      fromCache: count("v8.wasm.moduleCacheHit") > 0 && count("wasm.Deserialize") > 0,
      lazyCompiles: count("wasm.CompileLazy"),
      codeCache: await codeCache(),
    };
  };
  const first = await visit(true);
  const second = await visit(false);
  await context.close();
  await rm(profile, { recursive: true, force: true });
  return { first, second };
}

/**
 * A widget far below the fold at `rate`, scrolled to as a reader does (a screen's third every
 * 100 ms): milliseconds from its coming into view to its ready event (0 when it was ready
 * first), and the long tasks from the first scroll until a second after it is ready.
 */
async function belowFoldReady(rate) {
  const { context, page } = await throttledPage(rate);
  await page.addInitScript(() => {
    addEventListener("DOMContentLoaded", () => {
      const far = document.querySelector("#far");
      far.addEventListener("soleus:ready", () => {
        window.__farReady ??= performance.now();
      });
      new IntersectionObserver((entries) => {
        if (entries.some((entry) => entry.isIntersecting)) window.__farEntered ??= performance.now();
      }).observe(far);
    });
  });
  await page.goto(url + "long-post.html");
  await page.waitForLoadState("load");
  await page.waitForTimeout(1500);
  await page.evaluate(() => {
    window.__longTasks = [];
  });
  await page.evaluate(async () => {
    const far = document.querySelector("#far");
    while (far.getBoundingClientRect().top > innerHeight / 2) {
      scrollBy(0, innerHeight / 3);
      await new Promise((done) => setTimeout(done, 100));
    }
  });
  await page.waitForFunction(() => window.__farReady !== undefined, null, { timeout: 60_000 });
  await page.waitForTimeout(1000);
  const result = await page.evaluate(() => ({
    entered: window.__farEntered,
    ready: window.__farReady,
    longTasks: window.__longTasks,
  }));
  await context.close();
  return { ms: Math.max(0, result.ready - result.entered), readyFirst: result.ready < result.entered, longTasks: result.longTasks };
}

/** Worst interaction latency and long tasks while using every part of the widget. */
async function interaction(rate) {
  const { context, page } = await throttledPage(rate);
  await page.goto(url);
  await page.waitForFunction(() => window.__ready !== undefined, null, { timeout: 60_000 });
  await page.evaluate(() => {
    window.__worstInteraction = 0;
    window.__worstAnyEvent = 0;
    window.__worstAt = undefined;
    window.__longTasks = [];
    window.__longTaskStarts = [];
  });
  // Each step's name and start, so the worst interaction and each long task can be named:
  // inside the widget's shadow root, Event Timing reports every event on the host element.
  const steps = [];
  const step = async (name, action) => {
    steps.push([await page.evaluate(() => performance.now()), name]);
    await action();
  };
  const widget = page.locator("[data-soleus-widget]").first();
  await widget.locator(".sol-knee__input").focus();
  await step("sweep the knee", async () => {
    for (let press = 0; press < 110; press += 1) await page.keyboard.press("ArrowRight");
  });
  const quiz = widget.locator(".sol-quiz");
  // The journey as it is: Start (which loads the quiz's module), the red-flag screening
  // first, then the questions.
  await step("Start the check", () => quiz.getByRole("button", { name: "Start the check" }).click());
  await step("tick a screening answer", () => quiz.getByLabel("None of these apply to me").check());
  await step("Continue past the screening", () => quiz.getByRole("button", { name: "Continue" }).click());
  for (let n = 0; n < 9; n += 1) {
    await step(`answer question ${n + 1}`, () => quiz.locator("input[type=radio]").first().check());
    await step(`Next after question ${n + 1}`, () => quiz.getByRole("button", { name: "Next" }).click());
  }
  for (let leg = 0; leg < 2; leg += 1) {
    await step(`type heel-raise count ${leg + 1}`, () => quiz.locator("input[type=number]").fill("22"));
    await step(`Next after heel-raise count ${leg + 1}`, () => quiz.getByRole("button", { name: "Next" }).click());
  }
  await step("Start the guided circuit", () => quiz.getByRole("button", { name: "Start the guided circuit" }).click());
  await page.waitForTimeout(3000);
  await step("keys in the player", async () => {
    await page.keyboard.press("ArrowRight");
    await page.keyboard.press("Space");
  });
  await page.waitForTimeout(500);
  /** The step that was under way at `at` (a time on the page's clock). */
  const stepAt = (at) => steps.filter(([start]) => start <= at).at(-1)?.[1] ?? "before the journey";
  const worstStep = stepAt(await page.evaluate(() => window.__worstAt ?? -1));
  const longTaskSteps = (await page.evaluate(() => window.__longTaskStarts)).map(stepAt);
  const result = await page.evaluate((worstStep) => ({
    worst: Math.round(window.__worstInteraction),
    worstEvent: `${worstStep} (${window.__worstEvent})`,
    worstAnyEvent: Math.round(window.__worstAnyEvent),
    longTasks: window.__longTasks,
  }), worstStep);
  result.longTaskSteps = longTaskSteps;
  await context.close();
  return result;
}

/**
 * Milliseconds from pressing "Start the check" to the screening on screen, at `rate` with the
 * cache disabled. `prefetched`: the reader first scrolls the quiz near, so its module is
 * fetched ahead (as on most visits); otherwise the page asks to save data, so nothing is
 * fetched before the press (the cold case). Each run checks which case it measured.
 */
async function quizLoad(rate, prefetched) {
  const { context, page } = await throttledPage(rate);
  if (!prefetched) {
    await page.addInitScript(() =>
      Object.defineProperty(Navigator.prototype, "connection", { get: () => ({ saveData: true }) }),
    );
  }
  await page.goto(url);
  await page.waitForFunction(() => window.__ready !== undefined, null, { timeout: 60_000 });
  const fetchedQuiz = () =>
    page.evaluate(() => performance.getEntriesByType("resource").some((e) => /_quiz\.wasm$/.test(e.name) && e.responseEnd > 0));
  const start = page.locator("[data-soleus-widget]").first().locator(".sol-quiz").getByRole("button", { name: "Start the check" });
  if (prefetched) {
    await start.scrollIntoViewIfNeeded();
    await page.waitForFunction(
      () => performance.getEntriesByType("resource").some((e) => /_quiz\.wasm$/.test(e.name) && e.responseEnd > 0),
      null,
      { timeout: 60_000 },
    );
    // Compiled and instantiated too, before the press.
    await page.waitForTimeout(1500);
  } else if (await fetchedQuiz()) {
    throw new Error("the quiz's module was fetched before Start in the cold case");
  }
  const ms = await start.evaluate(
    (button) =>
      new Promise((resolve) => {
        const root = button.getRootNode();
        const began = performance.now();
        const seen = () => root.querySelector(".sol-screening") && (resolve(performance.now() - began), true);
        const watcher = new MutationObserver(() => seen() && watcher.disconnect());
        watcher.observe(root, { childList: true, subtree: true });
        button.click();
      }),
  );
  await context.close();
  return Math.round(ms);
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

/**
 * What the widget's files cost a page whose widget is far below the fold: the files fetched
 * before the reader scrolls (brotli sizes, as a compressing server sends them), then after
 * scrolling to it.
 */
async function belowFold() {
  const { context, page } = await throttledPage(1);
  const fetched = [];
  page.on("request", (request) => fetched.push(request.url().split("/").pop()));
  await page.goto(url + "long-post.html");
  await page.waitForLoadState("load");
  await page.waitForTimeout(1500);
  const widgetFiles = () => fetched.filter((file) => /^soleus/.test(file));
  const before = widgetFiles();
  await page.evaluate(() => document.querySelector("#far").scrollIntoView());
  await page.waitForFunction(() => document.querySelector("#far").dataset.soleusState === "ready", null, {
    timeout: 60_000,
  });
  const after = widgetFiles();
  await context.close();
  const bytes = (files) => files.reduce((total, file) => total + brotliOf(file), 0);
  return { before, beforeBytes: bytes(before), after, afterBytes: bytes(after) };
}

/**
 * Cumulative layout shift (without recent input) from navigation until a second after every
 * widget is ready: the demo post at a phone and a laptop size (widget in view at load), and
 * the long post scrolled to its widget. Returns the worst.
 */
async function layoutShift() {
  const pages = [
    { path: "", viewport: { width: 360, height: 740 } },
    { path: "", viewport: { width: 1280, height: 900 } },
    { path: "long-post.html", viewport: { width: 1280, height: 900 }, scroll: true },
  ];
  const shifts = {};
  for (const { path, viewport, scroll } of pages) {
    const context = await browser.newContext({ viewport });
    const page = await context.newPage();
    await page.addInitScript(() => {
      window.__shift = 0;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) if (!entry.hadRecentInput) window.__shift += entry.value;
      }).observe({ type: "layout-shift", buffered: true });
    });
    await page.goto(url + path);
    await page.waitForLoadState("load");
    if (scroll) await page.evaluate(() => document.querySelector("#far").scrollIntoView());
    await page.waitForFunction(() =>
      [...document.querySelectorAll("[data-soleus-widget]")].every((h) => h.dataset.soleusState === "ready"),
    );
    await page.waitForTimeout(1000);
    shifts[`${path || "index.html"} at ${viewport.width}px`] = await page.evaluate(() => window.__shift);
    await context.close();
  }
  return { pages: shifts, worst: Math.max(...Object.values(shifts)) };
}

const MB = 1024 * 1024;
const sizes = await report("dist");
const results = { sizes, ready: {}, interaction: {}, memory: {} };
const brotliOf = (file) => sizes.rows.find((row) => row.file === file)?.brotli ?? 0;
const summary = (times) => ({
  runs: times.map(Math.round),
  median: Math.round(median(times)),
  min: Math.round(Math.min(...times)),
  max: Math.round(Math.max(...times)),
});
for (const rate of [1, 4]) {
  // Interleaved, so both pages see the same machine load.
  const [widget, reference] = [[], []];
  for (let run = 0; run < RUNS; run += 1) {
    reference.push(await readyTime(rate, referenceUrl));
    widget.push(await readyTime(rate, url + "plain.html"));
  }
  results.ready[`${rate}x`] = {
    widget: summary(widget),
    reference: summary(reference),
    ratio: median(widget) / median(reference),
  };
}
const bodySizes = functionBodySizes(await readFile("dist/soleus_bg.wasm"));
const compiles = [];
for (let run = 0; run < 3; run += 1) compiles.push(await compiledBeforeReady(4, bodySizes));
results.compiledBeforeReady = {
  functions: median(compiles.map((run) => run.functions)),
  bytes: median(compiles.map((run) => run.bytes)),
  moduleBytes: bodySizes.sizes.reduce((sum, size) => sum + size, 0),
  moduleFunctions: bodySizes.sizes.length - bodySizes.imported,
  tracedMs: summary(compiles.map((run) => run.ms)),
};
/** The repeat visits, interleaved with the reference's, as readers' browsers have them or with CACHE_AT_ONCE. */
async function repeatVisits(cacheAtOnce) {
  const widget = [];
  const reference = [];
  const visits = [];
  for (let run = 0; run < Math.ceil(RUNS / 2); run += 1) {
    reference.push((await repeatVisit(4, cachedReferenceUrl, { cacheAtOnce })).second.ms);
    const visit = await repeatVisit(4, cachedUrl + "plain.html", { cacheAtOnce });
    widget.push(visit.second.ms);
    visits.push(visit);
  }
  return {
    widget: summary(widget),
    reference: summary(reference),
    ratio: median(widget) / median(reference),
    cacheWritten: visits.filter((v) => v.first.written).length,
    cacheHits: visits.filter((v) => v.second.fromCache).length,
    lazyCompiles: {
      first: median(visits.map((v) => v.first.lazyCompiles)),
      repeat: median(visits.map((v) => v.second.lazyCompiles)),
    },
    codeCache: {
      wasm: median(visits.map((v) => v.second.codeCache.wasm)),
      js: median(visits.map((v) => v.second.codeCache.js)),
    },
    runs: visits.length,
  };
}
results.repeat = await repeatVisits(false);
results.repeatCacheAtOnce = await repeatVisits(true);
const far = [];
for (let run = 0; run < Math.ceil(RUNS / 2); run += 1) far.push(await belowFoldReady(4));
results.belowFoldReady = {
  ms: summary(far.map((run) => run.ms)),
  readyFirst: far.filter((run) => run.readyFirst).length,
  runs: far.length,
  longTasks: far.flatMap((run) => run.longTasks),
};
results.belowFold = await belowFold();
results.layoutShift = await layoutShift();
// The journey takes about half a minute, so it runs fewer times than the start-up; its
// budgets are met by the medians, as the others are.
const journeys = [];
for (let run = 0; run < INTERACTION_RUNS; run += 1) journeys.push(await interaction(4));
results.interaction["4x"] = {
  runs: journeys,
  worst: median(journeys.map((run) => run.worst)),
  longTaskCount: median(journeys.map((run) => run.longTasks.length)),
};
const cold = [];
const warm = [];
for (let run = 0; run < RUNS; run += 1) {
  cold.push(await quizLoad(4, false));
  warm.push(await quizLoad(4, true));
}
results.quizLoad = { cold: summary(cold), prefetched: summary(warm) };
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
for (const open of [server, referenceServer, cachedServer, cachedReferenceServer]) open.close();

const measured = {
  embed_brotli_kb: sizes.embed.brotli / 1024,
  embed_whole_brotli_kb: sizes.embedWhole.brotli / 1024,
  quiz_load_ms_4x: results.quizLoad.cold.median,
  below_fold_kb: results.belowFold.beforeBytes / 1024,
  ready_ratio_4x: results.ready["4x"].ratio,
  repeat_ready_ratio_4x: results.repeat.ratio,
  below_fold_view_to_ready_ms_4x: results.belowFoldReady.ms.median,
  below_fold_long_tasks_4x: results.belowFoldReady.longTasks.length,
  layout_shift: results.layoutShift.worst,
  long_tasks_4x: results.interaction["4x"].longTaskCount,
  worst_interaction_ms_4x: results.interaction["4x"].worst,
  memory_one_widget_mb: results.memory.oneWidgetBytes / MB,
  memory_each_extra_widget_mb: results.memory.eachExtraWidgetBytes / MB,
};

print(sizes, "dist");
console.log(
  `\nFirst download (loader + English module): ${(sizes.embed.brotli / 1024).toFixed(1)} KB brotli; everything ` +
    `the English widget can download (with the optional stylesheet): ${(sizes.embedWhole.brotli / 1024).toFixed(1)} KB`,
);
const b = results.belowFold;
console.log("\nA widget far below the fold (long-post.html), brotli");
console.log(`  before scrolling: ${b.before.join(", ") || "nothing"} = ${(b.beforeBytes / 1024).toFixed(1)} KB`);
console.log(`  after scrolling to it: ${b.after.join(", ")} = ${(b.afterBytes / 1024).toFixed(1)} KB`);
console.log("\nStart-up: navigation start to the ready event, cache disabled, interleaved with the reference");
for (const [rate, r] of Object.entries(results.ready)) {
  const line = (name, x) => `${name} median ${x.median} ms (${x.min}–${x.max})`;
  console.log(`  ${rate.padEnd(4)} ${line("widget", r.widget)}, ${line("reference", r.reference)}: ${r.ratio.toFixed(2)}×`);
}
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
const c = results.compiledBeforeReady;
console.log(
  `  4x, compiled on the main thread before ready (functions on their first call, 3 traced runs): ${c.functions} of ` +
    `the module's ${c.moduleFunctions} functions, ${kb(c.bytes)} of its ${kb(c.moduleBytes)} of code ` +
    `(${Math.round((100 * c.bytes) / c.moduleBytes)}%), ${Math.round(c.tracedMs.median)} ms traced ` +
    `(${Math.round(c.tracedMs.min)}–${Math.round(c.tracedMs.max)})`,
);
for (const [r, how] of [
  [results.repeat, "as readers' browsers have it"],
  [results.repeatCacheAtOnce, `with V8's caching timer off (${CACHE_AT_ONCE}), what the cache gives once written`],
]) {
  console.log(
    `  4x, repeat visit, ${how} (files cached as the README asks hosts to): widget median ${r.widget.median} ms ` +
      `(${r.widget.min}–${r.widget.max}), reference median ${r.reference.median} ms: ${r.ratio.toFixed(2)}×`,
  );
  console.log(
    `       compiled code cached by the first visit (v8.wasm.cachedModule) in ${r.cacheWritten} of ${r.runs}, found by ` +
      `the repeat (v8.wasm.moduleCacheHit, wasm.Deserialize) in ${r.cacheHits} of ${r.runs}; the profile's code cache ` +
      `after it: wasm ${kb(r.codeCache.wasm)}, JavaScript ${kb(r.codeCache.js)} (the control); functions compiled on ` +
      `first call on the main thread: ${r.lazyCompiles.first} on the first visit, ${r.lazyCompiles.repeat} on the repeat`,
  );
}
const f = results.belowFoldReady;
console.log(
  `\nA widget below the fold, scrolled to at 4x: in view to ready median ${f.ms.median} ms (${f.ms.min}–${f.ms.max}; ` +
    `ready before it came into view in ${f.readyFirst} of ${f.runs}); long tasks while scrolling to it: ` +
    `${f.longTasks.length ? f.longTasks.join(", ") + " ms" : "none"}`,
);
const q = results.quizLoad;
console.log(
  `\nStarting the quiz at 4x, cache disabled: press to screening median ${q.cold.median} ms (${q.cold.min}–${q.cold.max}) ` +
    `when its module comes only on the press; ${q.prefetched.median} ms (${q.prefetched.min}–${q.prefetched.max}) ` +
    `when it came ahead as the reader neared the quiz`,
);
console.log("\nLayout shift (CLS) caused by the widget appearing");
for (const [where, value] of Object.entries(results.layoutShift.pages)) {
  console.log(`  ${where.padEnd(28)} ${value.toFixed(4)}`);
}
const i = results.interaction["4x"];
console.log(
  `\nInteraction at 4x, the journey through every part ${i.runs.length} times: worst interaction median ${i.worst} ms, ` +
    `long tasks median ${i.longTaskCount}`,
);
for (const run of i.runs) {
  console.log(
    `  worst ${run.worst} ms (${run.worstEvent}; any event, hover included: ${run.worstAnyEvent} ms); ` +
      `long tasks ${run.longTasks.length ? run.longTasks.map((ms, n) => `${ms} ms (${run.longTaskSteps[n]})`).join(", ") : "none"}`,
  );
}
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
  const shown = Number.isInteger(value) ? value : value.toFixed(value < 0.1 ? 4 : 2);
  const over = ok ? "" : ` — over by ${(value - budget.max).toFixed(2)} ${budget.unit}`;
  console.log(`  ${ok ? "ok  " : "FAIL"} ${name.padEnd(30)} ${shown} ${budget.unit} (max ${budget.max})${over}`);
}
await mkdir("target", { recursive: true });
await writeFile("target/bench.json", JSON.stringify({ results, measured, budgets }, null, 2));
console.log(`\n${failures ? `${failures} budget(s) fail` : "All budgets hold"}; details in target/bench.json`);
process.exitCode = failures ? 1 : 0;
