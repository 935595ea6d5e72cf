// End-to-end: the stride, one running step from touchdown to toe-off. Scrubbing moves the
// runner (the heel rises after mid-stance while the toes stay down) and the curves' marker;
// the soleus works harder than the gastrocnemius at mid-stance after either landing; the
// landing changes early stance; the text alternative follows the phase; it comes with the
// quiz's module (a failed fetch says so and a retry works); axe passes in every state, in
// both themes and languages. Screenshots of touchdown, mid-stance and push-off at 360 px and
// on a 1920 × 1080 projector go to docs/stride/.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { mkdir } from "node:fs/promises";
import { axeViolations, en, launch, words } from "./harness.mjs";

const de = words.de;
let env;
before(async () => {
  env = await launch();
  await mkdir("docs/stride", { recursive: true });
});
after(async () => {
  await env?.stop();
});

const PHONE = { width: 360, height: 780 };
const PROJECTOR = { width: 1920, height: 1080 };

/** A post with one whole widget, in `theme` and `lang`. */
const post = (theme, lang) => `<!doctype html><html lang="${lang}"><head><meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1"><title>Stride</title>
  <link rel="icon" href="data:,"><script type="module" src="soleus-widget.js"></script></head>
  <body style="margin:0;padding:0 8px"><h1>The soleus in the stride</h1>
  <div data-soleus-widget data-theme="${theme}" data-lang="${lang}"><p>Calf explorer.</p></div>
  ${"<p>Runners land on each foot about eighty times a minute.</p>".repeat(30)}</body></html>`;

/** Opens the post and the stride; `route` may answer the quiz module's requests. */
async function openStride({ viewport = PHONE, theme = "light", lang = "en", route, reducedMotion } = {}) {
  const context = await env.browser.newContext({ viewport, reducedMotion });
  const page = await context.newPage();
  const errors = [];
  page.on("pageerror", (error) => errors.push(String(error)));
  await page.route("**/stride.html", (r) => r.fulfill({ contentType: "text/html", body: post(theme, lang) }));
  if (route) await page.route("**/soleus_quiz.wasm", route);
  await page.goto(env.url + "stride.html");
  await page.waitForFunction(() => document.querySelector("[data-soleus-widget]")?.dataset.soleusState === "ready");
  const widget = page.locator("[data-soleus-widget]");
  const t = lang === "de" ? de : en;
  const scrollBefore = await page.evaluate(() => scrollY);
  await widget.getByRole("button", { name: t.part_stride, exact: true }).click();
  return { context, page, widget, errors, t, scrollBefore };
}

/** The stride's controls, once its module is here. */
function parts(widget, t) {
  return {
    slider: widget.getByRole("slider", { name: t["stride.scrubber_label"] }),
    values: widget.locator(".sol-stride__values"),
    chart: widget.locator(".sol-stride__chart"),
    figure: widget.locator(".sol-stride__figure"),
  };
}

/** The drawn stance foot: toe, ball and heel, from the near limbs' path ("M toe L ball L heel …"). */
async function foot(widget) {
  const d = await widget.locator(".sol-stride__figure .sol-figure__body .sol-figure__limb:not(.sol-figure__far)").getAttribute("d");
  const numbers = d.match(/-?\d+/g).map(Number);
  return { toe: { x: numbers[0], y: numbers[1] }, heel: { x: numbers[4], y: numbers[5] } };
}

/** The soleus and gastrocnemius ranges now, as numbers, from the values sentence. */
async function forces(values) {
  const text = (await values.textContent()).replace(/,(\d)/g, ".$1");
  const [soleus, gastrocnemius] = [...text.matchAll(/(\d+\.\d)(?:–(\d+\.\d))?/g)].map((m) => ({
    low: Number(m[1]),
    high: Number(m[2] ?? m[1]),
  }));
  return { soleus, gastrocnemius };
}

async function noViolations(page, state) {
  const violations = await axeViolations(page);
  assert.deepEqual(violations, [], `axe in ${state}: ${JSON.stringify(violations, null, 1)}`);
}

test("scrubbing from touchdown to toe-off moves the runner and the marker, the heel rising after mid-stance with the toes down", async () => {
  const { context, page, widget, errors, t, scrollBefore } = await openStride();
  const { slider, chart } = parts(widget, t);
  await slider.waitFor();
  assert.equal(await page.evaluate(() => scrollY), scrollBefore, "the page does not scroll");
  assert.equal(await widget.locator(".sol-explorer").isVisible(), false, "the explorer is put away");
  assert.equal(await widget.locator(".sol-quiz").isVisible(), false, "so is the quiz");
  assert.equal(
    await widget.getByRole("button", { name: t.part_stride, exact: true }).getAttribute("aria-pressed"),
    "true",
  );

  const marker = chart.locator(".sol-stride__marker");
  const at = async (percent) => {
    await slider.fill(String(percent));
    return { foot: await foot(widget), marker: Number(await marker.getAttribute("x1")) };
  };
  const touchdown = await at(0);
  const mid = await at(45);
  const push = await at(75);
  const toeOff = await at(100);
  assert.ok(touchdown.marker < mid.marker && mid.marker < push.marker && push.marker < toeOff.marker, "the marker moves");
  assert.ok(touchdown.foot.toe.y < touchdown.foot.heel.y, "a heel landing meets the ground toes up");
  assert.equal(mid.foot.heel.y, mid.foot.toe.y, "the foot is flat at mid-stance");
  assert.ok(push.foot.heel.y < mid.foot.heel.y && toeOff.foot.heel.y < push.foot.heel.y, "the heel rises after mid-stance");
  assert.deepEqual(toeOff.foot.toe, mid.foot.toe, "the toes stay on the ground");
  await page.screenshot({ path: "target/screenshots/stride-scrub.png" });

  // By keyboard: the slider's arrows, and each phase's button.
  await slider.focus();
  await page.keyboard.press("Home");
  await page.keyboard.press("ArrowRight");
  assert.equal(await slider.inputValue(), "1");
  await widget.getByRole("button", { name: t["stride.phase_names[3]"] }).click();
  assert.equal(await slider.inputValue(), "75");
  assert.deepEqual(errors, []);
  await context.close();
});

test("at mid-stance the soleus works harder than the gastrocnemius after either landing, and the landing changes early stance", async () => {
  const { context, page, widget, t } = await openStride();
  const { slider, values } = parts(widget, t);
  await slider.waitFor();
  const early = {};
  for (const index of [0, 1]) {
    const landing = t[`stride.landings[${index}]`];
    await widget.getByRole("button", { name: landing }).click();
    assert.equal(await widget.getByRole("button", { name: landing }).getAttribute("aria-pressed"), "true");
    await slider.fill("45");
    const { soleus, gastrocnemius } = await forces(values);
    assert.ok(soleus.low > gastrocnemius.high, `${landing}: soleus ${soleus.low} over gastrocnemius ${gastrocnemius.high}`);
    await slider.fill("5");
    early[index] = await forces(values);
    await noViolations(page, `the ${landing} landing`);
  }
  assert.ok(early[1].soleus.low > 2 * early[0].soleus.high, "after a forefoot landing the calf works from touchdown");
  assert.notEqual(await widget.locator(".sol-stride__phase-text").textContent(), "", "the phase says what happens");

  // A faster run peaks higher.
  await slider.fill("45");
  const easy = await forces(values);
  await widget.getByRole("button", { name: t["stride.speeds[1]"] }).click();
  const faster = await forces(values);
  assert.ok(faster.soleus.low >= easy.soleus.high, "faster, the soleus peaks higher");
  await noViolations(page, "a faster run");
  await context.close();
});

test("the text alternative reads the phase and the values, and changes as the step moves", async () => {
  const { context, widget, t } = await openStride();
  const { slider, chart, figure } = parts(widget, t);
  await slider.waitFor();
  const read = async (percent) => {
    await slider.fill(String(percent));
    return {
      slider: await slider.getAttribute("aria-valuetext"),
      chart: await chart.getAttribute("aria-label"),
      figure: await figure.getAttribute("aria-label"),
    };
  };
  const touchdown = await read(0);
  const mid = await read(45);
  assert.ok(touchdown.slider.includes(t["stride.phase_names[0]"]) && mid.slider.includes(t["stride.phase_names[2]"]));
  assert.match(mid.slider, /Soleus about \d\.\d–\d\.\d/, "the values are read with the phase");
  assert.notEqual(touchdown.chart, mid.chart, "the curves' text alternative follows the marker");
  assert.notEqual(touchdown.figure, mid.figure, "so does the runner's");
  await context.close();
});

test("Play moves through the step and Stop stops it; with reduced motion it steps phase by phase", async () => {
  for (const reducedMotion of ["no-preference", "reduce"]) {
    const { context, page, widget, t } = await openStride({ reducedMotion });
    const { slider } = parts(widget, t);
    await slider.waitFor();
    await slider.fill("0");
    await widget.getByRole("button", { name: t["stride.play"] }).click();
    await page.waitForTimeout(reducedMotion === "reduce" ? 1900 : 600);
    const moved = Number(await slider.inputValue());
    assert.ok(moved > 0, `${reducedMotion}: playing moved the step (${moved})`);
    if (reducedMotion === "reduce") {
      assert.ok([22, 45, 75, 100].includes(moved), `reduced motion jumps to a phase, not through it (${moved})`);
    }
    await widget.getByRole("button", { name: t["stride.pause"] }).click();
    const stopped = await slider.inputValue();
    await page.waitForTimeout(400);
    assert.equal(await slider.inputValue(), stopped, "Stop stops it");
    await context.close();
  }
});

test("the stride comes with the quiz's module: a failed fetch says so, keeps the rest working, and a retry works", async () => {
  let fail = true;
  const { context, widget, t, errors } = await openStride({
    route: (route) => (fail ? route.abort() : route.continue()),
  });
  await widget.getByText(t.stride_load_failed).waitFor();
  // The rest still works.
  await widget.getByRole("button", { name: t.part_explore }).click();
  await widget.getByRole("slider").first().fill("90");
  fail = false;
  // Pressing the stride's button again tries again.
  await widget.getByRole("button", { name: t.part_stride, exact: true }).click();
  await parts(widget, t).slider.waitFor();
  assert.deepEqual(errors, []);
  await context.close();
});

test("the stride's link to the circuit opens the quiz with focus on its Start", async () => {
  const { context, page, widget, t } = await openStride();
  await parts(widget, t).slider.waitFor();
  await widget.getByRole("button", { name: t.quiz_heading, exact: true }).last().click();
  const focused = await page.evaluate(
    () => document.querySelector("[data-soleus-widget]").shadowRoot.activeElement?.textContent ?? "",
  );
  assert.equal(focused.trim(), t.quiz_start);
  assert.equal(await widget.locator(".sol-stride").isVisible(), false);
  await context.close();
});

test("axe passes in the dark theme and in German, where the numbers use a decimal comma and both lists of sources say what was checked in German", async () => {
  const dark = await openStride({ theme: "dark" });
  await parts(dark.widget, dark.t).slider.waitFor();
  await noViolations(dark.page, "the dark theme");
  await dark.context.close();

  const german = await openStride({ lang: "de" });
  const { slider, values } = parts(german.widget, german.t);
  await slider.waitFor();
  await slider.fill("45");
  assert.match(await values.textContent(), /Soleus etwa \d,\d–\d,\d/);
  await noViolations(german.page, "German");
  // Both lists of sources give what was checked in German: none falls back to English.
  const strideNotes = german.widget.locator(".sol-stride__checked li");
  assert.equal(await strideNotes.count(), 5);
  assert.equal(await german.widget.locator(".sol-stride__checked [lang=en]").count(), 0);
  await german.widget.getByRole("button", { name: de.part_explore, exact: true }).click();
  await german.widget.getByText(de.evidence_heading).click();
  const items = german.widget.locator(".sol-evidence__item");
  await items.first().waitFor();
  assert.ok((await items.count()) > 20);
  assert.equal(await german.widget.locator(".sol-evidence__item [lang=en]").count(), 0);
  await german.context.close();
});

test("screenshots: touchdown, mid-stance and push-off on a phone and on a projector in presenter mode, stepped by its keys", async () => {
  const phone = await openStride();
  const { slider } = parts(phone.widget, phone.t);
  await slider.waitFor();
  for (const [name, percent] of [["touchdown", 0], ["mid-stance", 45], ["push-off", 75]]) {
    await slider.fill(String(percent));
    await phone.widget.locator(".sol-stride").screenshot({ path: `docs/stride/phone-360-${name}.png` });
  }
  await phone.context.close();

  const room = await openStride({ viewport: PROJECTOR });
  const stride = parts(room.widget, room.t);
  await stride.slider.waitFor();
  await room.widget.getByRole("button", { name: room.t.presenter_enter }).click();
  await room.page.waitForFunction(() =>
    document.querySelector("[data-soleus-widget]").shadowRoot.querySelector(".sol-root.sol-presenter"),
  );
  await stride.slider.fill("0");
  // In presenter mode "." steps to the next phase and "," back.
  const shots = [["touchdown", "0"], ["mid-stance", "45"], ["push-off", "75"]];
  for (const [index, [name, value]] of shots.entries()) {
    if (index > 0) {
      await room.page.keyboard.press(".");
      if (index === 1) await room.page.keyboard.press(".");
    }
    assert.equal(await stride.slider.inputValue(), value, `${name} by the presenter's keys`);
    // The frame shown from its top, as the room sees it on entering.
    await room.page.evaluate(() => {
      document.querySelector("[data-soleus-widget]").shadowRoot.querySelector(".sol-root").scrollTop = 0;
    });
    const box = await stride.figure.boundingBox();
    assert.ok(box.height >= 400, `the runner fills the projector's frame (${box.height} px)`);
    await room.page.screenshot({ path: `docs/stride/projector-1920-${name}.png` });
  }
  await room.page.keyboard.press(",");
  assert.equal(await stride.slider.inputValue(), "45");
  await noViolations(room.page, "presenter mode");
  await room.context.close();
});

test("printed, the stride is one labelled frame: the runner, the curves and this instant, without the controls", async () => {
  const { context, page, widget, t } = await openStride();
  const { slider, figure, chart, values } = parts(widget, t);
  await slider.waitFor();
  await slider.fill("45");
  await page.emulateMedia({ media: "print" });
  for (const [what, locator] of [["the runner", figure], ["the curves", chart], ["the values", values]]) {
    assert.ok(await locator.isVisible(), `${what} print`);
  }
  assert.ok(await widget.locator(".sol-stride__phase-name").isVisible(), "the phase is named");
  assert.equal(await widget.locator(".sol-stride__legend").isVisible(), true, "the curves are labelled");
  for (const hidden of [".sol-stride__controls", ".sol-parts", ".sol-explorer", ".sol-quiz"]) {
    assert.equal(await widget.locator(hidden).isVisible(), false, `${hidden} is not printed`);
  }
  await page.screenshot({ path: "target/screenshots/stride-print.png", fullPage: true });
  await context.close();
});
