// End-to-end: exploring the calf with the keyboard alone, with the mouse, on a phone and a
// desktop, in light and dark themes, with axe-core checking each state.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { mkdir, stat } from "node:fs/promises";
import { axeViolations, claims, en, launch, openDemo, OPTION_QUESTIONS, screen, showsTemplate, sources, startQuiz } from "./harness.mjs";

let env;
before(async () => {
  env = await launch();
});
after(async () => {
  await env?.stop();
});

/** The element that has focus, looking inside shadow roots. */
function focused(page) {
  return page.evaluate(() => {
    let element = document.activeElement;
    while (element?.shadowRoot?.activeElement) element = element.shadowRoot.activeElement;
    return {
      id: element?.id ?? "",
      text: (element?.textContent ?? "").trim(),
      type: element?.getAttribute?.("type") ?? "",
      tag: element?.tagName ?? "",
    };
  });
}

/** Presses Tab (or `key`) until `matches(focused)` holds; fails after 60 presses. */
async function tabTo(page, description, matches, key = "Tab") {
  for (let presses = 0; presses < 60; presses += 1) {
    if (matches(await focused(page))) return;
    await page.keyboard.press(key);
  }
  assert.fail(`Tab never reached ${description}`);
}

test("everything in the explorer works with the keyboard alone", async () => {
  const { page, context, errors } = await openDemo(env.browser, env.url);
  const widget = page.locator("[data-soleus-widget]").first();
  const slider = widget.locator(".sol-knee__input");

  await tabTo(page, "the knee slider", (f) => f.id.endsWith("-knee-input"));
  await page.keyboard.press("ArrowRight");
  await page.keyboard.press("ArrowRight");
  assert.equal(await slider.inputValue(), "2");
  await page.keyboard.press("End");
  assert.equal(await slider.inputValue(), "110");
  await page.keyboard.press("Home");
  assert.equal(await slider.inputValue(), "0");

  await tabTo(page, "the 90° preset", (f) => f.tag === "BUTTON" && f.text === "90°");
  await page.keyboard.press("Enter");
  assert.equal(await slider.inputValue(), "90");
  showsTemplate(await widget.locator(".sol-share__sentence").textContent(), en.sentence_soleus_dominant_template);

  await tabTo(page, "the Soleus button", (f) => f.tag === "BUTTON" && f.text === "Soleus");
  await page.keyboard.press("Enter");
  await widget.locator(".sol-card[data-muscle=soleus]").waitFor();
  await tabTo(page, "the Gastrocnemius button", (f) => f.tag === "BUTTON" && f.text === "Gastrocnemius");
  await page.keyboard.press("Space");
  await widget.locator(".sol-card[data-muscle=gastrocnemius]").waitFor();

  await tabTo(page, "the deep-layer switch", (f) => f.type === "checkbox");
  await page.keyboard.press("Space");
  assert.match(
    await widget.locator(".sol-diagram__muscle--gastrocnemius").getAttribute("class"),
    /is-faded/,
  );

  await tabTo(page, "the heel-raise button", (f) => f.text === "Play a heel raise", "Shift+Tab");
  await page.keyboard.press("Enter");
  await widget.getByRole("button", { name: en.heel_raise_stop }).waitFor();
  await tabTo(page, "the Stop button", (f) => f.text === "Stop");
  await page.keyboard.press("Enter");
  await widget.getByRole("button", { name: en.heel_raise_play }).waitFor();
  assert.equal(
    await widget.locator(".sol-diagram__foot").getAttribute("transform"),
    "rotate(0 -150 58)",
  );
  assert.deepEqual(errors, []);
  await context.close();
});

test("the focused control always shows a visible focus outline", async () => {
  const { page, context } = await openDemo(env.browser, env.url);
  await page.keyboard.press("Tab");
  await page.keyboard.press("Tab");
  await page.keyboard.press("Tab");
  const outline = await page.evaluate(() => {
    let element = document.activeElement;
    while (element?.shadowRoot?.activeElement) element = element.shadowRoot.activeElement;
    const style = getComputedStyle(element);
    return { width: parseFloat(style.outlineWidth), style: style.outlineStyle };
  });
  assert.ok(outline.width >= 2 && outline.style !== "none", JSON.stringify(outline));
  await context.close();
});

test("dragging the drawn thigh bends the knee", async () => {
  const { page, context } = await openDemo(env.browser, env.url);
  const widget = page.locator("[data-soleus-widget]").first();
  const handle = widget.locator(".sol-diagram__handle");
  assert.equal(await handle.getAttribute("aria-label"), "Drag to bend the knee");
  await widget.locator(".sol-diagram").scrollIntoViewIfNeeded();
  const start = await handle.boundingBox();
  // The handle sits on the thigh, 100 drawing units straight above the knee's centre.
  const frame = await widget.locator(".sol-diagram__svg").boundingBox();
  const scale = frame.height / 510;
  const kneeCentre = { x: start.x + start.width / 2, y: start.y + start.height / 2 + 100 * scale };
  await page.mouse.move(start.x + start.width / 2, start.y + start.height / 2);
  await page.mouse.down();
  // Straight behind the knee, at knee height: 90°.
  await page.mouse.move(kneeCentre.x + 60, kneeCentre.y + 60, { steps: 5 });
  await page.mouse.move(kneeCentre.x + 120, kneeCentre.y, { steps: 5 });
  await page.mouse.up();
  const angle = Number(await widget.locator(".sol-knee__input").inputValue());
  assert.ok(Math.abs(angle - 90) <= 3, `dragged to ${angle}°`);
  await context.close();
});

test("axe-core finds no violations in the default, 90°, deep-layer and dark states", async () => {
  const { page, context } = await openDemo(env.browser, env.url);
  const widget = page.locator("[data-soleus-widget]").first();
  assert.deepEqual(await axeViolations(page), [], "default");
  await widget.getByRole("button", { name: "90°" }).click();
  await widget.getByRole("button", { name: en["muscles[0].name"] }).click();
  assert.deepEqual(await axeViolations(page), [], "90° with the soleus card open");
  await widget.getByLabel(en.deep_layer).check();
  assert.deepEqual(await axeViolations(page), [], "deep layer");
  await page.emulateMedia({ colorScheme: "dark" });
  assert.deepEqual(await axeViolations(page), [], "dark theme");
  await context.close();
});

for (const width of [320, 360, 1280]) {
  test(`at ${width} px wide the page does not scroll sideways`, async () => {
    const { page, context } = await openDemo(env.browser, env.url, {
      viewport: { width, height: 800 },
    });
    const widget = page.locator("[data-soleus-widget]").first();
    await widget.getByRole("button", { name: "90°" }).click();
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    assert.ok(overflow <= 0, `${overflow} px of horizontal scroll`);
    if (width !== 320) {
      await mkdir("target/screenshots", { recursive: true });
      const path = `target/screenshots/explorer-${width}.png`;
      // The README's picture: the drawing and its controls at 90°, before a card opens.
      if (width === 1280) await widget.locator(".sol-explorer").screenshot({ path: "target/screenshots/explorer-top-1280.png" });
      await widget.getByRole("button", { name: en["muscles[0].name"] }).click();
      await widget.screenshot({ path });
      assert.ok((await stat(path)).size > 10_000);
    }
    await context.close();
  });
}

test("the share is never more precise than its sources: the meter, the slider and the live region say 'about' or a range", async () => {
  const { page, context, errors } = await openDemo(env.browser, env.url);
  const widget = page.locator("[data-soleus-widget]").first();
  const slider = widget.locator(".sol-knee__input");
  const value = (muscle) => widget.locator(`.sol-share__value[data-muscle=${muscle}]`).textContent();
  // The knee starts straight, so 0° comes last: the live region speaks when the knee moves.
  const expected = [
    [45, "about 75%", "about 25%"],
    [90, "80–90%", "10–20%"],
    [0, "about 70%", "about 30%"],
  ];
  for (const [angle, soleus, gastrocnemius] of expected) {
    await widget.getByRole("button", { name: `${angle}°`, exact: true }).click();
    assert.equal(await value("soleus"), soleus, `soleus at ${angle}°`);
    assert.equal(await value("gastrocnemius"), gastrocnemius, `gastrocnemius at ${angle}°`);
    const valuetext = await slider.getAttribute("aria-valuetext");
    assert.ok(valuetext.includes(`soleus ${soleus}`) && valuetext.includes("estimate"), valuetext);
    await page.waitForFunction(
      (words) => {
        const host = document.querySelector("[data-soleus-widget]");
        return (host.shadowRoot ?? host).querySelector(".sol-announcer")?.textContent.includes(words);
      },
      `soleus ${soleus}`,
    );
  }
  // The reasoning a reader can check, with the measured figures and their source.
  const reasoning = await widget.locator(".sol-share__reasoning").textContent();
  // An argument that follows: the gastrocnemius still works, so the soleus takes the larger
  // share, not all of it, and the conflict between the sources is said, not hidden.
  assert.match(reasoning, /about 30% of the calf's muscle cross-section/);
  assert.match(reasoning, /about 40% lower/);
  assert.match(reasoning, /Gago/);
  assert.match(reasoning, /between 30% and 58% of its force/);
  showsTemplate(reasoning, en.share_reasoning_template);
  assert.match(reasoning, /measured loss of strength \(34%\) is bigger than this explains/);
  assert.deepEqual(errors, []);
  await context.close();
});

test("the load calculator works by keyboard, explains bad input beside the field, and labels its estimate", async () => {
  const { page, context, errors } = await openDemo(env.browser, env.url);
  const widget = page.locator("[data-soleus-widget]").first();
  const calculator = widget.locator(".sol-load");
  const result = calculator.locator(".sol-load__result");
  assert.match(await result.textContent(), /About 2550 steps per leg, each loading the calf with about 6× body weight at its peak/);
  // Peaks are never summed into a total, and each muscle's multiple is named.
  assert.doesNotMatch(await calculator.textContent(), /tonne/);
  assert.match(await calculator.textContent(), /about 3× body weight in the gastrocnemius and up to 8× in the soleus/);

  await tabTo(page, "the multiple slider", (f) => f.id.endsWith("-load-multiple"));
  await page.keyboard.press("End");
  assert.match(await result.textContent(), /about 8× body weight/);

  const minutes = calculator.getByLabel(en.load_field_minutes);
  await minutes.fill("30.5");
  assert.equal(await minutes.getAttribute("aria-invalid"), "true");
  const errorId = await minutes.getAttribute("aria-describedby");
  assert.equal(
    await calculator.locator(`[id="${errorId}"]`).textContent(),
    "Run time (minutes): please enter a whole number.",
  );
  assert.equal(await result.textContent(), "", "no estimate from a field that does not read");
  await minutes.fill("9000");
  assert.match(await calculator.textContent(), /Run time \(minutes\): please enter a number from 1 to 600\./);
  assert.deepEqual(await axeViolations(page), [], "calculator with errors");
  await minutes.fill("30");
  assert.equal(await minutes.getAttribute("aria-invalid"), null);
  assert.match(await result.textContent(), /About 2550 steps/);
  assert.equal(await page.evaluate(() => localStorage.length + sessionStorage.length), 0, "nothing stored");
  assert.deepEqual(errors, []);
  await context.close();
});

test("a walk through every screen cites every claim where it is shown, and the evidence panel lists exactly their sources", async () => {
  const { page, context, errors } = await openDemo(env.browser, env.url);
  const widget = page.locator("[data-soleus-widget]").first();
  const quiz = widget.locator(".sol-quiz");
  // What the views render: each citation names the claims it stands for, and shows the
  // labels of their sources, each once, linked where the registry has a checked address.
  const cited = new Set();
  const readCitations = async () => {
    const shown = await widget.locator("[data-claims]").evaluateAll((els) =>
      els.map((el) => ({
        claims: el.dataset.claims,
        text: el.textContent,
        links: [...el.querySelectorAll("a")].map((a) => a.getAttribute("href")),
      })),
    );
    for (const citation of shown) {
      const its = citation.claims.split(" ").map(Number);
      for (const claim of its) cited.add(claim);
      const behind = [...new Set(its.flatMap((claim) => claims[claim].sources))].map((i) => sources[i]);
      assert.equal(citation.text, behind.map((source) => source.short).join("; "), `labels for ${citation.claims}`);
      assert.deepEqual(
        citation.links,
        behind.map((source) => source.url).filter((url) => url.startsWith("https://")),
        `links for ${citation.claims}`,
      );
    }
  };

  // The explorer: both muscles' cards, the knee bent, the calculator's note.
  for (const muscle of [en["muscles[0].name"], en["muscles[1].name"]]) {
    await widget.getByRole("button", { name: muscle, exact: true }).first().click();
    await readCitations();
  }
  await widget.getByRole("slider").first().fill("90");
  await readCitations();

  // Every screening item ticked: the advice gives each item's reason with its sources.
  await startQuiz(quiz);
  for (const box of await quiz.locator(".sol-screening input[type=checkbox]").all()) {
    if (!(await box.evaluate((el) => el.closest(".sol-screening__none")))) await box.check();
  }
  await quiz.getByRole("button", { name: en.screening_continue }).click();
  await quiz.locator(".sol-result").waitFor();
  await readCitations();
  await quiz.getByRole("button", { name: en.restart }).click();

  // Two journeys to a circuit, each answer's feedback read as it appears: the second option
  // everywhere (a forefoot strike), then the last with the self-test on a flat floor and the
  // legs far apart.
  for (const [choice, left, right] of [[1, "8", "30"], [9, "30", "12"]]) {
    await screen(quiz);
    for (let n = 0; n < OPTION_QUESTIONS; n += 1) {
      const options = quiz.locator("input[type=radio]");
      await options.nth(Math.min(choice, (await options.count()) - 1)).check();
      await readCitations();
      await quiz.getByRole("button", { name: en.next }).click();
    }
    for (const raises of [left, right]) {
      const flat = quiz.locator("input[type=checkbox]");
      if (choice > 1 && (await flat.count()) > 0) await flat.first().check();
      await quiz.locator("input[type=number]").fill(raises);
      await readCitations();
      await quiz.getByRole("button", { name: en.next }).click();
    }
    await quiz.locator(".sol-result").waitFor();
    await readCitations();
    await quiz.getByRole("button", { name: en.restart }).click();
  }

  const missing = claims.map((claim, i) => (cited.has(i) ? null : claim.name)).filter(Boolean);
  assert.deepEqual(missing, [], "every claim the widget may state is cited where it is stated");
  // The panel lists the sources behind what was cited, each once, and nothing else: its list
  // is drawn when the reader opens it.
  const expected = [...new Set([...cited].flatMap((claim) => claims[claim].sources))].sort((a, b) => a - b);
  await widget.getByText(en.evidence_heading).click();
  await widget.locator(".sol-evidence__item").first().waitFor();
  const listed = await widget
    .locator(".sol-evidence__item")
    .evaluateAll((items) => items.map((item) => Number(item.dataset.source)));
  assert.deepEqual(listed, expected);
  assert.deepEqual(errors, []);
  await context.close();
});

test("on a phone the comparison reads as one card per feature, each cell labelled, no word split", async () => {
  const { page, context, errors } = await openDemo(env.browser, env.url, { viewport: { width: 360, height: 740 } });
  const table = page.locator("[data-soleus-widget]").first().locator(".sol-compare__table");
  const rows = table.locator("tbody tr");
  assert.equal(await rows.count(), 5);
  const layout = await rows.first().evaluate((row) => {
    const [name, soleus, gastrocnemius] = row.children;
    const style = (el) => getComputedStyle(el);
    return {
      display: style(row).display,
      stacked: soleus.getBoundingClientRect().top > name.getBoundingClientRect().top &&
        gastrocnemius.getBoundingClientRect().top > soleus.getBoundingClientRect().top,
      label: getComputedStyle(soleus, "::before").content,
      hyphens: style(soleus).hyphens,
      fits: [...row.children].every((cell) => cell.scrollWidth <= cell.clientWidth),
    };
  });
  assert.deepEqual(layout, { display: "block", stacked: true, label: '"Soleus: "', hyphens: "manual", fits: true });
  assert.equal(await table.getAttribute("role"), "table", "still a table for screen readers");
  assert.deepEqual(await axeViolations(page), []);
  assert.deepEqual(errors, []);
  await context.close();
});
