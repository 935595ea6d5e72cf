// The clinical safety of the journey, in the real browser: runners with an injury or a red
// flag get the advice their story needs and never an exercise; every screening item reaches
// its own advice; a plan from a link or an old save is screened by whoever does it; and
// "It hurts" ends a running circuit with what to do instead.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { addQuizHost, answerAll, axeViolations, launch, openDemo, screen, en, shows } from "./harness.mjs";

let env;
before(async () => {
  env = await launch();
});
after(async () => {
  await env?.stop();
});

const PHONE = { width: 360, height: 740 };
const EMERGENCY = "999";
const URGENT = "111";
const BOOKING = "https://clinic.example/book";

/**
 * The screening as the clinical review sheet states it (item, urgency and advice heading),
 * read from the sheet the native tests write from the model and the English words, so this
 * test never keeps its own copy of the wording.
 */
function screeningFromSheet() {
  const sheet = readFileSync(new URL("../../docs/clinical-review.md", import.meta.url), "utf8");
  const section = sheet.split("## Screening")[1].split("\n## ")[0];
  return section
    .split("\n")
    .filter((line) => line.startsWith("| ") && !line.startsWith("| Item") && !line.startsWith("|---"))
    .map((line) => {
      const [item, urgency, heading] = line.split(" | ").map((cell) => cell.replace(/^\| /, ""));
      return { item, urgency, heading };
    });
}

/** A quiz-only widget with both numbers and a booking link, added to the demo page. */
function clinicQuiz(page) {
  return addQuizHost(page, "clinic", {
    "data-emergency-number": EMERGENCY,
    "data-urgent-number": URGENT,
    "data-booking-url": BOOKING,
  });
}

/** Nothing of the exercise side is on screen in `widget`. */
async function assertNoExercise(widget, why) {
  assert.equal(
    await widget.locator(".sol-exercise, .sol-summary, .sol-selftest, .sol-count, .sol-player").count(),
    0,
    `${why}: no exercise, self-test or player`,
  );
  assert.equal(await widget.getByRole("button", { name: en.start_circuit }).count(), 0, why);
}

const RUNNERS = [
  {
    story: "a calf strain two days ago that stops hopping",
    ticks: [/calf or Achilles injury in the last 6 weeks/, /stops you hopping on that leg/],
    heading: "See a physiotherapist before starting this circuit",
    first: { href: BOOKING },
    shot: "injury",
  },
  {
    story: "one swollen, warm calf after a long-haul flight",
    ticks: [/One calf swollen compared with the other/, /long-haul flight/],
    heading: "Get medical advice today",
    first: { href: `tel:${URGENT}` },
    shot: "clot",
  },
  {
    story: "tingling in the foot during long runs that settles with rest",
    ticks: [/tingling or numbness that comes on when you walk or run/],
    heading: "Get checked soon",
    first: { href: BOOKING },
    noEmergency: true,
    shot: "exertional",
  },
  {
    story: "a sudden snap, and cannot rise onto tiptoe on that leg alone",
    ticks: [/A sudden snap/],
    heading: "Go to urgent care today",
    first: { href: `tel:${URGENT}` },
    shot: "rupture",
  },
];

for (const runner of RUNNERS) {
  test(`on a phone, ${runner.story} gets “${runner.heading}” and no exercise`, async () => {
    const { page, context, errors } = await openDemo(env.browser, env.url, { viewport: PHONE });
    const quiz = await clinicQuiz(page);
    await screen(quiz, runner.ticks);
    const care = quiz.locator("[data-outcome=seek-care]");
    await care.waitFor();
    assert.equal(await care.locator(".sol-result__title").textContent(), runner.heading);
    // The first thing a finger or the Tab key reaches is what to do: the call or the booking.
    const first = care.locator("a, button, input").first();
    assert.equal(await first.getAttribute("href"), runner.first.href);
    assert.ok(await first.isVisible(), "the first action is on screen");
    const box = await first.boundingBox();
    assert.ok(box.height >= 24 && box.width >= 24, "a 24 px target");
    // Every reason names its source.
    for (const reason of await care.locator("li").all()) {
      assert.match(await reason.textContent(), /\(.+\)$/, "a reason with its source");
    }
    if (runner.noEmergency) {
      assert.doesNotMatch(await care.textContent(), new RegExp(EMERGENCY));
      assert.equal(await care.locator(`a[href='tel:${EMERGENCY}']`).count(), 0);
    }
    await assertNoExercise(page.locator("#clinic"), runner.story);
    assert.deepEqual(await axeViolations(page), [], runner.story);
    await page.locator("#clinic").screenshot({ path: `docs/clinical/${runner.shot}-360.png` });
    assert.deepEqual(errors, []);
    await context.close();
  });
}

test("every screening item, ticked through the interface, ends in its own advice and never an exercise", async () => {
  const expected = screeningFromSheet();
  assert.equal(expected.length, 15, "the sheet lists every item");
  const { page, context, errors } = await openDemo(env.browser, env.url);
  const quiz = await clinicQuiz(page);
  const items = quiz.locator(".sol-screening .sol-option:not(.sol-screening__none)");
  assert.equal(await items.count(), expected.length, "one tick box per item");
  for (const [index, { item, heading }] of expected.entries()) {
    assert.equal((await items.nth(index).textContent()).trim(), item, `item ${index + 1} as the sheet says`);
    await items.nth(index).locator("input").check();
    await quiz.getByRole("button", { name: en.screening_continue }).click();
    const care = quiz.locator("[data-outcome=seek-care]");
    await care.waitFor();
    assert.equal(await care.locator(".sol-result__title").textContent(), heading, item);
    await assertNoExercise(page.locator("#clinic"), item);
    await quiz.getByRole("button", { name: en.restart }).click();
    await quiz.locator(".sol-screening").waitFor();
  }
  assert.deepEqual(errors, []);
  await context.close();
});

test("a shared link opened in a fresh browser shows the reader's own screening before any player", async () => {
  const sender = await openDemo(env.browser, env.url, { path: "quiz.html" });
  const senderQuiz = sender.page.locator("[data-soleus-widget] .sol-quiz").first();
  await answerAll(senderQuiz, { count: "30" });
  await senderQuiz.getByRole("button", { name: en.copy_link }).click();
  const link = await senderQuiz.locator(".sol-link__input").inputValue();
  await sender.context.close();

  // A friend with a fresh calf strain opens it: the plan can be read, not started.
  const friend = await openDemo(env.browser, link, { viewport: PHONE });
  const quiz = friend.page.locator("[data-soleus-widget] .sol-quiz").first();
  await quiz.locator("[data-outcome=circuit]").waitFor();
  await quiz.getByRole("button", { name: en.start_circuit }).click();
  const check = quiz.locator(".sol-screening");
  await check.waitFor();
  shows(await check.locator("legend").textContent(), en.recheck_heading);
  shows(await check.textContent(), en.recheck_shared_intro);
  assert.equal(await quiz.locator(".sol-player").count(), 0, "no player before the reader's screening");
  assert.equal(await quiz.getByRole("button", { name: en.screening_continue }).isDisabled(), true);
  assert.deepEqual(await axeViolations(friend.page), [], "re-check");
  await quiz.getByLabel(/calf or Achilles injury in the last 6 weeks/).check();
  await quiz.getByRole("button", { name: en.screening_continue }).click();
  const care = quiz.locator("[data-outcome=seek-care]");
  await care.waitFor();
  assert.equal(await care.locator(".sol-result__title").textContent(), "See a physiotherapist before starting this circuit");
  await assertNoExercise(friend.page.locator("[data-soleus-widget]").first(), "after the re-check");
  assert.deepEqual(friend.errors, []);
  await friend.context.close();

  // Someone with none of them goes straight on to the player after saying so.
  const clear = await openDemo(env.browser, link);
  const clearQuiz = clear.page.locator("[data-soleus-widget] .sol-quiz").first();
  await clearQuiz.getByRole("button", { name: en.start_circuit }).click();
  await screen(clearQuiz);
  await clearQuiz.locator(".sol-player").waitFor();
  assert.deepEqual(clear.errors, []);
  await clear.context.close();
});

test("the stop rule is on every work step and “It hurts” ends a running circuit with the advice", async () => {
  const { page, context, errors } = await openDemo(env.browser, env.url, { viewport: PHONE });
  const quiz = await clinicQuiz(page);
  await answerAll(quiz, { count: "30" });
  const summary = quiz.locator(".sol-result__summary");
  assert.match(await summary.textContent(), /Sharp pain, or pain above 3\/10: stop\./, "beside Start");
  await quiz.getByRole("button", { name: en.start_circuit }).click();
  const player = quiz.locator(".sol-player");
  await player.waitFor();
  assert.equal(await player.locator(".sol-player__kind").textContent(), en.get_ready, "a count-in before the first repetition");
  assert.equal(await player.locator(".sol-player__stop").textContent(), "Sharp pain, or pain above 3/10: stop.");
  assert.ok(await player.locator(".sol-player__stop").isVisible());
  await player.getByRole("button", { name: en.it_hurts }).click();
  await player.locator(".sol-player__hurt-advice").waitFor();
  shows(await player.textContent(), en.hurt_heading);
  shows(await player.textContent(), en.hurt_advice);
  assert.equal(await player.getByRole("link", { name: /Book an assessment/ }).getAttribute("href"), BOOKING);
  assert.equal(await player.locator(".sol-player__countdown, .sol-player__stop").count(), 0, "the circuit stopped");
  assert.equal(await player.getByRole("button", { name: en.repeat }).count(), 0);
  assert.deepEqual(await axeViolations(page), [], "after It hurts");
  await page.locator("#clinic").screenshot({ path: "docs/clinical/it-hurts-360.png" });
  assert.deepEqual(errors, []);
  await context.close();
});

test("a result saved more than two weeks ago asks “still none of these?” before the player", async () => {
  const context = await env.browser.newContext();
  const page = await context.newPage();
  const start = new Date("2026-03-01T09:00:00Z");
  await page.clock.install({ time: start });
  await page.goto(env.url + "quiz.html");
  const quiz = page.locator("[data-soleus-widget] .sol-quiz").first();
  await quiz.waitFor();
  await quiz.getByLabel(en.remember).check();
  await answerAll(quiz, { count: "30" });
  await quiz.locator("[data-outcome=circuit]").waitFor();

  // Ten days later the screening still stands.
  await page.clock.setSystemTime(new Date(start.getTime() + 10 * 86_400_000));
  await page.reload();
  await quiz.getByRole("button", { name: en.start_circuit }).click();
  await quiz.locator(".sol-player").waitFor();
  await quiz.getByRole("button", { name: en.leave_player }).click();

  // Fifteen days after the screening it is asked again.
  await page.clock.setSystemTime(new Date(start.getTime() + 15 * 86_400_000));
  await page.reload();
  await quiz.getByRole("button", { name: en.start_circuit }).click();
  const check = quiz.locator(".sol-screening");
  await check.waitFor();
  assert.match(await check.textContent(), /more than 14 days ago/);
  assert.equal(await quiz.locator(".sol-player").count(), 0);
  await screen(quiz);
  await quiz.locator(".sol-player").waitFor();
  await context.close();
});
