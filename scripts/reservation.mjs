// Measures how tall each widget layout is drawn at every host width and writes
// style/soleus-widget.css, the rules that reserve that height before the widget appears
// (linked by pages, and carried by the loader). Run after `make build` whenever the
// widget's first screen changes:
//
//   node scripts/reservation.mjs
//
// The reservation is a zero-width float in the host's ::before, as tall as the widget will
// be. Its height follows the host's own width through container queries (the widget's
// width, not the viewport's), as a line per width band fitted to the measured heights.
// tests/e2e/reservation.test.mjs checks it against the drawn widget at widths between.
import { writeFile } from "node:fs/promises";
import { launch } from "../tests/e2e/harness.mjs";

/** The widest the widget draws (its root's max-width): wider hosts draw the same. */
const WIDEST = 1280;
/** The narrowest host measured; narrower hosts get the narrowest band's line. */
const NARROWEST = 320;
/** Measured every this many pixels. */
const STEP = 5;
/** The most a band's line may miss a measured height by, in pixels: one line of text. */
const TOLERANCE = 20;

/** Drawn heights of `sections` at each width in `widths`, in language `lang`. */
export async function drawnHeights(page, sections, widths, lang = "en") {
  return page.evaluate(
    async ({ sections, widths, lang }) => {
      const heights = [];
      for (const width of widths) {
        const host = document.createElement("div");
        host.style.width = `${width}px`;
        host.setAttribute("data-soleus-widget", "");
        host.setAttribute("data-sections", sections);
        host.setAttribute("data-lang", lang);
        host.textContent = "Calf explorer";
        document.body.append(host);
        while (host.dataset.soleusState !== "ready") await new Promise((done) => setTimeout(done, 5));
        // A widget that opens its quiz at once (the quiz alone) draws its steps when the quiz's
        // module has come, after it is ready: measured then (for at most 5 s).
        const opening = () => host.shadowRoot?.querySelector('.sol-quiz [aria-disabled="true"]');
        for (let waited = 0; opening() && waited < 5000; waited += 5) await new Promise((done) => setTimeout(done, 5));
        // The result's plan and the drawing settle within a frame or two.
        await new Promise((done) => setTimeout(done, 30));
        heights.push(host.getBoundingClientRect().height);
        host.remove();
      }
      return heights;
    },
    { sections, widths, lang },
  );
}

/** The line `{ a, b }` (height = a + b × width) whose largest miss over `band` is smallest
 * (a minimax fit, which accepts longer bands than least squares), and that miss. The spread
 * of `y - b·x` over the band is convex in the slope `b`, so a ternary search finds its least. */
function minimaxLine(band) {
  const spread = (b) => {
    let low = Infinity;
    let high = -Infinity;
    for (const [x, y] of band) {
      low = Math.min(low, y - b * x);
      high = Math.max(high, y - b * x);
    }
    return { low, high };
  };
  let lo = -40;
  let hi = 40;
  for (let step = 0; step < 100; step += 1) {
    const m1 = lo + (hi - lo) / 3;
    const m2 = hi - (hi - lo) / 3;
    const s1 = spread(m1);
    const s2 = spread(m2);
    if (s1.high - s1.low < s2.high - s2.low) hi = m2;
    else lo = m1;
  }
  const b = (lo + hi) / 2;
  const { low, high } = spread(b);
  return { a: (low + high) / 2, b, error: (high - low) / 2 };
}

/** Rounding a line as its rule writes it (whole pixels, a tenth of a cqw) can add this much
 * at the widest width: half a pixel plus half a tenth of 1 % of 1280 px. */
const ROUNDING = 0.5 + 0.0005 * WIDEST;

/** Lines `{ from, a, b }` over bands of `points`, each within TOLERANCE of every point in its
 * band after rounding, in as few bands as can be (every split is tried: the fewer rules, the
 * fewer bytes every page downloads with the loader). */
function fitBands(points) {
  const n = points.length;
  // fewest[i]: the fewest bands that cover points i.. to the end, and the first band's end.
  const fewest = new Array(n + 1).fill(Infinity);
  const firstEnd = new Array(n).fill(0);
  const lines = new Array(n);
  fewest[n] = 0;
  for (let start = n - 1; start >= 0; start -= 1) {
    lines[start] = [];
    for (let end = start; end < n; end += 1) {
      const line = minimaxLine(points.slice(start, end + 1));
      if (line.error + ROUNDING > TOLERANCE && end > start) break;
      lines[start][end] = line;
      if (1 + fewest[end + 1] < fewest[start]) {
        fewest[start] = 1 + fewest[end + 1];
        firstEnd[start] = end;
      }
    }
  }
  const bands = [];
  for (let start = 0; start < n; start = firstEnd[start] + 1) {
    const { a, b } = lines[start][firstEnd[start]];
    bands.push({ from: points[start][0], a, b });
  }
  return bands;
}

/** A band's height rule for `selector`: `a + b × width`, with the width as 100cqw. */
function heightRule(selector, { a, b }) {
  // b px of height per px of width is b × 100 px per 1cqw (a hundredth of the width).
  const slope = `${b < 0 ? "-" : "+"} ${Math.abs(b * 100).toFixed(1)}cqw`;
  return `${selector}::before { height: calc(${a.toFixed(0)}px ${slope}); }`;
}

const SECTIONS = [
  ["both", "[data-soleus-widget]"],
  ["diagram", '[data-soleus-widget][data-sections="diagram" i]'],
  ["quiz", '[data-soleus-widget][data-sections="quiz" i]'],
];

if (import.meta.url === `file://${process.argv[1]}`) {
  const env = await launch();
  const page = await (await env.browser.newContext({ viewport: { width: 1920, height: 1000 } })).newPage();
  await page.goto(env.url + "baseline.html");
  await page.addScriptTag({ url: env.url + "soleus-widget.js", type: "module" });
  await page.waitForFunction(() => window.Soleus);
  const widths = [];
  for (let width = NARROWEST; width <= WIDEST; width += STEP) widths.push(width);
  const rules = [];
  const bandCounts = [];
  for (const [sections, selector] of SECTIONS) {
    const heights = await drawnHeights(page, sections, widths);
    const bands = fitBands(widths.map((width, i) => [width, heights[i]]));
    bandCounts.push(`${sections}: ${bands.length} bands`);
    const flat = heights[heights.length - 1];
    for (const [index, band] of bands.entries()) {
      const rule = heightRule(selector, band);
      rules.push(index === 0 ? rule : `@container (min-width: ${band.from}px) { ${rule} }`);
    }
    rules.push(`@container (min-width: ${WIDEST}px) { ${selector}::before { height: ${Math.ceil(flat)}px; } }`);
  }
  await env.stop();
  const css = `/* Optional stylesheet for pages that embed the widget: link it in the page's <head> and each
   widget's space is reserved from the page's first paint, so the text after a widget does
   not move when the widget replaces its fallback. The loader carries the same rules and
   applies them as soon as it runs.

   The space is a zero-width float in the host's ::before, as tall as the widget's first
   screen is drawn at the host's own width (container queries: the widget's width, not the
   viewport's). Written by scripts/reservation.mjs from heights measured every ${STEP} px from
   ${NARROWEST} to ${WIDEST} px (one line per band, within ${TOLERANCE} px of every measurement); once a
   widget is drawn (or could not be) the rules no longer apply. */
[data-soleus-widget]:not(svg, math, [data-soleus-state]) {
  display: flow-root;
  container-type: inline-size;
}

[data-soleus-widget]:not(svg, math, [data-soleus-state])::before {
  content: "";
  float: left;
}

${rules.join("\n")}
`;
  await writeFile("style/soleus-widget.css", css);
  console.log(`style/soleus-widget.css: ${bandCounts.join(", ")}`);
}
