// End-to-end: the host pages that broke earlier builds, each reproduced exactly: a plain-http
// blog (no Clipboard API), a cross-origin frame without permissions, a page that requires
// Trusted Types (enforced and report-only), a mount that fails halfway, an <svg> host, and the JavaScript API mounting
// into a shadow root and in a framework's mount/unmount loop.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { addQuizHost, answerAll, axeViolations, launch, memoryMeter, en, watchedPage } from "./harness.mjs";

let env;
before(async () => {
  env = await launch();
});
after(async () => {
  await env?.stop();
});

const readyIn = (frame, selector = "[data-soleus-widget]") =>
  frame.waitForFunction((s) => document.querySelector(s)?.dataset.soleusState === "ready", selector);

test("on a plain-http blog (no Clipboard API) Copy link shows the link, with no error or rejection", async () => {
  const context = await env.browser.newContext();
  const { page, errors } = await watchedPage(context);
  const insecure = env.url.replace("127.0.0.1", "blog.soleus.test");
  await page.goto(insecure + "quiz.html");
  await readyIn(page);
  assert.equal(await page.evaluate(() => [window.isSecureContext, typeof navigator.clipboard].join()), "false,undefined");
  const quiz = page.locator("[data-soleus-widget] .sol-quiz");
  await answerAll(quiz);
  await quiz.getByRole("button", { name: en.copy_link }).click();
  assert.match(await quiz.locator(".sol-link__input").inputValue(), /^http:\/\/blog\.soleus\.test:\d+\/quiz\.html#soleus-1=/);
  await page.waitForTimeout(200);
  assert.deepEqual(await page.evaluate(() => window.__rejections), []);
  assert.deepEqual(errors, []);
  await context.close();
});

test("in a cross-origin frame without permissions, presenter mode fills the frame and nothing is left unhandled", async () => {
  const context = await env.browser.newContext();
  const { page, errors } = await watchedPage(context);
  await page.goto(env.url + "plain.html");
  const other = env.url.replace("127.0.0.1", "other.soleus.test");
  await page.evaluate((src) => {
    const frame = document.createElement("iframe");
    frame.src = src;
    frame.title = "Soleus";
    frame.style.cssText = "width: 800px; height: 600px";
    // At the top: browsers pause offscreen cross-origin frames.
    document.body.prepend(frame);
    window.scrollTo(0, 0);
  }, other + "embed.html?sections=both");
  let frame;
  for (let tries = 0; !frame && tries < 100; tries += 1) {
    frame = page.frames().find((f) => f.url().startsWith(other));
    if (!frame) await page.waitForTimeout(50);
  }
  assert.ok(frame, "the frame loaded");
  await frame.waitForLoadState();
  await readyIn(frame);
  assert.equal(await frame.evaluate(() => document.fullscreenEnabled), false, "the frame may not go fullscreen");
  const widget = frame.locator("[data-soleus-widget]");
  await widget.getByRole("button", { name: en.presenter_enter }).click();
  await widget.locator(".sol-presenter").waitFor();
  const box = await widget.locator(".sol-presenter").boundingBox();
  assert.ok(box.width >= 790 && box.height >= 590, `the overlay fills the frame: ${JSON.stringify(box)}`);
  await widget.getByRole("button", { name: en.presenter_exit }).click();
  await answerAll(widget.locator(".sol-quiz"));
  await widget.getByRole("button", { name: en.copy_link }).click();
  assert.match(await widget.locator(".sol-link__input").inputValue(), /#soleus-soleus-frame=[A-Za-z0-9_-]{23}$/);
  await page.waitForTimeout(300);
  assert.deepEqual(await frame.evaluate(() => window.__rejections), []);
  assert.deepEqual(await page.evaluate(() => window.__rejections), []);
  assert.deepEqual(errors, []);
  await context.close();
});

test("a page that requires Trusted Types gets the whole widget: the drawing, the quiz and the player", async () => {
  const context = await env.browser.newContext();
  const { page, errors, warnings } = await watchedPage(context);
  await page.goto(env.url + "trusted-types.html");
  await readyIn(page);
  // The drawing is built element by element: the bones, the fills' patterns and the handle.
  const diagram = page.locator("[data-soleus-widget] .sol-diagram__svg");
  assert.equal(await diagram.locator("stop").count(), 3);
  assert.equal(await diagram.locator("[data-part=forefoot]").count(), 1);
  const quiz = page.locator("[data-soleus-widget] .sol-quiz");
  await answerAll(quiz);
  await quiz.getByRole("button", { name: en.start_circuit }).click();
  await quiz.locator(".sol-player svg.sol-picture").waitFor();
  assert.deepEqual(warnings, []);
  assert.deepEqual(errors, []);
  await context.close();
});

test("a page that reports Trusted Types violations gets none from the widget, from loading to the player", async () => {
  const context = await env.browser.newContext();
  await context.addInitScript(() => {
    window.__violations = [];
    document.addEventListener("securitypolicyviolation", (event) =>
      window.__violations.push(`${event.violatedDirective}: ${event.sample}`),
    );
  });
  const { page, errors } = await watchedPage(context);
  // The policy is sent as a header, as report-only policies must be; the page is the demo page.
  await page.route(env.url + "report-only.html", async (route) => {
    const response = await route.fetch({ url: env.url });
    route.fulfill({
      response,
      headers: { ...response.headers(), "content-security-policy-report-only": "require-trusted-types-for 'script'" },
    });
  });
  await page.goto(env.url + "report-only.html");
  await page.waitForFunction(() => {
    const hosts = [...document.querySelectorAll("[data-soleus-widget]")];
    return hosts.length > 0 && hosts.every((host) => host.dataset.soleusState === "ready");
  });
  const widget = page.locator("[data-soleus-widget]").first();
  await widget.getByRole("button", { name: en.labels_toggle }).click();
  await widget.getByRole("slider").first().press("Home");
  const quiz = widget.locator(".sol-quiz");
  await answerAll(quiz);
  await quiz.getByRole("button", { name: en.start_circuit }).click();
  await quiz.locator(".sol-player svg.sol-picture").waitFor();
  await page.waitForTimeout(300);
  assert.deepEqual(await page.evaluate(() => window.__violations), []);
  assert.deepEqual(errors, []);
  await context.close();
});

test("a mount that fails after the shadow root is attached shows the host's own text again", async () => {
  const context = await env.browser.newContext();
  await context.addInitScript(() => {
    // The widget's first append into its shadow root fails, as an exotic page could make it.
    const append = ShadowRoot.prototype.appendChild;
    let failed = false;
    ShadowRoot.prototype.appendChild = function (node) {
      if (!failed && node.nodeName === "DIV") {
        failed = true;
        throw new DOMException("refused", "HierarchyRequestError");
      }
      return append.call(this, node);
    };
  });
  const { page, errors, warnings } = await watchedPage(context);
  await page.goto(env.url + "quiz.html");
  await page.waitForFunction(() => document.querySelector("[data-soleus-widget]")?.dataset.soleusState === "failed");
  const host = page.locator("[data-soleus-widget]");
  assert.equal(await host.locator("p").first().isVisible(), true, "the fallback paragraph shows");
  assert.ok((await host.evaluate((el) => el.getBoundingClientRect().height)) > 0);
  assert.equal(warnings.filter((w) => /could not mount here/.test(w)).length, 1);
  assert.deepEqual(errors, []);
  await context.close();
});

test("an <svg> host is refused with one warning instead of being ignored silently", async () => {
  const context = await env.browser.newContext();
  const { page, errors, warnings } = await watchedPage(context);
  await page.goto(env.url + "plain.html");
  await readyIn(page);
  await page.evaluate(() => {
    const svg = document.createElementNS("http://www.w3.org/2000/svg", "svg");
    svg.setAttribute("data-soleus-widget", "");
    document.body.append(svg);
    document.body.append(document.createElement("p"));
  });
  await page.waitForTimeout(200);
  assert.equal(warnings.filter((w) => /must be an HTML element/.test(w)).length, 1, warnings.join("\n"));
  assert.deepEqual(errors, []);
  await context.close();
});

test("Soleus.mount puts a widget inside a shadow root with checked options, and a mount/unmount loop does not grow", async () => {
  const context = await env.browser.newContext();
  const { page, errors, warnings } = await watchedPage(context);
  await page.goto(env.url + "plain.html");
  await readyIn(page);
  // A framework's component: a custom element with its own shadow root and a mount point.
  await page.evaluate(() => {
    const app = document.createElement("blog-app");
    const root = app.attachShadow({ mode: "open" });
    root.innerHTML = '<article><div id="mount-point"><p>Loading the calf quiz…</p></div></article>';
    document.body.append(app);
    window.__events = [];
    const point = root.querySelector("#mount-point");
    for (const name of ["soleus:ready", "soleus:quiz-complete"]) {
      point.addEventListener(name, (event) => window.__events.push(`${name}:${JSON.stringify(event.detail)}`));
    }
    window.__handle = Soleus.mount(point, {
      sections: "quiz",
      lang: "en",
      urgentNumber: "111",
      clinicName: "Harbour Street Physio",
      accent: "yellow",
      colour: "red",
    });
  });
  const point = page.locator("blog-app #mount-point");
  await point.locator(".sol-quiz").waitFor();
  assert.equal(await point.getAttribute("data-soleus-state"), "ready");
  assert.equal(await point.locator(".sol-explorer").count(), 0, "the sections option is applied");
  assert.deepEqual(await page.evaluate(() => window.__events), ['soleus:ready:{"lang":"en"}']);
  assert.ok(warnings.some((w) => /data-accent/.test(w)), "a wrong value warns as an attribute does");
  assert.ok(warnings.some((w) => /"colour"/.test(w)), "an unknown option is named");
  assert.deepEqual(await axeViolations(page), []);

  // Unmounting shows the element's own content again.
  await page.evaluate(() => window.__handle.unmount());
  assert.equal(await point.locator(".sol-quiz").count(), 0);
  assert.equal(await point.locator("p").first().isVisible(), true);
  assert.equal(await point.getAttribute("data-soleus-state"), null);

  const measure = await memoryMeter(context, page);
  const cycle = () =>
    page.evaluate(async () => {
      const point = document.querySelector("blog-app").shadowRoot.querySelector("#mount-point");
      const handle = Soleus.mount(point, { sections: "quiz" });
      await new Promise((done) => setTimeout(done, 30));
      const mounted = point.dataset.soleusState === "ready";
      handle.unmount();
      await new Promise((done) => setTimeout(done, 10));
      return mounted && point.dataset.soleusState === undefined;
    });
  // The allocator reaches its high-water mark within the first few dozen cycles (one 64 KB
  // page of wasm memory, which wasm never gives back); from there on, memory must stay flat.
  for (let warmUp = 0; warmUp < 30; warmUp += 1) assert.ok(await cycle(), "mounted and unmounted");
  const early = await measure();
  for (let round = 0; round < 30; round += 1) assert.ok(await cycle(), "mounted and unmounted");
  const late = await measure();
  assert.ok(late.listeners <= early.listeners, `listeners ${early.listeners} → ${late.listeners}`);
  assert.ok(late.nodes <= early.nodes * 1.05, `nodes ${early.nodes} → ${late.nodes}`);
  assert.ok(late.heap <= early.heap * 1.1, `JS heap ${early.heap} → ${late.heap}`);
  assert.ok(late.wasm <= early.wasm, `wasm memory ${early.wasm} → ${late.wasm}`);
  assert.deepEqual(errors, []);
  await context.close();
});

test("numbers dial in international form, nonsense numbers are refused with a warning, and a polluted Object.prototype never reaches a call button", async () => {
  const context = await env.browser.newContext();
  const { page, errors, warnings } = await watchedPage(context);
  await page.goto(env.url + "plain.html");
  await readyIn(page);
  await page.evaluate(() => {
    // A host page whose libraries polluted Object.prototype.
    Object.prototype.emergencyNumber = "666";
    Object.prototype["data-emergency-number"] = "666";
    const point = document.createElement("div");
    point.id = "api";
    document.body.prepend(point);
    Soleus.mount(point, { sections: "quiz", urgentNumber: "+44 (0)1560 483200" });
  });
  const quiz = page.locator("#api .sol-quiz");
  await quiz.waitFor();
  await quiz.getByLabel(/Breathlessness, chest pain/).check();
  await quiz.getByRole("button", { name: en.screening_continue }).click();
  assert.equal(await quiz.locator(".sol-call").getAttribute("href"), "tel:112", "the default, not the polluted value");
  await quiz.getByRole("button", { name: en.restart }).click();
  await quiz.getByLabel(/One calf swollen compared with the other/).check();
  await quiz.getByRole("button", { name: en.screening_continue }).click();
  const urgent = quiz.locator(".sol-call");
  assert.equal(await urgent.getAttribute("href"), "tel:+441560483200", "the trunk zero is not dialled from abroad");
  assert.equal(await urgent.textContent(), "Call +44 (0)1560 483200 for urgent medical advice");

  const refused = await addQuizHost(page, "attrs", {
    "data-emergency-number": "11+2",
    "data-urgent-number": "++44 1234",
  });
  assert.ok(warnings.some((w) => /data-emergency-number/.test(w)), "11+2 is refused by name");
  assert.ok(warnings.some((w) => /data-urgent-number/.test(w)), "++44 1234 is refused by name");
  await refused.getByLabel(/Breathlessness, chest pain/).check();
  await refused.getByRole("button", { name: en.screening_continue }).click();
  assert.equal(await refused.locator(".sol-call").getAttribute("href"), "tel:112");
  await page.evaluate(() => {
    delete Object.prototype.emergencyNumber;
    delete Object.prototype["data-emergency-number"];
  });
  assert.deepEqual(errors, []);
  await context.close();
});
