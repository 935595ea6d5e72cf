// The release bundle for site owners: `make release` (after `make build`) writes
// release/soleus-widget-<version>.zip and .tar.gz, each holding one folder,
// soleus-widget-<version>/, with the files a site serves, a README for site owners (the
// snippet with this release's integrity values, the attributes, the iframe route and the
// headers a host must send), the licence, the changelog and SHA256SUMS.
//
//   node scripts/release.mjs [dist]
//
// The README's sections are taken from the project's README, so there is one text to keep.
import { createHash } from "node:crypto";
import { execFileSync } from "node:child_process";
import { copyFile, mkdir, readFile, rm, writeFile } from "node:fs/promises";
import { join, resolve } from "node:path";

const dist = resolve(process.argv[2] ?? "dist");
const manifest = await readFile("Cargo.toml", "utf8");
const version = /^version = "([^"]+)"/m.exec(manifest)?.[1];
if (!version) {
  console.error("release: Cargo.toml has no version");
  process.exit(1);
}

/** What a site serves: the loader and its modules, the optional stylesheet, the iframe route. */
export const RELEASE_FILES = [
  "soleus-widget.js",
  "soleus_bg.wasm",
  "soleus_quiz.wasm",
  "soleus_all.js",
  "soleus_all_bg.wasm",
  "soleus_all_quiz.wasm",
  "soleus-widget.css",
  "embed.html",
  "embed.css",
  "embed-params.js",
  "soleus-frame.js",
  "configure.html",
  "configure.js",
  "configure.css",
];

const changelog = await readFile("CHANGELOG.md", "utf8");
if (!new RegExp(`^## ${version.replaceAll(".", "\\.")}\\b`, "m").test(changelog)) {
  console.error(`release: CHANGELOG.md has no "## ${version}" entry; write what changed first.`);
  process.exit(1);
}

const name = `soleus-widget-${version}`;
const out = resolve("release");
const folder = join(out, name);
await rm(folder, { recursive: true, force: true });
await mkdir(folder, { recursive: true });
for (const file of RELEASE_FILES) await copyFile(join(dist, file), join(folder, file));
await copyFile("LICENSE", join(folder, "LICENSE"));
await copyFile("CHANGELOG.md", join(folder, "CHANGELOG.md"));

/** Subresource Integrity value of a file in the bundle. */
const integrity = async (file) =>
  `sha384-${createHash("sha384").update(await readFile(join(folder, file))).digest("base64")}`;

/** A `### title` section of the project's README, up to the next heading of that level. */
const readme = await readFile("README.md", "utf8");
function section(title) {
  const start = readme.indexOf(`### ${title}\n`);
  if (start < 0) throw new Error(`README.md has no "### ${title}" section`);
  const ends = ["\n### ", "\n## "].map((heading) => readme.indexOf(heading, start + 4)).filter((at) => at > 0);
  return readme.slice(start, ends.length ? Math.min(...ends) : undefined).trim();
}

const base = "https://your-site.example/soleus";
const siteOwners = `# Soleus calf widget ${version}

An interactive calf-muscle explainer for physiotherapy blogs: the soleus and the
gastrocnemius, how the knee angle shifts the work between them, and a short quiz that screens
for signs that need a clinician before it suggests a strengthening circuit. It is education,
not diagnosis. It sends nothing anywhere and stores nothing unless the reader asks.

## Put it on your site

1. Upload this folder's files to one folder of your site, for example \`/soleus/\`.
2. Paste this where the widget should appear (change the address, your clinic's details and
   the numbers; the text inside the \`<div>\` shows until the widget starts, or if it cannot):

\`\`\`html
<link rel="stylesheet" href="${base}/soleus-widget.css"
      integrity="${await integrity("soleus-widget.css")}" crossorigin="anonymous">
<script type="module" src="${base}/soleus-widget.js"
        integrity="${await integrity("soleus-widget.js")}" crossorigin="anonymous"></script>
<div data-soleus-widget data-clinic-name="Your Clinic"
     data-booking-url="https://your-site.example/book" data-emergency-number="999"
     data-urgent-number="111">
  An interactive guide to the soleus and gastrocnemius calf muscles.
</div>
\`\`\`

Or open \`configure.html\` from this folder on your site: fill in your clinic's details, see the
widget with them, and copy the snippet your site can take (script tag, iframe or JavaScript).
It sends nothing anywhere; the widget does not need it, so you may delete \`configure.html\`,
\`configure.js\` and \`configure.css\` from your site afterwards.

The \`integrity\` values belong to this release's files: keep the files and the snippet of one
release together. Upload all of these files even if your pages are in English only: pages in
another language use \`soleus_all.js\`, \`soleus_all_bg.wasm\` and \`soleus_all_quiz.wasm\`; the
quiz's own modules, \`soleus_quiz.wasm\` and \`soleus_all_quiz.wasm\`, are fetched when a reader
nears or starts the quiz.

## What your host must send

- \`.wasm\` files as \`Content-Type: application/wasm\`.
- Caching: a validator (\`ETag\` or \`Last-Modified\`) and \`Cache-Control: public, max-age=3600\`;
  for a folder named after the release, \`Cache-Control: public, max-age=31536000, immutable\`.
  Never \`no-store\`: a returning reader then starts from the browser's cache.
- When the files are on another origin than your pages: \`Access-Control-Allow-Origin\` for
  them (the snippet's \`crossorigin\` and the module fetch use CORS).
- A page with a Content Security Policy needs \`'wasm-unsafe-eval'\` in \`script-src\`.

${section("Attributes")}

${section("The iframe route")}

## Files

${RELEASE_FILES.map((file) => `- \`${file}\``).join("\n")}
- \`LICENSE\`, \`CHANGELOG.md\`, \`SHA256SUMS\` (check with \`sha256sum -c SHA256SUMS\`)
`;
await writeFile(join(folder, "README.md"), siteOwners);

const listed = [...RELEASE_FILES, "README.md", "LICENSE", "CHANGELOG.md"];
const sums = [];
for (const file of listed) {
  const hash = createHash("sha256").update(await readFile(join(folder, file))).digest("hex");
  sums.push(`${hash}  ${file}`);
}
await writeFile(join(folder, "SHA256SUMS"), `${sums.join("\n")}\n`);

// Both archives hold the one versioned folder; zip through Python's standard library, which
// every machine that builds this has, rather than a zip tool it may lack.
await rm(join(out, `${name}.tar.gz`), { force: true });
await rm(join(out, `${name}.zip`), { force: true });
execFileSync("tar", ["-czf", `${name}.tar.gz`, name], { cwd: out, stdio: "inherit" });
execFileSync("python3", ["-m", "zipfile", "-c", `${name}.zip`, name], { cwd: out, stdio: "inherit" });
console.log(`release: release/${name}.zip and .tar.gz (${listed.length + 1} files)`);
