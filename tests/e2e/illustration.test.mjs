// End-to-end: the calf illustration in every pose the widget teaches with. Each pose must
// fill its frame without spilling out of it, keep bones and muscles where they belong (no
// two that must stay apart overlap; every attachment touches), describe itself in words, and
// pass axe, on a phone, a desktop and a projector. The screenshots under docs/ come from here.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { mkdir } from "node:fs/promises";
import { axeViolations, launch, openDemo, en, showsTemplate } from "./harness.mjs";

let env;
before(async () => {
  env = await launch();
});
after(async () => {
  await env?.stop();
});

const POSES = [0, 45, 90, 110];
const SHOTS = "target/screenshots/illustration";

/** Shapes that must never overlap, and shapes that must touch (an attachment), by data-part. */
const APART = [
  ["femur", "tibia"],
  ["femur", "fibula"],
  ["femur", "patella"],
  ["patella", "tibia"],
  ["tibia", "talus"],
  ["tibia", "calcaneus"],
  ["talus", "calcaneus"],
  ["soleus", "tibia"],
  ["soleus", "femur"],
  ["soleus", "calcaneus"],
  ["gastrocnemius", "tibia"],
  ["gastrocnemius", "patella"],
  ["gastrocnemius", "calcaneus"],
];
const ATTACHED = [
  ["gastrocnemius", "femur"],
  ["gastrocnemius-medial", "femur"],
  ["soleus", "fibula"],
  ["achilles", "calcaneus"],
  ["achilles", "soleus"],
  ["achilles", "gastrocnemius"],
];

/**
 * The width of the drawing's frame a reader sees: the frame's own width in the drawing's
 * units times its scale on screen (on a phone a labelled drawing is wider than its box, its
 * margins cut off).
 */
function visibleDrawing(widget) {
  return widget.evaluate((host) => {
    const svg = host.shadowRoot.querySelector(".sol-diagram__svg");
    const figure = host.shadowRoot.querySelector(".sol-diagram").getBoundingClientRect();
    const frame = svg.querySelector("clipPath rect");
    const scale = svg.getScreenCTM().a;
    return Math.min(frame.width.baseVal.value * scale, figure.width);
  });
}

/** Sets the knee, and the heel to the top of a raise when `raised` (reduced motion shows it). */
async function pose(widget, degrees, raised = false) {
  const stop = widget.getByRole("button", { name: en.heel_raise_stop });
  if (await stop.count()) await stop.click();
  await widget.locator(".sol-knee__input").fill(String(degrees));
  if (raised) await widget.getByRole("button", { name: en.heel_raise_play }).click();
  await widget.page().waitForTimeout(50);
}

/**
 * Measures the drawing inside the widget's shadow root: the frame (the svg's box), the box
 * of everything drawn (the thigh clipped to the frame, where it is cut on purpose), how far
 * any other shape spills out, and the overlapping area of each listed pair, in CSS px².
 */
function measure(widget, pairs) {
  return widget.evaluate((host, pairs) => {
    const root = host.shadowRoot;
    const svg = root.querySelector(".sol-diagram__svg");
    const frame = svg.getBoundingClientRect();
    const shapes = [...root.querySelectorAll(".sol-diagram__art path, .sol-diagram__art circle")]
      .filter((shape) => !shape.classList.contains("sol-diagram__ground"))
      .filter((shape) => !shape.classList.contains("sol-diagram__shade"));
    let box = null;
    let spill = 0;
    for (const shape of shapes) {
      const r = shape.getBoundingClientRect();
      const cut = shape.closest("[data-segment=thigh]") !== null;
      const left = cut ? Math.max(r.left, frame.left) : r.left;
      const top = cut ? Math.max(r.top, frame.top) : r.top;
      const right = cut ? Math.min(r.right, frame.right) : r.right;
      const bottom = cut ? Math.min(r.bottom, frame.bottom) : r.bottom;
      if (!cut) {
        spill = Math.max(
          spill,
          frame.left - left,
          frame.top - top,
          right - frame.right,
          bottom - frame.bottom,
        );
      }
      box = box
        ? {
            left: Math.min(box.left, left),
            top: Math.min(box.top, top),
            right: Math.max(box.right, right),
            bottom: Math.max(box.bottom, bottom),
          }
        : { left, top, right, bottom };
    }
    const part = (name) => root.querySelector(`[data-part="${name}"]`);
    const inside = (shape, x, y) => {
      const local = new DOMPoint(x, y).matrixTransform(shape.getScreenCTM().inverse());
      return shape.isPointInFill(local);
    };
    const overlaps = pairs.map(([a, b]) => {
      const [one, two] = [part(a), part(b)];
      const [r1, r2] = [one.getBoundingClientRect(), two.getBoundingClientRect()];
      let area = 0;
      for (let x = Math.max(r1.left, r2.left); x < Math.min(r1.right, r2.right); x += 0.5) {
        for (let y = Math.max(r1.top, r2.top); y < Math.min(r1.bottom, r2.bottom); y += 0.5) {
          if (inside(one, x, y) && inside(two, x, y)) area += 0.25;
        }
      }
      return [a, b, area];
    });
    const filled =
      ((box.right - box.left) * (box.bottom - box.top)) / (frame.width * frame.height);
    return { frame: { width: frame.width, height: frame.height }, filled, spill, overlaps };
  }, pairs);
}

for (const viewport of [
  { width: 360, height: 740 },
  { width: 1280, height: 800 },
]) {
  test(`at ${viewport.width} px every pose fills its frame, keeps its shapes apart and attached, and passes axe`, async (t) => {
    const { page, context, errors } = await openDemo(env.browser, env.url, { viewport });
    await page.emulateMedia({ reducedMotion: "reduce" });
    // Reduced motion is read when the widget mounts.
    await page.reload();
    await page.waitForFunction(() => document.querySelector("[data-soleus-widget]")?.dataset.soleusState === "ready");
    const widget = page.locator("[data-soleus-widget]").first();
    const figure = widget.locator(".sol-diagram");
    await mkdir(SHOTS, { recursive: true });
    const widgetWidth = (await widget.locator(".sol-root").boundingBox()).width;
    for (const raised of [false, true]) {
      for (const degrees of raised ? [0, 90] : POSES) {
        await pose(widget, degrees, raised);
        const name = `${raised ? "raise" : "knee"}-${degrees}-${viewport.width}`;
        const result = await measure(widget, [...APART, ...ATTACHED]);
        assert.ok(result.spill <= 1, `${name}: a shape spills ${result.spill} px out of the frame`);
        assert.ok(result.filled >= 0.8, `${name}: the drawing fills ${(result.filled * 100).toFixed(0)}% of its frame`);
        for (const [a, b, area] of result.overlaps) {
          const attached = ATTACHED.some(([x, y]) => x === a && y === b);
          if (attached) assert.ok(area > 0, `${name}: ${a} should touch ${b}`);
          else assert.equal(area, 0, `${name}: ${a} overlaps ${b} by ${area} px²`);
        }
        if (viewport.width === 360) {
          // Compact, as it stays pinned in view while its controls are used, and still most of
          // the widget's width.
          assert.ok(result.frame.width >= 0.6 * widgetWidth, `${name}: on a phone the drawing takes 60 % of the width or more (${result.frame.width} of ${widgetWidth})`);
        } else {
          assert.ok(result.frame.width >= 0.5 * widgetWidth, `${name}: on a desktop the drawing takes half the widget or more (${result.frame.width} of ${widgetWidth})`);
        }
        const description = await widget.locator(".sol-diagram desc").textContent();
        assert.match(description, new RegExp(`knee bent ${degrees}°`));
        assert.match(description, raised ? /top of a heel raise/ : /flat on the ground/);
        t.diagnostic(`${name}: fills ${(result.filled * 100).toFixed(1)}% of a ${Math.round(result.frame.width)}×${Math.round(result.frame.height)} frame`);
        await figure.screenshot({ path: `${SHOTS}/${name}.png` });
        assert.deepEqual(await axeViolations(page), [], name);
      }
    }
    // Between the taught poses too: every 10°, flat and at the top of a raise.
    if (viewport.width === 360) {
      for (const raised of [false, true]) {
        for (let degrees = 0; degrees <= 110; degrees += 10) {
          await pose(widget, degrees, raised);
          const result = await measure(widget, [...APART, ...ATTACHED]);
          const name = `${raised ? "raise" : "knee"}-${degrees}`;
          assert.ok(result.spill <= 1 && result.filled >= 0.8, `${name}: spill ${result.spill}, fill ${result.filled}`);
          for (const [a, b, area] of result.overlaps) {
            const attached = ATTACHED.some(([x, y]) => x === a && y === b);
            assert.ok(attached ? area > 0 : area === 0, `${name}: ${a} and ${b} share ${area} px²`);
          }
        }
      }
    }
    // Names beside a drawing at least 520 px wide, callouts on a narrower one.
    const phone = (await figure.evaluate((f) => f.clientWidth)) < 520;
    // Labels on. On a desktop the names stand beside the drawing with their leader lines; on
    // a phone the drawing keeps its size and numbered callouts on the structures are named in
    // a key under it. Either way every name reads at 12 px or more.
    await pose(widget, 45);
    if (phone) assert.equal(await widget.getByRole("button", { name: en.labels_toggle }).getAttribute("aria-pressed"), "false");
    const unlabelled = await visibleDrawing(widget);
    // A wide drawing starts labelled.
    const toggle = widget.getByRole("button", { name: en.labels_toggle });
    if ((await toggle.getAttribute("aria-pressed")) === "false") await toggle.click();
    const labels = await widget.evaluate((host) => {
      const root = host.shadowRoot;
      // What a reader sees: an SVG text's size in its units times the drawing's scale.
      const sizes = (selector) =>
        [...root.querySelectorAll(selector)]
          .filter((text) => getComputedStyle(text).display !== "none")
          .map((text) => parseFloat(getComputedStyle(text).fontSize) * text.getScreenCTM().a);
      const key = root.querySelector(".sol-diagram__callouts");
      return {
        names: sizes(".sol-diagram__label"),
        callouts: sizes(".sol-diagram__callout"),
        key: key && getComputedStyle(key).display !== "none" ? key.textContent : null,
        keySize: key ? parseFloat(getComputedStyle(key).fontSize) : 0,
      };
    });
    const shown = phone ? labels.callouts : labels.names;
    assert.equal(shown.length, 8, `${phone ? "callouts" : "names"} shown`);
    assert.equal((phone ? labels.names : labels.callouts).length, 0, "one kind at a time");
    assert.ok(Math.min(...shown) >= 12, `labels read at ${Math.min(...shown).toFixed(1)} px`);
    if (phone) {
      for (const [i, name] of [en.label_femur, en.label_patella, en.label_tibia, en.label_fibula, en.achilles_tendon].entries()) {
        assert.ok(labels.key.includes(name), `the key names ${name}`);
        if (i === 0) assert.ok(labels.key.startsWith(`1\u00a0${name}`), labels.key);
      }
      assert.ok(labels.keySize >= 12);
      const labelled = await visibleDrawing(widget);
      assert.ok(Math.abs(labelled - unlabelled) < 1, `the drawing keeps its size with labels on (${unlabelled} -> ${labelled} px)`);
    } else {
      assert.equal(labels.key, null, "no key beside names");
    }
    assert.deepEqual(await axeViolations(page), [], "labels on");
    await figure.screenshot({ path: `${SHOTS}/labels-45-${viewport.width}.png` });
    assert.deepEqual(errors, []);
    await context.close();
  });
}

test("a wide drawing is labelled in the first frame it is painted, a phone's is not, and neither changes after", async () => {
  for (const [viewport, labelled] of [
    [{ width: 1280, height: 900 }, true],
    [{ width: 360, height: 740 }, false],
  ]) {
    const context = await env.browser.newContext({ viewport });
    // What the first frame with the widget holds: animation-frame callbacks asked for after
    // the widget's own run after its own, before that frame is painted.
    await context.addInitScript(() => {
      document.addEventListener("soleus:ready", (event) => {
        requestAnimationFrame(() => {
          const root = event.target.shadowRoot;
          const shown = (selector) =>
            [...root.querySelectorAll(selector)].filter((text) => getComputedStyle(text).display !== "none").length;
          window.__firstFrame = { names: shown(".sol-diagram__label"), callouts: shown(".sol-diagram__callout") };
        });
      });
    });
    const page = await context.newPage();
    await page.goto(env.url + "plain.html");
    await page.waitForFunction(() => window.__firstFrame !== undefined);
    const first = await page.evaluate(() => window.__firstFrame);
    assert.deepEqual(first, { names: labelled ? 8 : 0, callouts: 0 }, `at ${viewport.width} px`);
    await page.waitForTimeout(300);
    const widget = page.locator("[data-soleus-widget]").first();
    assert.equal(await widget.locator(".sol-diagram__label").count(), labelled ? 8 : 0, "and it stays so");
    assert.equal(await widget.getByRole("button", { name: en.labels_toggle }).getAttribute("aria-pressed"), String(labelled));
    await context.close();
  }
});

test("a heel raise pivots on the forefoot: the toes stay, the heel and the body rise; the caption follows the knee", async () => {
  const { page, context, errors } = await openDemo(env.browser, env.url, {
    viewport: { width: 1280, height: 900 },
  });
  const widget = page.locator("[data-soleus-widget]").first();
  // Boxes relative to the drawing's frame, so scrolling the page does not count as moving.
  const box = async (part) => {
    const [b, frame] = [
      await widget.locator(`[data-part="${part}"]`).boundingBox(),
      await widget.locator(".sol-diagram__svg").boundingBox(),
    ];
    return { ...b, x: b.x - frame.x, y: b.y - frame.y };
  };
  // A circle turning about its own centre changes its box but not its centre.
  const centre = async (part) => {
    const b = await box(part);
    return { x: b.x + b.width / 2, y: b.y + b.height / 2 };
  };
  await pose(widget, 0);
  const [forefoot, heel, knee] = [await centre("forefoot"), await box("calcaneus"), await box("patella")];
  await widget.getByRole("button", { name: en.heel_raise_play }).click();
  showsTemplate(await widget.locator(".sol-raise__status").textContent(), en.sentence_shared_template);
  // Sample the animation as it plays: the forefoot never moves; the heel and knee go up.
  let highest = 0;
  for (let frame = 0; frame < 12; frame += 1) {
    await page.waitForTimeout(60);
    const [f, h, k] = [await centre("forefoot"), await box("calcaneus"), await box("patella")];
    assert.ok(Math.abs(f.x - forefoot.x) < 0.5 && Math.abs(f.y - forefoot.y) < 0.5, `the forefoot stays put (frame ${frame})`);
    assert.ok(h.y <= heel.y + 0.5, "the heel never sinks below the floor");
    const rise = heel.y - h.y;
    if (rise > highest) {
      highest = rise;
      assert.ok(knee.y - k.y > 0.5 * rise, "the body rises with the heel");
    }
  }
  assert.ok(highest > 20, `the heel rises visibly (${highest} px)`);

  await widget.getByRole("button", { name: en.heel_raise_stop }).click();
  await pose(widget, 90);
  await widget.getByRole("button", { name: en.heel_raise_play }).click();
  showsTemplate(await widget.locator(".sol-raise__status").textContent(), en.sentence_soleus_dominant_template);
  assert.deepEqual(errors, []);
  await context.close();
});

test("bending the knee shortens the drawn gastrocnemius and leaves the soleus as it is", async () => {
  const { page, context } = await openDemo(env.browser, env.url);
  const widget = page.locator("[data-soleus-widget]").first();
  const lengths = [];
  for (const degrees of [0, 30, 60, 90, 110]) {
    await pose(widget, degrees);
    lengths.push(
      await widget.evaluate((host) => {
        // A shape's drawn length: from its first point (the gastrocnemius' origin on the
        // femur, the soleus' top) to the outline point furthest from it, on screen.
        const length = (name) => {
          const shape = host.shadowRoot.querySelector(`[data-part="${name}"]`);
          const matrix = shape.getScreenCTM();
          const at = (l) => DOMPoint.fromPoint(shape.getPointAtLength(l)).matrixTransform(matrix);
          const start = at(0);
          const total = shape.getTotalLength();
          let furthest = 0;
          for (let l = 0; l <= total; l += total / 400) {
            const p = at(l);
            furthest = Math.max(furthest, Math.hypot(p.x - start.x, p.y - start.y));
          }
          return furthest;
        };
        return { gastrocnemius: length("gastrocnemius"), soleus: length("soleus") };
      }),
    );
  }
  for (let i = 1; i < lengths.length; i += 1) {
    assert.ok(lengths[i].gastrocnemius < lengths[i - 1].gastrocnemius, JSON.stringify(lengths));
    assert.ok(Math.abs(lengths[i].soleus - lengths[0].soleus) < 1, `the soleus keeps its length: ${JSON.stringify(lengths)}`);
  }
  assert.ok(lengths[0].gastrocnemius - lengths[4].gastrocnemius > 15, JSON.stringify(lengths));
  await context.close();
});

test("presenter mode at 1920×1080: a drawing most of the screen high, labelled, 64 px shares that never wrap, bars that start together, no text under 24 px", async () => {
  const { page, context, errors } = await openDemo(env.browser, env.url, {
    viewport: { width: 1920, height: 1080 },
  });
  const widget = page.locator("[data-soleus-widget]").first();
  await widget.getByRole("button", { name: en.presenter_enter }).click();
  await pose(widget, 90);
  const svg = await widget.locator(".sol-diagram__svg").boundingBox();
  assert.ok(svg.height >= 0.7 * 1080, `the drawing is ${svg.height} px high`);
  assert.equal(await widget.locator(".sol-diagram__label").count(), 8, "labels are on");
  const sizes = await widget.evaluate((host) => {
    const root = host.shadowRoot;
    const values = [...root.querySelectorAll(".sol-share__value")].map((value) => ({
      size: parseFloat(getComputedStyle(value).fontSize),
      lines: value.getBoundingClientRect().height / parseFloat(getComputedStyle(value).lineHeight),
    }));
    const bars = [...root.querySelectorAll(".sol-share__track")].map((bar) => bar.getBoundingClientRect().left);
    const labels = [...root.querySelectorAll(".sol-diagram__label")].map((label) => label.getBoundingClientRect().height);
    // Every visible text node outside the drawing, with its element's font size.
    const small = [];
    const walker = document.createTreeWalker(root.querySelector(".sol-root"), NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const element = node.parentElement;
      if (!node.textContent.trim() || element.closest("svg")) continue;
      if (element.closest(".sol-visually-hidden") || !element.getClientRects().length) continue;
      const size = parseFloat(getComputedStyle(element).fontSize);
      if (size < 24) small.push(`${size}px: ${node.textContent.trim().slice(0, 40)}`);
    }
    return { values, bars, labels, small };
  });
  for (const value of sizes.values) {
    assert.ok(value.size >= 64, `share figures at ${value.size} px`);
    assert.ok(value.lines < 1.5, "a share figure never wraps");
  }
  assert.ok(Math.abs(sizes.bars[0] - sizes.bars[1]) < 1, `bars start at ${sizes.bars}`);
  assert.ok(Math.min(...sizes.labels) >= 24, `labels at ${sizes.labels} px`);
  assert.deepEqual(sizes.small, []);
  assert.deepEqual(await axeViolations(page), [], "presenter");
  await mkdir(SHOTS, { recursive: true });
  await page.screenshot({ path: `${SHOTS}/presenter-1920.png` });
  assert.deepEqual(errors, []);
  await context.close();
});

test("print shows the drawing at the chosen angle and no controls", async () => {
  const { page, context } = await openDemo(env.browser, env.url, {
    path: "plain.html",
    viewport: { width: 800, height: 1100 },
  });
  const widget = page.locator("[data-soleus-widget]").first();
  await pose(widget, 60);
  await page.emulateMedia({ media: "print" });
  assert.ok(await widget.locator(".sol-diagram__svg").isVisible());
  assert.match(await widget.locator(".sol-diagram desc").textContent(), /knee bent 60°/);
  const visibleButtons = await widget.evaluate(
    (host) => [...host.shadowRoot.querySelectorAll("button, input, .sol-diagram__handle")]
      .filter((control) => control.getClientRects().length > 0).length,
  );
  assert.equal(visibleButtons, 0, "no control prints");
  await mkdir(SHOTS, { recursive: true });
  await page.screenshot({ path: `${SHOTS}/print-60.png`, fullPage: true });
  await context.close();
});
