// Prints every file the release build ships with its raw, gzip and brotli size, and the
// total; writes the same as JSON to target/size-report.json for the budget check.
//
//   node scripts/size-report.mjs [dist]
import { readdir, readFile, mkdir, writeFile } from "node:fs/promises";
import { join, relative } from "node:path";
import { brotliCompressSync, constants, gzipSync } from "node:zlib";
import { pathToFileURL } from "node:url";


async function files(dir) {
  const entries = await readdir(dir, { withFileTypes: true });
  const nested = await Promise.all(
    entries.map((entry) =>
      entry.isDirectory() ? files(join(dir, entry.name)) : [join(dir, entry.name)],
    ),
  );
  return nested.flat().sort();
}

export async function measure(dir) {
  const rows = [];
  for (const file of await files(dir)) {
    const body = await readFile(file);
    rows.push({
      file: relative(dir, file),
      raw: body.length,
      gzip: gzipSync(body, { level: 9 }).length,
      brotli: brotliCompressSync(body, {
        params: { [constants.BROTLI_PARAM_QUALITY]: 11 },
      }).length,
    });
  }
  const total = rows.reduce(
    (sum, row) => ({
      file: "total",
      raw: sum.raw + row.raw,
      gzip: sum.gzip + row.gzip,
      brotli: sum.brotli + row.brotli,
    }),
    { file: "total", raw: 0, gzip: 0, brotli: 0 },
  );
  return { rows, total };
}

const kb = (bytes) => (bytes / 1024).toFixed(1).padStart(8);

/** What a page embedding the default English widget downloads: the loader and the module. */
export const EMBED_FILES = ["soleus-widget.js", "soleus_bg.wasm"];
/**
 * Everything of the English widget a page can ever download: the first download, the optional
 * stylesheet that reserves its space, and any module loaded later.
 */
export const EMBED_WHOLE_FILES = [...EMBED_FILES, "soleus-widget.css", "soleus_quiz.wasm"];
/** What a page with a widget in another language downloads instead (its own glue too). */
export const EMBED_ALL_LANGUAGES_FILES = ["soleus-widget.js", "soleus_all.js", "soleus_all_bg.wasm"];

const sum = (selected, file) =>
  selected.reduce(
    (acc, row) => ({ file, raw: acc.raw + row.raw, gzip: acc.gzip + row.gzip, brotli: acc.brotli + row.brotli }),
    { file, raw: 0, gzip: 0, brotli: 0 },
  );
/** Every file's sizes, the total and the embed's total. */
export async function report(dist) {
  const { rows, total } = await measure(dist);
  const embed = sum(rows.filter((row) => EMBED_FILES.includes(row.file)), "embed total");
  const embedAllLanguages = sum(
    rows.filter((row) => EMBED_ALL_LANGUAGES_FILES.includes(row.file)),
    "embed, every language",
  );
  const embedWhole = sum(rows.filter((row) => EMBED_WHOLE_FILES.includes(row.file)), "embed, everything");
  return { rows, total, embed, embedWhole, embedAllLanguages };
}

/**
 * Compares the default embed's brotli sizes with `budgets.json`: the first download, and
 * everything the English widget can download. Returns the lines to print and whether both
 * budgets hold. Sizes are deterministic, so the test command enforces this.
 */
export async function checkBudget({ embed, embedWhole }) {
  const budgets = JSON.parse(await readFile("budgets.json", "utf8"));
  const checks = [
    ["first download (loader + English module)", embed, budgets.embed_brotli_kb.max],
    ["everything (+ the quiz's module and the optional stylesheet)", embedWhole, budgets.embed_whole_brotli_kb?.max],
  ].filter(([, , max]) => max !== undefined);
  const lines = checks.map(([what, sizes, max]) => {
    const actual = sizes.brotli / 1024;
    const verdict =
      actual <= max ? `holds, ${(max - actual).toFixed(1)} KB to spare` : `FAILS by ${(actual - max).toFixed(1)} KB`;
    return { holds: actual <= max, text: `size budget: ${what} ${actual.toFixed(1)} KB brotli of ${max} KB: ${verdict}` };
  });
  return { holds: lines.every((line) => line.holds), line: lines.map((line) => line.text).join("\n") };
}

/** Prints the table of `report(dist)`. */
export function print({ rows, total, embed, embedWhole, embedAllLanguages }, dist) {
  console.log(`Release bundle in ${dist}/ (KB; 1 KB = 1024 bytes)`);
  console.log(`  ${"file".padEnd(22)}${"raw".padStart(8)}${"gzip".padStart(8)}${"brotli".padStart(8)}`);
  for (const row of [...rows, { ...total, file: "all files" }, embed, embedWhole, embedAllLanguages]) {
    console.log(`  ${row.file.padEnd(22)}${kb(row.raw)}${kb(row.gzip)}${kb(row.brotli)}`);
  }
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const dist = process.argv[2] ?? "dist";
  const sizes = await report(dist);
  print(sizes, dist);
  await mkdir("target", { recursive: true });
  await writeFile("target/size-report.json", JSON.stringify(sizes, null, 2));
  if (process.argv.includes("--check")) {
    const { holds, line } = await checkBudget(sizes);
    console.log(line);
    if (!holds) process.exit(1);
  }
}
