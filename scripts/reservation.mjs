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

/** Lines `{ from, a, b }` (height = a + b × width) over bands of `points`, each within
 * TOLERANCE of every point in its band, as few as a greedy pass finds. */
function fitBands(points) {
  const bands = [];
  let start = 0;
  while (start < points.length) {
    let best = { end: start, a: points[start][1], b: 0 };
    for (let end = start + 1; end < points.length; end += 1) {
      const band = points.slice(start, end + 1);
      const n = band.length;
      const mx = band.reduce((s, [x]) => s + x, 0) / n;
      const my = band.reduce((s, [, y]) => s + y, 0) / n;
      const sxx = band.reduce((s, [x]) => s + (x - mx) ** 2, 0);
      const b = band.reduce((s, [x, y]) => s + (x - mx) * (y - my), 0) / sxx;
      const a = my - b * mx;
      const error = Math.max(...band.map(([x, y]) => Math.abs(a + b * x - y)));
      if (error > TOLERANCE) break;
      best = { end, a, b };
    }
    bands.push({ from: points[start][0], a: best.a, b: best.b });
    start = best.end + 1;
  }
  return bands;
}

/** A band's height rule for `selector`: `a + b × width`, with the width as 100cqw. */
function heightRule(selector, { a, b }) {
  // b px of height per px of width is b × 100 px per 1cqw (a hundredth of the width).
  const slope = `${b < 0 ? "-" : "+"} ${Math.abs(b * 100).toFixed(2)}cqw`;
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
