// End-to-end: the circuit result and the guided player as a runner meets them on a phone.
// The summary fits the first screen, every exercise has a picture, the player paces each
// repetition under a controlled clock and keeps the screen awake, links land where they
// point, and the printed plan is one page with the drawing and no buttons.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { mkdir } from "node:fs/promises";
import { answerAll, axeViolations, launch, openDemo, en, startQuiz } from "./harness.mjs";

let env;
before(async () => {
  env = await launch();
});
after(async () => {
  await env?.stop();
});

const PHONE = { width: 360, height: 740 };
const SHOTS = "target/screenshots/result";
const quizOf = (page) => page.locator("[data-soleus-widget]").first().locator(".sol-quiz");

/**
 * Where an exercise picture's near foot is drawn: its first stroke runs toe, ball, heel (see
 * model/figure.rs). Heights are SVG y, so a rising heel's y falls.
 */
function footOf(picture) {
  return picture.evaluate((svg) => {
    const limbs = svg.querySelector(".sol-figure__body .sol-figure__limb:not(.sol-figure__far)");
    const [toe, , heel] = limbs.getAttribute("d").split("M")[1].split("L").map((p) => p.trim().split(/\s+/).map(Number));
    return { toe: toe.join(" "), heel: heel[1] };
  });
}

/** Whether the element's box lies wholly inside the viewport. */
function inViewport(locator) {
  return locator.evaluate((element) => {
    const box = element.getBoundingClientRect();
    // A pixel of tolerance for sub-pixel layout.
    return box.top >= -1 && box.left >= -1 && box.bottom <= innerHeight + 1 && box.right <= innerWidth + 1;
  });
}

test("on a 360×740 phone the result opens summary first: level, time, pictured cards and the start button in the first screen", async () => {
  const { page, context, errors } = await openDemo(env.browser, env.url, { viewport: PHONE });
  const quiz = quizOf(page);
  await answerAll(quiz);
  const result = quiz.locator(".sol-result");
  await result.waitFor();
  for (const part of [".sol-result__title", ".sol-result__time", ".sol-summary", ".sol-result__start"]) {
    assert.ok(await inViewport(result.locator(part)), `${part} is in the first screen`);
  }
  const cards = result.locator(".sol-summary__card");
  const count = await cards.count();
  assert.ok(count >= 3, `${count} exercise cards`);
  for (let i = 0; i < count; i += 1) {
    const card = cards.nth(i);
    assert.match(await card.locator(".sol-summary__dose").textContent(), /\d/);
    const picture = card.locator("svg.sol-picture");
    assert.equal(await picture.getAttribute("role"), "img");
    assert.match(await picture.getAttribute("aria-label"), /^Drawing: /);
  }
  // Each card shows its own exercise: no two pictures (pose, chair, wall or step) alike, and
  // every one drawn at the top of its repetition, heel above toes.
  const drawings = await cards.evaluateAll((all) =>
    all.map((card) => [...card.querySelectorAll("svg.sol-picture path")].map((path) => path.getAttribute("d")).join("|")),
  );
  assert.equal(new Set(drawings).size, count, "every exercise is drawn in its own pose");
  for (let i = 0; i < count; i += 1) {
    const foot = await footOf(cards.nth(i).locator("svg.sol-picture"));
    assert.ok(foot.heel < Number(foot.toe.split(" ")[1]) - 10, `card ${i}: the heel is raised`);
    // An exercise done on each leg in turn is drawn on one leg, and says so in words.
    const eachLeg = /each leg/.test(await cards.nth(i).locator(".sol-summary__dose").textContent());
    const picture = cards.nth(i).locator("svg.sol-picture");
    const otherLeg = await picture.locator(".sol-figure__body .sol-figure__far").getAttribute("d");
    assert.equal(otherLeg !== "", eachLeg, `card ${i}: the other leg is lifted only for single-leg work`);
    assert.equal(/On one leg/.test(await picture.getAttribute("aria-label")), eachLeg, `card ${i}: its text alternative`);
  }
  // Details are folded below, one per exercise.
  assert.equal(await result.locator(".sol-exercise details").count(), count);
  await result.locator(".sol-exercise summary").first().click();
  assert.ok(await result.locator(".sol-exercise__steps").first().isVisible());
  assert.deepEqual(await axeViolations(page), [], "result");
  await mkdir(SHOTS, { recursive: true });
  await page.screenshot({ path: `${SHOTS}/result-phone.png` });
  assert.deepEqual(errors, []);
  await context.close();
});

test("every level's summary, four exercises at most, fits the first screen of a 360×740 phone", async () => {
  const levels = [];
  // Heel-raise counts that give the gentlest and the hardest circuit (the middle one is above).
  for (const count of ["8", "30"]) {
    const { page, context, errors } = await openDemo(env.browser, env.url, { viewport: PHONE });
    const quiz = quizOf(page);
    await answerAll(quiz, { count });
    const result = quiz.locator(".sol-result");
    await result.waitFor();
    const title = await result.locator(".sol-result__title").textContent();
    const cards = await result.locator(".sol-summary__card").count();
    levels.push(`${title.trim()}: ${cards}`);
    for (const part of [".sol-result__title", ".sol-result__time", ".sol-summary", ".sol-result__start"]) {
      assert.ok(await inViewport(result.locator(part)), `${title}: ${part} is in the first screen`);
    }
    assert.deepEqual(errors, []);
    await context.close();
  }
  assert.deepEqual(levels, ["Your soleus circuit: Foundation: 4", "Your soleus circuit: Performance: 3"]);
});

test("the player counts repetitions with their tempo under a controlled clock, keeps the screen awake and lets go", async () => {
  const context = await env.browser.newContext({ viewport: PHONE });
  // A wake-lock API that records what the widget asks of it.
  await context.addInitScript(() => {
    window.wakeLockLog = [];
    Object.defineProperty(Navigator.prototype, "wakeLock", {
      configurable: true,
      get: () => ({
        request: async (type) => {
          window.wakeLockLog.push(`request ${type}`);
          const sentinel = {
            released: false,
            release: async () => {
              sentinel.released = true;
              window.wakeLockLog.push("release");
            },
          };
          return sentinel;
        },
      }),
    });
  });
  const page = await context.newPage();
  const errors = [];
  page.on("pageerror", (error) => errors.push(String(error)));
  await page.clock.install();
  await page.goto(env.url);
  await page.waitForFunction(() => [...document.querySelectorAll("[data-soleus-widget]")].every((h) => h.dataset.soleusState === "ready"));
  const quiz = quizOf(page);
  await answerAll(quiz);
  await quiz.getByRole("button", { name: en.start_circuit }).click();
  const player = quiz.locator(".sol-player");
  await player.waitFor();
  // It opens with its title and its moving figure whole on the phone's screen.
  assert.ok(await inViewport(player.locator(".sol-player__title")), "the player's title is in view as it opens");
  assert.ok(await inViewport(player.locator("svg.sol-picture")), "the player's figure is in view as it opens");
  const rep = player.locator(".sol-player__rep");
  // Followed at arm's length: the current instruction is the largest text in the player.
  const sizes = await player.evaluate((element) =>
    [...element.querySelectorAll("p, h4, button, label")]
      .filter((el) => el.textContent.trim() && el.getClientRects().length > 0)
      .map((el) => [el.className, parseFloat(getComputedStyle(el).fontSize)]),
  );
  const largest = Math.max(...sizes.map(([, size]) => size));
  assert.deepEqual(sizes.filter(([, size]) => size === largest).map(([name]) => name), ["sol-player__rep"], JSON.stringify(sizes));
  // A count-in first, so the first repetition does not start the instant Start is pressed;
  // then five seconds a repetition (2 up, 1 hold, 2 down): read the cue, and where the drawn
  // toes and heel are, every second.
  assert.equal(await player.locator(".sol-player__kind").textContent(), en.get_ready);
  const seen = [];
  const feet = [];
  for (let second = 0; second < 14; second += 1) {
    // The number and its unit are joined by a no-break space; compared as a plain space.
    seen.push((await rep.textContent()).trim().replace(/\u00a0/g, " "));
    feet.push(await footOf(player.locator("svg.sol-picture")));
    await page.clock.runFor(1000);
  }
  assert.deepEqual(seen, [
    "Starts in 3",
    "Starts in 2",
    "Starts in 1",
    "Rep 1 of 12 · Up · 2 s",
    "Rep 1 of 12 · Up · 2 s",
    "Rep 1 of 12 · Hold · 1 s",
    "Rep 1 of 12 · Down · 2 s",
    "Rep 1 of 12 · Down · 2 s",
    "Rep 2 of 12 · Up · 2 s",
    "Rep 2 of 12 · Up · 2 s",
    "Rep 2 of 12 · Hold · 1 s",
    "Rep 2 of 12 · Down · 2 s",
    "Rep 2 of 12 · Down · 2 s",
    "Rep 3 of 12 · Up · 2 s",
  ]);
  // The picture moves with the tempo: the toes stay down, the heel is higher in the hold
  // than as a repetition starts and comes down again before the next.
  assert.equal(await player.locator("svg.sol-picture").count(), 1);
  assert.ok(feet.every((foot) => foot.toe === feet[0].toe), `toes stay put: ${JSON.stringify(feet)}`);
  assert.ok(feet[0].heel === feet[3].heel, `the heel waits down through the count-in: ${JSON.stringify(feet)}`);
  assert.ok(feet[5].heel < feet[3].heel - 10, `the heel is up in the hold: ${JSON.stringify(feet)}`);
  assert.ok(feet[8].heel > feet[5].heel + 10, `and down as the next repetition starts: ${JSON.stringify(feet)}`);
  assert.deepEqual(await page.evaluate(() => window.wakeLockLog), ["request screen"]);
  assert.equal(await rep.getAttribute("aria-hidden"), "true", "the ticking cue is not announced");
  assert.deepEqual(await axeViolations(page), [], "player");
  await mkdir(SHOTS, { recursive: true });
  await page.clock.runFor(1000);
  await page.screenshot({ path: `${SHOTS}/player-phone.png` });

  await player.getByRole("button", { name: en.pause }).click();
  await page.clock.runFor(500);
  assert.deepEqual(await page.evaluate(() => window.wakeLockLog), ["request screen", "release"]);
  await player.getByRole("button", { name: en.resume }).click();
  await page.clock.runFor(500);
  assert.deepEqual(await page.evaluate(() => window.wakeLockLog), ["request screen", "release", "request screen"]);
  // At the end the lock goes.
  await page.clock.runFor(60 * 60 * 1000);
  await player.locator(".sol-player__finished").waitFor();
  const log = () => page.evaluate(() => window.wakeLockLog);
  assert.deepEqual(await log(), ["request screen", "release", "request screen", "release"]);
  // Doing it again asks again; leaving a running player lets go.
  await player.getByRole("button", { name: en.repeat }).click();
  await page.clock.runFor(500);
  assert.equal((await log()).at(-1), "request screen");
  await player.getByRole("button", { name: en.leave_player }).click();
  await page.clock.runFor(500);
  assert.equal((await log()).at(-1), "release");
  assert.deepEqual(errors, []);
  await context.close();
});

/** A phone page whose clock the test controls from the start. */
async function phoneWithClock() {
  const context = await env.browser.newContext({ viewport: PHONE });
  const page = await context.newPage();
  await page.clock.install();
  await page.goto(env.url);
  await page.waitForFunction(() => [...document.querySelectorAll("[data-soleus-widget]")].every((h) => h.dataset.soleusState === "ready"));
  return { page, context };
}

test("the player counts in before each exercise and after a switch, and a switch names the leg that works next", async () => {
  const { page, context } = await phoneWithClock();
  const quiz = quizOf(page);
  await answerAll(quiz); // the build level: a seated raise, then single-leg bent-knee raises
  await quiz.getByRole("button", { name: en.start_circuit }).click();
  const player = quiz.locator(".sol-player");
  const read = async () => ({
    kind: await player.locator(".sol-player__kind").textContent(),
    rep: (await player.locator(".sol-player__rep").textContent()).replace(/\u00a0/g, " "),
    side: await player.locator(".sol-player__side").textContent(),
    next: await player.locator(".sol-player__next").textContent(),
  });
  const bentKnee = en["exercises[1].name"];
  const next = () => player.getByRole("button", { name: en.next_phase }).click();
  assert.equal((await read()).kind, en.get_ready, "the circuit opens with a count-in");
  // On to the first single-leg exercise: its count-in names the left leg.
  const exercise = () => player.locator(".sol-player__exercise").textContent();
  for (let skips = 0; skips < 20; skips += 1) {
    if ((await read()).kind === en.get_ready && (await exercise()) === bentKnee) break;
    await next();
  }
  let now = await read();
  assert.equal(now.kind, en.get_ready);
  assert.equal(now.rep, "Starts in 3");
  assert.match(now.side, new RegExp(`^${en.side_left} · `));
  await page.clock.runFor(3250);
  now = await read();
  assert.equal(now.kind, en.phase_work);
  assert.match(now.side, new RegExp(`^${en.side_left} · `));
  assert.match(now.rep, /^Rep 1 of 12 · Up/);
  // The switch says which leg comes, as does the count-in after it; then the right leg works.
  await next();
  now = await read();
  assert.equal(now.kind, en.phase_switch);
  assert.match(now.side, new RegExp(`^${en.side_right} · `), JSON.stringify(now));
  assert.equal(now.next, `Next: ${bentKnee} (${en.side_right})`);
  await next();
  now = await read();
  assert.equal(now.kind, en.get_ready);
  assert.equal(now.rep, "Starts in 3");
  assert.match(now.side, new RegExp(`^${en.side_right} · `));
  await page.clock.runFor(3250);
  now = await read();
  assert.equal(now.kind, en.phase_work);
  assert.match(now.side, new RegExp(`^${en.side_right} · `));
  assert.deepEqual(await axeViolations(page), [], "count-in");
  await context.close();
});

test("a hold counts its seconds down", async () => {
  const { page, context } = await phoneWithClock();
  const quiz = quizOf(page);
  await answerAll(quiz, { count: "5" });
  await quiz.getByRole("button", { name: en.start_circuit }).click();
  const player = quiz.locator(".sol-player");
  // Skip to the circuit's hold: the last exercise of the foundation level.
  for (let skips = 0; skips < 40; skips += 1) {
    if (/Hold: \d+\s+s left/.test(await player.locator(".sol-player__rep").textContent())) break;
    await player.getByRole("button", { name: en.next_phase }).click();
  }
  const before = await player.locator(".sol-player__rep").textContent();
  // The display refreshes every 250 ms and the skip fell between two refreshes: 3 s plus one
  // refresh is sure to show 3 s gone (and not yet 4).
  await page.clock.runFor(3250);
  const after = await player.locator(".sol-player__rep").textContent();
  const seconds = (text) => Number(text.match(/(\d+)\s+s left/)[1]);
  assert.equal(seconds(before) - seconds(after), 3, `${before} → ${after}`);
  await context.close();
});

test("Show me brings the diagram into view with focus; a shared link opens with the result in view", async () => {
  const { page, context } = await openDemo(env.browser, env.url, { viewport: PHONE });
  const widget = page.locator("[data-soleus-widget]").first();
  const quiz = quizOf(page);
  await startQuiz(quiz);
  await quiz.getByLabel(en.screening_none).check();
  await quiz.getByRole("button", { name: en.screening_continue }).click();
  await quiz.locator("input[type=radio]").first().check();
  await quiz.getByRole("button", { name: en.next }).click();
  await quiz.locator("input[type=radio]").first().check();
  await quiz.getByRole("button", { name: en.show_me }).click();
  const figure = widget.locator(".sol-diagram").first();
  const box = await figure.boundingBox();
  assert.ok(box.y >= -1 && box.y < PHONE.height / 2, `the diagram is in view (top at ${box.y})`);
  assert.ok(
    await figure.evaluate((element) => element.getRootNode().activeElement === element),
    "focus is on the diagram",
  );

  const fresh = await openDemo(env.browser, env.url, { viewport: PHONE });
  const freshQuiz = quizOf(fresh.page);
  await answerAll(freshQuiz);
  await freshQuiz.getByRole("button", { name: en.copy_link }).click();
  const link = await freshQuiz.locator(".sol-link__input").inputValue();
  const { page: landed } = await openDemo(env.browser, link, { viewport: PHONE });
  const result = quizOf(landed).locator(".sol-result");
  await result.waitFor();
  assert.ok(await inViewport(quizOf(landed).locator(".sol-result__title")), "the shared result is in view");
  assert.ok(
    await quizOf(landed).locator(".sol-quiz__step").evaluate((element) => element.getRootNode().activeElement === element),
    "and focused",
  );
  await context.close();
  await fresh.context.close();
});

/**
 * Answers the quiz with `count` heel raises and presses the widget's Print button, with the
 * browser's dialog replaced by a counter; leaves the page in print media.
 */
async function printedPlan(count) {
  const { page, context } = await openDemo(env.browser, env.url, { viewport: { width: 800, height: 1000 } });
  const quiz = quizOf(page);
  await answerAll(quiz, { count });
  await quiz.locator(".sol-plan").waitFor({ state: "attached" });
  await page.evaluate(() => {
    window.print = () => {
      window.printCalls = (window.printCalls ?? 0) + 1;
    };
  });
  await quiz.getByRole("button", { name: en.print }).click();
  assert.equal(await page.evaluate(() => window.printCalls), 1);
  await page.emulateMedia({ media: "print" });
  return { page, context };
}

/** How many A4 pages the page prints on, printed for real (the host page steps aside). */
async function printedPages(page) {
  const pdf = (await page.pdf({ format: "A4" })).toString("latin1");
  return Number(pdf.match(/\/Count (\d+)/)?.[1]);
}

test("the printed plan is one page: clinic and where to book, the drawing at 90°, every exercise picture, dose, tempo, rest and steps, plan, pain rule, notice, no buttons", async () => {
  const { page, context } = await printedPlan("23");
  const widget = page.locator("[data-soleus-widget]").first();
  const report = await widget.evaluate((host) => {
    const root = host.shadowRoot;
    const visible = (element) => element.getClientRects().length > 0 && getComputedStyle(element).visibility !== "hidden";
    return {
      clinic: root.querySelector(".sol-result__clinic")?.textContent ?? "",
      // The booking line, with its address written out after the link's words.
      booking: [...root.querySelectorAll(".sol-cta a")].filter(visible).map((a) => ({
        words: a.textContent.trim(),
        href: a.getAttribute("href"),
        after: getComputedStyle(a, "::after").content,
      })),
      // How to do each exercise: its dose, tempo and rest, and every step, on the paper.
      howTo: [...root.querySelectorAll(".sol-exercise")].map((exercise) => ({
        steps: [...exercise.querySelectorAll(".sol-exercise__steps li")].filter(visible).length,
        lines: [...exercise.querySelectorAll("summary, p")].filter(visible).map((line) => line.textContent.trim()),
      })),
      plate: visible(root.querySelector(".sol-result__plate .sol-diagram__svg")),
      plateAngle: root.querySelector(".sol-result__plate desc")?.textContent ?? "",
      pictures: [...root.querySelectorAll(".sol-summary__card svg")].filter(visible).length,
      // Cards whose picture and words overlap (the picture drawn over the name or dose).
      crowded: [...root.querySelectorAll(".sol-summary__card")].filter((card) => {
        const picture = card.querySelector("svg").getBoundingClientRect();
        return [...card.querySelectorAll("span")].some((words) => words.getBoundingClientRect().left < picture.right);
      }).length,
      cards: root.querySelectorAll(".sol-summary__card").length,
      buttons: [...root.querySelectorAll("button, input, a.sol-button:not(.sol-cta a)")].filter(visible).map((b) => b.textContent.trim()),
      plan: visible(root.querySelector(".sol-plan")),
      notice: visible(root.querySelector(".sol-notice")),
      emptyBlocks: [...root.querySelectorAll(".sol-root div, .sol-root section, .sol-root p")]
        .filter(visible)
        .filter((element) => element.getBoundingClientRect().height > 4 && !element.textContent.trim() && !element.querySelector("svg"))
        .map((element) => element.className),
    };
  });
  assert.equal(report.clinic, "Harbour Street Physiotherapy");
  assert.equal(report.booking.length, 1, "where to book prints");
  assert.equal(report.booking[0].words, "Book an assessment with Harbour Street Physiotherapy");
  assert.equal(report.booking[0].href, "https://harbour-street-physio.example/book");
  assert.match(report.booking[0].after, /attr\(href\)|harbour-street-physio\.example\/book/, "its address written out after it");
  assert.equal(report.howTo.length, report.cards, "every exercise's how-to prints");
  for (const { steps, lines } of report.howTo) {
    assert.ok(steps >= 3, `its steps print: ${JSON.stringify(lines)}`);
    assert.ok(lines.some((line) => /sets/.test(line)), `its sets: ${JSON.stringify(lines)}`);
    assert.ok(lines.some((line) => /^Rest \d+\s+s between sets$/.test(line)), `its rest: ${JSON.stringify(lines)}`);
  }
  assert.ok(report.howTo.some(({ lines }) => lines.some((line) => /2 s up, 1 s hold/.test(line))), "the tempo prints");
  assert.ok(report.plate, "the drawing prints");
  assert.match(report.plateAngle, /knee bent 90°/);
  assert.equal(report.pictures, report.cards);
  assert.equal(report.crowded, 0, "no picture overlaps its card's words");
  assert.deepEqual(report.buttons, []);
  assert.ok(report.plan && report.notice);
  assert.deepEqual(report.emptyBlocks, []);
  assert.deepEqual(await axeViolations(page), [], "print view");
  await mkdir(SHOTS, { recursive: true });
  await page.screenshot({ path: `${SHOTS}/print.png`, fullPage: true });
  const pages = await printedPages(page);
  assert.equal(pages, 1, `the plan prints on ${pages} pages`);
  await context.close();
});

test("the longest plan, four exercises, prints on one page too", async () => {
  const { page, context } = await printedPlan("8");
  const cards = await page.locator("[data-soleus-widget]").first().locator(".sol-summary__card").count();
  assert.equal(cards, 4);
  const pages = await printedPages(page);
  assert.equal(pages, 1, `four exercises print on ${pages} pages`);
  await context.close();
});

test("the player's keyboard hint shows with a mouse and keyboard, not on a touch phone", async () => {
  const hintShown = async (contextOptions) => {
    const context = await env.browser.newContext(contextOptions);
    const page = await context.newPage();
    await page.goto(env.url + "quiz.html");
    const quiz = quizOf(page);
    await answerAll(quiz);
    await quiz.getByRole("button", { name: en.start_circuit }).click();
    await quiz.locator(".sol-player").waitFor();
    const shown = await quiz.locator(".sol-player__shortcuts").isVisible();
    await context.close();
    return shown;
  };
  assert.equal(await hintShown({ viewport: { width: 1280, height: 800 } }), true, "desktop");
  assert.equal(
    await hintShown({ viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true }),
    false,
    "touch phone",
  );
});
