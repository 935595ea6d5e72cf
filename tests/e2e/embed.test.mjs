// End-to-end: the widget as a guest on other people's pages: hostile CSS, a strict CSP,
// no WebAssembly, an iframe, widgets added later, invalid attributes, events for the host,
// and presenter mode.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { addQuizHost, answerAll, axeViolations, launch, openDemo, screen, memoryMeter, en, shows } from "./harness.mjs";

let env;
before(async () => {
  env = await launch();
});
after(async () => {
  await env?.stop();
});

test("an English page downloads only the English module; a German widget brings every language", async () => {
  const modules = async (path) => {
    const page = await env.browser.newPage();
    const wasm = [];
    page.on("request", (request) => {
      // The modules, and the all-languages module's own glue.
      if (/(\.wasm|soleus_all\.js)$/.test(request.url())) wasm.push(request.url().split("/").pop());
    });
    await page.goto(env.url + path);
    await page.waitForFunction(() =>
      [...document.querySelectorAll("[data-soleus-widget]")].every((h) => h.dataset.soleusState === "ready"),
    );
    const title = await page.locator("[data-soleus-widget] >> .sol-title").last().textContent();
    await page.close();
    return { wasm, title };
  };
  const english = await modules("plain.html");
  assert.deepEqual(english.wasm, ["soleus_bg.wasm"]);
  const mixed = await modules("");
  assert.deepEqual(mixed.wasm, ["soleus_all.js", "soleus_all_bg.wasm"]);
  assert.match(mixed.title, /Wer leistet die Arbeit/);
});

/** Share of pixels that differ between two PNG screenshots, compared in a canvas. */
async function pixelDifference(browser, first, second) {
  const page = await browser.newPage();
  const share = await page.evaluate(
    async ([a, b]) => {
      const load = (data) =>
        new Promise((resolve) => {
          const image = new Image();
          image.onload = () => resolve(image);
          image.src = `data:image/png;base64,${data}`;
        });
      const [imageA, imageB] = await Promise.all([load(a), load(b)]);
      if (imageA.width !== imageB.width || imageA.height !== imageB.height) return 1;
      const pixels = (image) => {
        const canvas = document.createElement("canvas");
        canvas.width = image.width;
        canvas.height = image.height;
        const context = canvas.getContext("2d");
        context.drawImage(image, 0, 0);
        return context.getImageData(0, 0, image.width, image.height).data;
      };
      const [pa, pb] = [pixels(imageA), pixels(imageB)];
      let different = 0;
      for (let i = 0; i < pa.length; i += 4) {
        const delta = Math.abs(pa[i] - pb[i]) + Math.abs(pa[i + 1] - pb[i + 1]) + Math.abs(pa[i + 2] - pb[i + 2]);
        if (delta > 48) different += 1;
      }
      return different / (pa.length / 4);
    },
    [first.toString("base64"), second.toString("base64")],
  );
  await page.close();
  return share;
}

test("widgets on one page keep separate state", async () => {
  const { page, context } = await openDemo(env.browser, env.url);
  const [first, second] = [page.locator("[data-soleus-widget]").nth(0), page.locator("[data-soleus-widget]").nth(1)];
  await first.locator(".sol-knee__input").fill("30");
  assert.equal(await first.locator(".sol-knee__value").textContent(), "30°");
  assert.equal(await second.locator(".sol-knee__value").textContent(), "90°");
  await second.getByRole("button", { name: en["muscles[0].name"] }).click();
  assert.equal(await first.locator(".sol-card").count(), 0);
  await context.close();
});

test("host page CSS does not change how the widget looks", async () => {
  const shots = [];
  for (const path of ["plain.html", "hostile.html"]) {
    const { page, context, errors } = await openDemo(env.browser, env.url, {
      path,
      viewport: { width: 800, height: 900 },
    });
    shots.push(await page.locator("[data-soleus-widget] >> .sol-root").screenshot());
    assert.deepEqual(errors, []);
    await context.close();
  }
  const difference = await pixelDifference(env.browser, shots[0], shots[1]);
  assert.ok(difference < 0.01, `${(difference * 100).toFixed(2)}% of pixels differ`);
});

test("a page with a strict Content-Security-Policy header runs the widget without violations", async () => {
  const context = await env.browser.newContext();
  await context.addInitScript(() => {
    window.__violations = [];
    document.addEventListener("securitypolicyviolation", (event) =>
      window.__violations.push(`${event.violatedDirective} ${event.blockedURI}`),
    );
  });
  const page = await context.newPage();
  const errors = [];
  page.on("pageerror", (error) => errors.push(String(error)));
  const response = await page.goto(env.url + "csp.html");
  assert.match(response.headers()["content-security-policy"], /default-src 'none'/);
  await page.waitForFunction(() => document.querySelector("[data-soleus-widget]")?.dataset.soleusState === "ready");
  const widget = page.locator("[data-soleus-widget]");
  await widget.getByRole("button", { name: "90°" }).click();
  assert.equal(await widget.locator("[data-muscle=soleus]").textContent(), "80–90%");
  // Styles applied: the root has its themed background, not the browser default.
  const background = await widget.locator(".sol-root").evaluate((el) => getComputedStyle(el).borderTopStyle);
  assert.equal(background, "solid");
  assert.deepEqual(await page.evaluate(() => window.__violations), []);
  assert.deepEqual(errors, []);
  await context.close();
});

test("without WebAssembly the fallback text stays and the page sees no error", async () => {
  const context = await env.browser.newContext();
  const page = await context.newPage();
  const errors = [];
  page.on("pageerror", (error) => errors.push(String(error)));
  const warnings = [];
  page.on("console", (message) => warnings.push(message.text()));
  await page.goto(env.url + "no-wasm.html");
  await page.waitForTimeout(500);
  assert.ok(await page.locator(".widget-fallback").isVisible());
  // Marked as failed, which gives the reserved space back: the host is as tall as its text.
  const host = page.locator("[data-soleus-widget]");
  assert.equal(await host.getAttribute("data-soleus-state"), "failed");
  const heights = await host.evaluate((element) => [
    element.getBoundingClientRect().height,
    element.querySelector(".widget-fallback").getBoundingClientRect().height,
  ]);
  assert.ok(heights[0] < heights[1] + 60, `host ${heights[0]} px for ${heights[1]} px of text`);
  assert.ok(warnings.some((text) => /WebAssembly is not available/.test(text)), warnings.join("\n"));
  assert.deepEqual(errors, []);
  await context.close();
});

test("the iframe route takes query configuration and follows its content's height", async () => {
  const context = await env.browser.newContext();
  const page = await context.newPage();
  await page.goto(env.url + "iframe.html");
  const frameElement = page.locator("iframe[data-soleus-frame]");
  const frame = page.frameLocator("iframe[data-soleus-frame]");
  await frame.locator(".sol-root").waitFor();
  assert.equal(await frame.locator(".sol-knee__input").inputValue(), "45", "knee=45 from the query");
  assert.match(await frame.locator(".sol-title").textContent(), /Wer leistet/);
  const contentHeight = () =>
    frame.locator("html").evaluate((html) => Math.ceil(html.getBoundingClientRect().height));
  await page.waitForFunction(
    async () => {
      const frameEl = document.querySelector("iframe[data-soleus-frame]");
      return frameEl && parseInt(frameEl.style.height || "0", 10) > 400;
    },
  );
  const before = await frameElement.evaluate((el) => el.getBoundingClientRect().height);
  assert.ok(Math.abs(before - (await contentHeight())) <= 2, "the frame fits its content");
  await frame.getByRole("button", { name: en["muscles[0].name"] }).click();
  await page.waitForFunction(
    (previous) => document.querySelector("iframe[data-soleus-frame]").getBoundingClientRect().height > previous + 100,
    before,
  );
  const after = await frameElement.evaluate((el) => el.getBoundingClientRect().height);
  assert.ok(Math.abs(after - (await contentHeight())) <= 2, "and follows it when it grows");
  await context.close();
});

test("widgets added later are mounted once, and invalid attributes fall back with one warning each", async () => {
  const { page, context, errors } = await openDemo(env.browser, env.url, { path: "plain.html" });
  const warnings = [];
  page.on("console", (message) => {
    if (message.type() === "warning") warnings.push(message.text());
  });
  await page.evaluate(() => {
    const host = document.createElement("div");
    host.id = "late";
    host.setAttribute("data-soleus-widget", "");
    host.setAttribute("data-knee", "400");
    host.setAttribute("data-theme", "neon");
    host.setAttribute("data-booking-url", "javascript:alert(1)");
    host.setAttribute("data-clinic-name", "<b>Clinic</b>");
    host.textContent = "fallback";
    document.body.append(host);
  });
  const late = page.locator("#late");
  await late.locator(".sol-root").waitFor();
  assert.equal(await late.locator(".sol-knee__input").inputValue(), "0", "the default angle");
  for (const attribute of ["data-knee", "data-theme", "data-booking-url"]) {
    assert.equal(warnings.filter((w) => w.includes(attribute)).length, 1, `${attribute}: ${warnings}`);
  }
  // Moving the host re-triggers the observer; it must not mount a second widget.
  await page.evaluate(() => document.body.prepend(document.getElementById("late")));
  await page.waitForTimeout(100);
  assert.equal(await late.locator(".sol-root").count(), 1);

  // This page loaded the English module: a German widget added now is shown in English,
  // and the console says why.
  await page.evaluate(() => {
    const host = document.createElement("div");
    host.id = "late-de";
    host.setAttribute("data-soleus-widget", "");
    host.setAttribute("data-lang", "de");
    document.body.append(host);
  });
  const german = page.locator("#late-de");
  await german.locator(".sol-root").waitFor();
  shows(await german.locator(".sol-title").textContent(), en.title);
  assert.equal(warnings.filter((w) => w.includes("English only")).length, 1, `${warnings}`);
  assert.deepEqual(errors, []);
  await context.close();
});

test("the host page hears ready, quiz, triage and circuit events with outcomes only", async () => {
  const context = await env.browser.newContext();
  await context.addInitScript(() => {
    window.__events = [];
    for (const name of ["ready", "quiz-complete", "triage", "circuit-started", "circuit-finished"]) {
      document.addEventListener(`soleus:${name}`, (event) =>
        window.__events.push({ type: event.type, host: event.target.id || "", detail: event.detail }),
      );
    }
  });
  const page = await context.newPage();
  await page.clock.install();
  await page.goto(env.url);
  await page.waitForFunction(() => window.__events.filter((e) => e.type === "soleus:ready").length === 2);
  const quiz = page.locator("[data-soleus-widget]").first().locator(".sol-quiz");
  await answerAll(quiz, { choice: 0, count: "12" });
  await quiz.getByRole("button", { name: en.start_circuit }).click();
  await page.clock.runFor(60 * 60 * 1000);
  await quiz.locator(".sol-player__finished").waitFor();
  const events = await page.evaluate(() => window.__events.map(({ type, detail }) => ({ type, detail })));
  assert.deepEqual(events, [
    { type: "soleus:ready", detail: { lang: "en" } },
    { type: "soleus:ready", detail: { lang: "de" } },
    { type: "soleus:quiz-complete", detail: { outcome: "circuit", level: "foundation" } },
    { type: "soleus:triage", detail: { outcome: "clear" } },
    { type: "soleus:circuit-started", detail: { level: "foundation" } },
    { type: "soleus:circuit-finished", detail: { level: "foundation" } },
  ]);
  // Doing the circuit again is a new start, reported as one.
  await quiz.getByRole("button", { name: en.repeat }).click();
  const again = await page.evaluate(() => window.__events.at(-1));
  assert.deepEqual({ type: again.type, detail: again.detail }, { type: "soleus:circuit-started", detail: { level: "foundation" } });
  await context.close();
});

test("iframe events reach the host page as events on the frame", async () => {
  const context = await env.browser.newContext();
  const page = await context.newPage();
  await page.addInitScript(() => {
    window.__frameEvents = [];
    document.addEventListener("soleus:ready", (event) => window.__frameEvents.push(event.detail));
  });
  await page.goto(env.url + "iframe.html");
  await page.waitForFunction(() => window.__frameEvents.length === 1);
  assert.deepEqual(await page.evaluate(() => window.__frameEvents), [{ lang: "de" }]);
  await context.close();
});

test("presenter mode fills the window and works from the keyboard at once; Esc closes the help first", async () => {
  const { page, context, errors } = await openDemo(env.browser, env.url, {
    viewport: { width: 1280, height: 800 },
  });
  const widget = page.locator("[data-soleus-widget]").first();
  await widget.getByRole("button", { name: en.presenter_enter }).click();
  const root = widget.locator(".sol-root");
  assert.match(await root.getAttribute("class"), /sol-presenter/);
  const box = await root.boundingBox();
  assert.ok(box.width >= 1270 && box.height >= 790, JSON.stringify(box));
  // No click first: entering puts focus in the presenter, so the shortcuts work at once.
  await page.keyboard.press("9");
  assert.equal(await widget.locator(".sol-knee__input").inputValue(), "90");
  await page.keyboard.press("+");
  assert.equal(await widget.locator(".sol-knee__input").inputValue(), "95");
  await page.keyboard.press("d");
  assert.match(await widget.locator(".sol-diagram__muscle--gastrocnemius").getAttribute("class"), /is-faded/);
  await page.keyboard.press("?");
  await widget.locator(".sol-help").waitFor();
  await page.keyboard.press("h");
  await widget.getByRole("button", { name: en.heel_raise_stop }).waitFor();
  assert.deepEqual(await axeViolations(page), [], "presenter mode");
  // Esc closes the topmost layer: the help, then presenter mode.
  await page.keyboard.press("Escape");
  assert.equal(await widget.locator(".sol-help").count(), 0, "the help closed");
  assert.match(await root.getAttribute("class"), /sol-presenter/, "still presenting");
  await page.keyboard.press("Escape");
  assert.doesNotMatch(await root.getAttribute("class"), /sol-presenter/);
  assert.deepEqual(errors, []);
  await context.close();
});

test("the dark theme attribute applies whatever the system setting", async () => {
  const { page, context } = await openDemo(env.browser, env.url, { path: "plain.html" });
  await page.evaluate(() => document.querySelector("[data-soleus-widget]").setAttribute("data-theme", "dark"));
  const background = await page
    .locator("[data-soleus-widget] >> .sol-root")
    .evaluate((el) => getComputedStyle(el).backgroundColor);
  assert.equal(background, "rgb(21, 25, 28)");
  assert.deepEqual(await axeViolations(page), [], "dark theme");
  await context.close();
});

test("the snippet works from another origin and folder", async () => {
  const { mkdir, writeFile } = await import("node:fs/promises");
  const { startServer } = await import("../../scripts/serve.mjs");
  const hostDir = "target/e2e-host/blog/posts";
  await mkdir(hostDir, { recursive: true });
  // 127.0.0.1 and localhost are different origins.
  const widgetOrigin = env.url.replace("127.0.0.1", "localhost");
  await writeFile(
    `${hostDir}/index.html`,
    `<!doctype html><html lang="de"><head><meta charset="utf-8"><title>Host</title>
     <link rel="icon" href="data:,">
     <script type="module" src="${widgetOrigin}soleus-widget.js"></script></head>
     <body><div data-soleus-widget>Fallback</div></body></html>`,
  );
  const { server, url } = await startServer({ dir: "target/e2e-host" });
  try {
    const { page, context, errors } = await openDemo(env.browser, url, { path: "blog/posts/" });
    assert.match(await page.locator("[data-soleus-widget] >> .sol-title").textContent(), /Wer leistet/);
    assert.deepEqual(errors, []);
    await context.close();
  } finally {
    await new Promise((done) => server.close(done));
  }
});

test("a clinic name is shown as text, never as markup", async () => {
  const { page, context, errors } = await openDemo(env.browser, env.url, { path: "plain.html" });
  const quiz = await addQuizHost(page, "named", {
    "data-clinic-name": '<img src=x onerror="window.__pwned=1">Clinic',
    "data-booking-url": "https://clinic.example/book",
  });
  // "Get checked soon" offers the clinic's booking link.
  await screen(quiz, [/tingling or numbness that comes on when you walk or run/]);
  const link = quiz.locator(".sol-cta a");
  assert.equal(await link.textContent(), 'Book an assessment with <img src=x onerror="window.__pwned=1">Clinic');
  assert.equal(await page.locator("#named >> img").count(), 0);
  assert.equal(await page.evaluate(() => window.__pwned), undefined);
  assert.deepEqual(errors, []);
  await context.close();
});

test("a page that repeats an id: events reach the host that emitted them and each widget keeps its own answers", async () => {
  const { page, context, errors } = await openDemo(env.browser, env.url, { path: "plain.html" });
  const warnings = [];
  page.on("console", (message) => {
    if (message.type() === "warning") warnings.push(message.text());
  });
  await page.evaluate(() => {
    window.__heard = [];
    for (const n of [1, 2]) {
      const host = document.createElement("div");
      host.id = "calf";
      host.className = `copy-${n}`;
      host.setAttribute("data-soleus-widget", "");
      host.setAttribute("data-sections", "quiz");
      for (const name of ["quiz-complete", "triage"]) {
        host.addEventListener(`soleus:${name}`, () => window.__heard.push(`${name} on copy-${n}`));
      }
      document.body.append(host);
    }
  });
  const [first, second] = [page.locator(".copy-1 .sol-quiz"), page.locator(".copy-2 .sol-quiz")];
  await first.waitFor();
  await second.waitFor();
  await answerAll(second);
  await second.locator("[data-outcome=circuit]").waitFor();
  assert.deepEqual(await page.evaluate(() => window.__heard), ["quiz-complete on copy-2", "triage on copy-2"]);

  await first.getByLabel(en.remember).check();
  await second.getByLabel(en.remember).check();
  const keys = await page.evaluate(() => Object.keys(localStorage).sort());
  assert.deepEqual(keys, ["soleus:v1:calf", "soleus:v1:calf-2"]);
  assert.equal(warnings.filter((w) => w.includes('"calf"')).length, 1, warnings.join("\n"));
  assert.deepEqual(errors, []);
  await context.close();
});

test("a single-page blog that removes and adds hosts in any order never gives one widget another's answers", async () => {
  const { page, context, errors } = await openDemo(env.browser, env.url, { path: "plain.html" });
  const add = (name, where = "append") =>
    page.evaluate(
      ([name, where]) => {
        const host = document.createElement("div");
        host.className = name;
        host.setAttribute("data-soleus-widget", "");
        host.setAttribute("data-sections", "quiz");
        document.body[where](host);
      },
      [name, where],
    );
  await add("b");
  await add("c");
  const quiz = (name) => page.locator(`.${name} .sol-quiz`);
  await quiz("c").waitFor();
  // Widget b answers the first question with its third option and remembers it.
  await screen(quiz("b"));
  await quiz("b").locator("input[type=radio]").nth(2).check();
  await quiz("b").getByLabel(en.remember).check();

  // The blog takes b away, puts a new widget d at the top, and then brings b back last.
  const b = await page.evaluateHandle(() => document.querySelector(".b"));
  await page.evaluate((host) => host.remove(), b);
  await add("d", "prepend");
  await quiz("d").waitFor();
  await page.evaluate((host) => document.body.append(host), b);
  await quiz("b").waitFor();

  // d starts empty and does not remember anything; b has its own answer back.
  assert.equal(await quiz("d").getByLabel(en.remember).isChecked(), false);
  assert.equal(await quiz("d").locator("input[type=radio]:checked").count(), 0);
  assert.equal(await quiz("b").getByLabel(en.remember).isChecked(), true);
  assert.equal(await quiz("b").locator("input[type=radio]").nth(2).isChecked(), true);
  await quiz("d").getByLabel(en.remember).check();
  const keys = await page.evaluate(() => Object.keys(localStorage).sort());
  assert.equal(new Set(keys).size, 2, `one entry each for b and d: ${keys}`);
  assert.deepEqual(errors, []);
  await context.close();
});

/** Sums the page's layout shifts without recent input into `window.__shift` from its start. */
function recordLayoutShift(page) {
  return page.addInitScript(() => {
    window.__shift = 0;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) if (!entry.hadRecentInput) window.__shift += entry.value;
    }).observe({ type: "layout-shift", buffered: true });
  });
}

/** Opens the long post at a laptop size, recording widget requests and layout shifts. */
async function longPost({ eager = false } = {}) {
  const context = await env.browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  if (eager) {
    await page.route("**/long-post.html", async (route) => {
      const response = await route.fetch();
      const body = (await response.text()).replace("data-soleus-widget", 'data-soleus-widget data-load="eager"');
      await route.fulfill({ response, body });
    });
  }
  await recordLayoutShift(page);
  const files = [];
  page.on("request", (request) => files.push(request.url().split("/").pop()));
  await page.goto(env.url + "long-post.html");
  await page.waitForLoadState("load");
  return { context, page, files };
}

test("a widget far below the fold downloads only the loader until the reader scrolls near it, and nothing jumps", async () => {
  const { context, page, files } = await longPost();
  await page.waitForTimeout(800);
  assert.ok(files.includes("soleus-widget.js"));
  assert.deepEqual(files.filter((f) => f.endsWith(".wasm")), [], "no module before the reader comes near");
  const host = page.locator("#far");
  assert.equal(await host.getAttribute("data-soleus-state"), null);
  // Its space is reserved while the fallback shows.
  assert.ok((await host.evaluate((el) => el.getBoundingClientRect().height)) >= 1000);

  // Scrolling to within a screen of it loads the module and draws the widget.
  await page.evaluate(() => window.scrollTo(0, document.querySelector("#far").offsetTop - 1500));
  await page.waitForFunction(() => document.querySelector("#far").dataset.soleusState === "ready");
  assert.deepEqual(files.filter((f) => f.endsWith(".wasm")), ["soleus_bg.wasm"]);
  await host.scrollIntoViewIfNeeded();
  await page.waitForTimeout(300);
  assert.equal(await page.evaluate(() => window.__shift), 0, "no layout shift");
  await context.close();
});

test("data-load=\"eager\" loads the module at once, wherever the widget is", async () => {
  const { context, page, files } = await longPost({ eager: true });
  await page.waitForFunction(() => document.querySelector("#far").dataset.soleusState === "ready");
  assert.deepEqual(files.filter((f) => f.endsWith(".wasm")), ["soleus_bg.wasm"]);
  assert.equal(await page.evaluate(() => window.scrollY), 0, "the reader was not moved");
  await context.close();
});

test("a widget in view when the page loads appears without moving the text after it", async () => {
  for (const viewport of [{ width: 360, height: 740 }, { width: 1280, height: 900 }]) {
    const context = await env.browser.newContext({ viewport });
    const page = await context.newPage();
    await recordLayoutShift(page);
    await page.goto(env.url);
    await page.waitForFunction(() =>
      [...document.querySelectorAll("[data-soleus-widget]")].every((h) => h.dataset.soleusState === "ready"),
    );
    await page.waitForTimeout(300);
    assert.equal(await page.evaluate(() => window.__shift), 0, `layout shift at ${viewport.width} px`);
    await context.close();
  }
});

test("the frame script re-dispatches only the widget's events and keeps heights sane", async () => {
  const context = await env.browser.newContext();
  const page = await context.newPage();
  await page.addInitScript(() => {
    window.__heard = [];
    document.addEventListener("click", (event) => window.__heard.push(`click:${event.target.tagName}`));
    document.addEventListener("soleus:ready", (event) => window.__heard.push(`ready:${JSON.stringify(event.detail)}`));
  });
  await page.goto(env.url + "iframe.html");
  await page.waitForFunction(() => window.__heard.some((h) => h.startsWith("ready")));
  const frameElement = page.locator("iframe[data-soleus-frame]");
  await page.waitForFunction(() => parseInt(document.querySelector("iframe[data-soleus-frame]").style.height || "0", 10) > 400);
  const before = await frameElement.evaluate((el) => el.style.height);
  // The frame's document posts what a hostile or buggy frame could.
  const frame = page.frames().find((f) => f.url().includes("embed.html"));
  await frame.evaluate(() => {
    const post = (type, detail) => parent.postMessage({ source: "soleus", type, detail }, "*");
    post("click", {});
    post("soleus:height", { height: 0.5 });
    post("soleus:ready", { lang: "de", answers: ["secret"], html: "<img>" });
  });
  await page.waitForTimeout(200);
  assert.equal(await frameElement.evaluate((el) => el.style.height), before, "a 0.5 px height is refused");
  const heard = await page.evaluate(() => window.__heard);
  assert.ok(!heard.some((h) => h.startsWith("click")), heard.join());
  assert.deepEqual(heard.filter((h) => h.startsWith("ready")), ['ready:{"lang":"de"}', 'ready:{"lang":"de"}']);
  await context.close();
});

test("a sandboxed iframe without same-origin still follows its content's height", async () => {
  const context = await env.browser.newContext();
  const page = await context.newPage();
  const errors = [];
  page.on("pageerror", (error) => errors.push(String(error)));
  await page.goto(env.url + "iframe.html");
  await page.evaluate(() => {
    const frame = document.createElement("iframe");
    frame.setAttribute("data-soleus-frame", "");
    frame.setAttribute("sandbox", "allow-scripts allow-popups allow-popups-to-escape-sandbox");
    frame.title = "Sandboxed calf explorer";
    frame.id = "sandboxed";
    frame.src = "embed.html?sections=quiz";
    document.body.append(frame);
  });
  // Chromium pauses rendering in cross-origin frames out of view (a sandboxed frame has an
  // opaque origin), so the frame reports its size once the reader reaches it.
  await page.locator("#sandboxed").scrollIntoViewIfNeeded();
  await page.waitForFunction(() => parseInt(document.querySelector("#sandboxed").style.height || "0", 10) > 300);
  assert.deepEqual(errors, []);
  await context.close();
});

test("a page that broke its console still gets every widget, and no error", async () => {
  const context = await env.browser.newContext();
  await context.addInitScript(() => {
    window.console = { log() {} };
  });
  const page = await context.newPage();
  const errors = [];
  page.on("pageerror", (error) => errors.push(String(error)));
  await page.goto(env.url + "plain.html");
  await page.evaluate(() => {
    const host = document.createElement("div");
    host.setAttribute("data-soleus-widget", "");
    host.setAttribute("data-knee", "banana");
    document.body.append(host);
  });
  await page.waitForFunction(() =>
    [...document.querySelectorAll("[data-soleus-widget]")].every((h) => h.dataset.soleusState === "ready"),
  );
  assert.equal(await page.locator("[data-soleus-widget]").count(), 2);
  assert.deepEqual(errors, []);
  await context.close();
});

test("a framework that strips the widget's attribute in a morph loop gets no second widget and no growth", async () => {
  const { page, context, errors } = await openDemo(env.browser, env.url, { path: "plain.html" });
  const host = page.locator("[data-soleus-widget]");
  const morph = (times) =>
    page.evaluate(async (times) => {
      for (let n = 0; n < times; n += 1) {
        const element = document.querySelector("[data-soleus-widget]");
        element.removeAttribute("data-soleus-state");
        // A morphing framework touches the children around it, which wakes the observer.
        const touched = document.createElement("span");
        document.body.append(touched);
        await new Promise((done) => setTimeout(done, 5));
        touched.remove();
      }
    }, times);
  const measure = await memoryMeter(context, page);
  await morph(10);
  const early = await measure();
  await morph(100);
  const late = await measure();
  assert.ok(late.wasm <= early.wasm, `wasm memory ${early.wasm} → ${late.wasm}`);
  assert.ok(late.heap <= early.heap * 1.1, `JS heap ${early.heap} → ${late.heap}`);
  assert.equal(await host.locator(".sol-root").count(), 1);
  await host.locator(".sol-knee__input").fill("40");
  assert.equal(await host.locator(".sol-knee__value").textContent(), "40°");
  assert.deepEqual(errors, []);
  await context.close();
});
