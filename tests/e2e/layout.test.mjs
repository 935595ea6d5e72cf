// End-to-end: the widget lays itself out by its own width, not the screen's. A 320 px sidebar
// on a desktop page gets the same layout as a 320 px phone, nothing spills out of the widget
// at any width from 280 to 1280 px, the text a reader reads stays at least 12 px, and the
// drawing keeps most of a narrow widget's width. Screenshots of the sidebar case go to
// docs/layout/.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { mkdir } from "node:fs/promises";
import { axeViolations, en, launch } from "./harness.mjs";

let env;
before(async () => {
  env = await launch();
});
after(async () => {
  await env?.stop();
});

/** Host widths checked, on a phone's screen and on a desktop's. */
const PHONE_WIDTHS = [280, 320, 360];
const DESKTOP_WIDTHS = [280, 320, 360, 480, 768, 1280];

/** A page with the widget's loader and `body`. */
function pageWith(body) {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8">
    <meta name="viewport" content="width=device-width, initial-scale=1"><title>Layout</title>
    <link rel="icon" href="data:,"><script type="module" src="soleus-widget.js"></script></head>
    <body style="margin:0">${body}</body></html>`;
}

/** A whole widget in host `id`. */
const widget = (id) => `<div data-soleus-widget data-theme="light" id="${id}"><p>Calf explorer.</p></div>`;

/** A page with one whole widget in a column of each width, one under the other. */
function columns(widths) {
  return pageWith(widths.map((width) => `<div style="width:${width}px;margin-bottom:40px">${widget(`w${width}`)}</div>`).join(""));
}

/** Opens `html` at `viewport` and waits for every widget. */
async function open(viewport, html) {
  const context = await env.browser.newContext({ viewport });
  const page = await context.newPage();
  await page.route("**/layout.html", (route) => route.fulfill({ contentType: "text/html", body: html }));
  await page.goto(env.url + "layout.html");
  await page.waitForFunction(() =>
    [...document.querySelectorAll("[data-soleus-widget]")].every((host) => host.dataset.soleusState === "ready"),
  );
  return { context, page };
}

/**
 * Measures the widget in host `id`: which shown elements reach past its sides, the smallest
 * text outside the drawing (its labels are drawn in the figure's own units), the drawing's
 * share of the widget's width, and whether the explorer sits in one column or two.
 */
function measure(page, id) {
  return page.evaluate((id) => {
    const root = document.getElementById(id).shadowRoot.querySelector(".sol-root");
    const box = root.getBoundingClientRect();
    const spills = [];
    let smallest = { size: Infinity, text: "" };
    for (const element of root.querySelectorAll("*")) {
      const rect = element.getBoundingClientRect();
      if (rect.width === 0 && rect.height === 0) continue;
      if (rect.right > box.right + 0.5 || rect.left < box.left - 0.5) {
        spills.push(`${element.localName}.${element.getAttribute("class")}`);
      }
      if (element.closest("svg, .sol-visually-hidden")) continue;
      const ownText = [...element.childNodes].some((node) => node.nodeType === 3 && node.textContent.trim());
      const size = parseFloat(getComputedStyle(element).fontSize);
      if (ownText && size < smallest.size) smallest = { size, text: element.textContent.trim().slice(0, 40) };
    }
    const drawing = root.querySelector(".sol-diagram__svg").getBoundingClientRect();
    const columns = getComputedStyle(root.querySelector(".sol-explorer")).gridTemplateColumns.split(" ").length;
    return { spills, smallest, drawingShare: drawing.width / box.width, columns, width: box.width };
  }, id);
}

for (const [screen, viewport, widths] of [
  ["a phone", { width: 360, height: 780 }, PHONE_WIDTHS],
  ["a desktop", { width: 1280, height: 800 }, DESKTOP_WIDTHS],
]) {
  test(`on ${screen}, every column width from ${widths[0]} to ${widths.at(-1)} px: nothing spills out, text at least 12 px, the drawing wide enough`, async () => {
    const { context, page } = await open(viewport, columns(widths));
    for (const width of widths) {
      const m = await measure(page, `w${width}`);
      assert.equal(Math.round(m.width), width, `the widget fills its ${width} px column`);
      assert.deepEqual(m.spills, [], `at ${width} px nothing reaches past the widget's sides`);
      assert.ok(m.smallest.size >= 12, `at ${width} px the smallest text is ${m.smallest.size} px: "${m.smallest.text}"`);
      // The widget's own width decides: one column below 600 px of content, whatever the screen.
      const expected = width - 34 >= 600 ? 2 : 1;
      assert.equal(m.columns, expected, `at ${width} px the explorer has ${expected} column(s) on ${screen}`);
      const least = width <= 480 ? 0.6 : 0.5;
      assert.ok(
        m.drawingShare >= least,
        `at ${width} px the drawing is ${Math.round(m.drawingShare * 100)} % of the widget's width, at least ${least * 100} %`,
      );
      // With labels on, the names or callouts in the drawing read at 12 px or more too.
      const toggle = page.locator(`#w${width}`).getByRole("button", { name: en.labels_toggle });
      if ((await toggle.getAttribute("aria-pressed")) === "false") await toggle.click();
      const labels = await page.evaluate((id) => {
        const svg = document.getElementById(id).shadowRoot.querySelector(".sol-diagram__svg");
        return [...svg.querySelectorAll("text")]
          .filter((text) => getComputedStyle(text).display !== "none")
          .map((text) => parseFloat(getComputedStyle(text).fontSize) * text.getScreenCTM().a);
      }, `w${width}`);
      assert.equal(labels.length, 8, `at ${width} px eight names or callouts show`);
      assert.ok(Math.min(...labels) >= 12, `at ${width} px the drawing's labels read at ${Math.min(...labels).toFixed(1)} px`);
    }
    await context.close();
  });
}

test("a 320 px sidebar on a desktop page gets the phone layout, not a sliver of drawing (screenshot)", async () => {
  const html = pageWith(`<div style="display:grid;grid-template-columns:minmax(0,1fr) 320px;gap:32px;max-width:1100px;margin:24px auto;font-family:Georgia,serif">
    <article><h1>Why runners should train the soleus</h1>${"<p>The calf has two big muscles, and a runner's soleus carries much of the load in every stride.</p>".repeat(12)}</article>
    <aside>${widget("side")}</aside></div>`);
  const { context, page } = await open({ width: 1280, height: 900 }, html);
  const host = page.locator("#side");
  const sidebar = await host.evaluate((element) => {
    const root = element.shadowRoot.querySelector(".sol-root");
    const drawing = root.querySelector(".sol-diagram__svg").getBoundingClientRect();
    const aside = element.closest("aside").getBoundingClientRect();
    return { drawing: drawing.width, root: root.getBoundingClientRect().width, asideRight: aside.right, rootRight: root.getBoundingClientRect().right };
  });
  assert.ok(sidebar.drawing >= 0.6 * sidebar.root, `the drawing is ${Math.round(sidebar.drawing)} px of ${sidebar.root} px`);
  assert.ok(sidebar.rootRight <= sidebar.asideRight + 0.5, "the widget stays inside the sidebar");
  await mkdir("docs/layout", { recursive: true });
  await page.screenshot({ path: "docs/layout/sidebar-320.png", clip: { x: 0, y: 0, width: 1280, height: 900 } });
  await context.close();
});

test("in a host's flex row with no width of its own, the widget keeps a readable width", async () => {
  const html = pageWith(`<div style="display:flex;gap:16px;width:900px"><p style="flex:1">Text beside the widget.</p>${widget("row")}</div>`);
  const { context, page } = await open({ width: 1000, height: 800 }, html);
  const width = await page.locator("#row").evaluate((host) => host.shadowRoot.querySelector(".sol-root").getBoundingClientRect().width);
  assert.ok(width >= 280, `the widget is ${width} px wide in a flex row`);
  await context.close();
});

test("presenter mode fits 1280×720, 1280×800, 1920×1080 and 3840×2160: the whole drawing, the heel raise and the shares in view, nothing off the sides (screenshots)", async () => {
  for (const [width, height] of [[1280, 720], [1280, 800], [1920, 1080], [3840, 2160]]) {
    const { context, page } = await open({ width, height }, pageWith(widget("presenter")));
    const host = page.locator("[data-soleus-widget]");
    await host.getByRole("button", { name: en.presenter_enter }).click();
    await host.getByRole("button", { name: en.heel_raise_play }).click();
    const fit = await host.evaluate((element) => {
      const root = element.shadowRoot.querySelector(".sol-root");
      const offSides = [...root.querySelectorAll("*")]
        .filter((child) => {
          const box = child.getBoundingClientRect();
          return (box.width || box.height) && (box.right > innerWidth + 0.5 || box.left < -0.5);
        })
        .map((child) => `${child.localName}.${child.getAttribute("class")}`);
      const bottom = (selector) => root.querySelector(selector).getBoundingClientRect().bottom;
      return {
        offSides,
        figure: bottom(".sol-diagram"),
        raise: bottom(".sol-raise"),
        shares: Math.max(...[...root.querySelectorAll(".sol-share__value")].map((value) => value.getBoundingClientRect().bottom)),
        shareSize: parseFloat(getComputedStyle(root.querySelector(".sol-share__value")).fontSize),
        scrolled: root.scrollTop,
      };
    });
    const label = `${width}×${height}`;
    assert.deepEqual(fit.offSides, [], `${label}: nothing runs off the screen's sides`);
    assert.equal(fit.scrolled, 0, `${label}: presenter mode opens at its top`);
    assert.ok(fit.figure <= height, `${label}: the drawing with its foot and legend ends at ${Math.round(fit.figure)} px`);
    assert.ok(fit.raise <= height, `${label}: the heel raise and its caption end at ${Math.round(fit.raise)} px`);
    assert.ok(fit.shares <= height, `${label}: the share figures end at ${Math.round(fit.shares)} px`);
    if (width >= 1920) assert.ok(fit.shareSize >= 64, `${label}: share figures at ${fit.shareSize} px`);
    // 4K is checked, not pictured: its screenshot would be a 33-megapixel file.
    if (width < 3840) {
      await mkdir("docs/layout", { recursive: true });
      await page.screenshot({ path: `docs/layout/presenter-${width}x${height}.png` });
    }
    await context.close();
  }
});

test("on a phone, the switcher under the title shows the quiz alone, by keyboard, without moving the page: its first question within two screens of the widget's top; Show me brings the explorer back with the answers kept (screenshot)", async (t) => {
  const viewport = { width: 360, height: 780 };
  const { context, page } = await open(viewport, pageWith(`<h1>The soleus</h1>${widget("post")}<p>${"More of the article. ".repeat(200)}</p>`));
  const host = page.locator("#post");
  const switcher = host.getByRole("group", { name: en.parts_label });
  const explore = switcher.getByRole("button", { name: en.part_explore });
  const check = switcher.getByRole("button", { name: en.quiz_heading });
  assert.equal(await explore.getAttribute("aria-pressed"), "true");
  assert.equal(await check.getAttribute("aria-pressed"), "false");
  const checkBox = await check.boundingBox();
  assert.ok(checkBox.y + checkBox.height <= viewport.height, "the switcher is on the first screen, under the title");
  assert.ok(checkBox.height >= 24 && checkBox.width >= 24, "a target of at least 24 px");
  const widgetTop = await host.evaluate((element) => element.getBoundingClientRect().top + scrollY);
  const quizTop = await host.locator(".sol-quiz").evaluate((quiz) => quiz.getBoundingClientRect().top + scrollY);
  assert.ok(quizTop - widgetTop > 2 * viewport.height, `with the explorer, the quiz starts ${Math.round(quizTop - widgetTop)} px down`);

  await check.focus();
  const scrolled = await page.evaluate(() => scrollY);
  await page.keyboard.press("Enter");
  assert.equal(await check.getAttribute("aria-pressed"), "true");
  assert.equal(await explore.getAttribute("aria-pressed"), "false");
  assert.equal(await host.locator(".sol-explorer").isVisible(), false, "the explorer is put away");
  assert.equal(await host.locator(".sol-compare").isVisible(), false);
  assert.equal(await page.evaluate(() => scrollY), scrolled, "the page does not move");
  await page.keyboard.press("Tab");
  const focused = await host.evaluate((element) => element.shadowRoot.activeElement?.textContent.trim());
  assert.equal(focused, en.quiz_start, "the next stop is the quiz's Start");
  await page.keyboard.press("Enter");
  await host.locator(".sol-screening").waitFor();
  await host.getByLabel(en.screening_none).check();
  await host.getByRole("button", { name: en.screening_continue }).click();
  const question = host.locator(".sol-question__progress");
  await question.waitFor();
  const questionTop = await question.evaluate((element) => element.getBoundingClientRect().top + scrollY);
  const screens = (top) => ((top - widgetTop) / viewport.height).toFixed(1);
  t.diagnostic(`the quiz after the explorer: ${screens(quizTop)} screens down; the first question, the quiz alone: ${screens(questionTop)}`);
  assert.ok(
    questionTop - widgetTop <= 2 * viewport.height,
    `the first question is ${Math.round(questionTop - widgetTop)} px below the widget's top, within two screens`,
  );
  await mkdir("docs/layout", { recursive: true });
  await page.screenshot({ path: "docs/layout/phone-360-quiz-alone.png" });

  // "Show me in the diagram", from a knowledge answer, brings the explorer back by itself and
  // lands on the drawing; the quiz keeps its place after the explorer.
  const quiz = host.locator(".sol-quiz");
  await quiz.locator("input[type=radio]").first().check();
  await quiz.getByRole("button", { name: en.next }).click();
  await quiz.locator("input[type=radio]").first().check();
  await quiz.getByRole("button", { name: en.show_me }).click();
  assert.equal(await explore.getAttribute("aria-pressed"), "true");
  assert.equal(await host.locator(".sol-explorer").isVisible(), true, "the explorer is back");
  const figure = await host.locator(".sol-diagram").boundingBox();
  assert.ok(figure.y >= -1 && figure.y < viewport.height / 2, `the drawing is in view (top at ${figure.y})`);
  assert.ok(
    await host.evaluate((element) => element.shadowRoot.activeElement?.classList.contains("sol-diagram")),
    "focus is on the drawing",
  );
  assert.equal(await quiz.getByRole("button", { name: en.show_me }).count(), 1, "the question is still answered");
  assert.deepEqual(await axeViolations(page), []);
  await context.close();
});

test("on a 360 px phone the drawing stays in view while its controls are used: the heel raise plays in view, and a muscle's card opens with its muscle in view (screenshots)", async () => {
  const viewport = { width: 360, height: 780 };
  const { context, page } = await open(viewport, pageWith(`<h1>The soleus</h1>${widget("post")}<p>${"More of the article. ".repeat(200)}</p>`));
  const host = page.locator("#post");
  const inView = (selector) =>
    host.evaluate((element, selector) => {
      const box = element.shadowRoot.querySelector(selector).getBoundingClientRect();
      // Whole pixels: an element scrolled to the screen's edge may end a fraction past it.
      const [top, bottom] = [Math.round(box.top), Math.round(box.bottom)];
      return { top, bottom, whole: top >= 0 && bottom <= innerHeight };
    }, selector);
  // The heel raise's button is a long way under the drawing; the drawing comes along.
  const play = host.getByRole("button", { name: en.heel_raise_play });
  await play.scrollIntoViewIfNeeded();
  const drawingTop = await host.locator(".sol-diagram").evaluate((d) => d.getBoundingClientRect().top);
  await play.click();
  const figure = await inView(".sol-diagram__svg");
  assert.ok(figure.whole, `the figure is in view as the raise plays: ${JSON.stringify(figure)}`);
  assert.ok(drawingTop <= 0.5, "it is pinned to the top of the screen, not where it was drawn");
  const button = await inView(".sol-raise .sol-button");
  assert.ok(button.whole && button.top >= figure.bottom, `and the Stop button is in view under it, not covered: ${JSON.stringify({ button, figure })}`);
  await mkdir("docs/layout", { recursive: true });
  await page.screenshot({ path: "docs/layout/phone-360-heel-raise.png" });
  await host.getByRole("button", { name: en.heel_raise_stop }).click();

  // Reading the share of the work further down, the reader taps the soleus in the drawing.
  await host.locator(".sol-share__name").first().scrollIntoViewIfNeeded();
  await host.locator(".sol-diagram__muscle--soleus").dispatchEvent("click");
  await host.locator(".sol-card").waitFor();
  const card = await inView(".sol-card");
  const muscle = await inView(".sol-diagram__muscle--soleus");
  const title = await inView(".sol-card__title");
  assert.ok(muscle.whole, `the soleus is in view: ${JSON.stringify(muscle)}`);
  assert.ok(title.whole && card.top >= figure.bottom, `its card opens in view, under the drawing: ${JSON.stringify(card)}`);
  assert.deepEqual(await axeViolations(page), [], "card open over the explorer");
  await page.screenshot({ path: "docs/layout/phone-360-card.png" });
  await host.getByRole("button", { name: en.close_card }).click();
  assert.equal(await host.locator(".sol-card").count(), 0);
  await context.close();
});
