// A small static server for the built demo pages, on 127.0.0.1 only.
//
//   node scripts/serve.mjs [--port 8080] [--dir dist]
//
// The end-to-end tests import `startServer` to serve the same files on a free port.
import { createHash } from "node:crypto";
import { createServer } from "node:http";
import { readFile, stat } from "node:fs/promises";
import { extname, join, normalize, resolve, sep } from "node:path";
import { pathToFileURL } from "node:url";

const MIME_TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  // Required for WebAssembly.instantiateStreaming.
  ".wasm": "application/wasm",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".ico": "image/x-icon",
  ".json": "application/json",
};

/** The strict policy the CSP demo page is served with (the header, not a meta tag). */
export const STRICT_CSP =
  "default-src 'none'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; " +
  "img-src 'self' data:; connect-src 'self'";

/** Extra headers for some paths. */
const PAGE_HEADERS = {
  "/csp.html": { "Content-Security-Policy": STRICT_CSP },
};

/**
 * What a blog host should send for the widget's files (see the README): the browser keeps them
 * for an hour, then asks whether they changed; an unchanged file (304) keeps V8's compiled code
 * for the module, so a repeat reader's widget starts from that cache.
 */
export const CACHE_HEADERS = { "Cache-Control": "public, max-age=3600" };

/**
 * Serves `dir` on 127.0.0.1:`port` (0 picks a free port); resolves to `{ server, url }`.
 * Files are not cached unless `cache` is set (the tests want each build fresh); with it, they
 * are sent with CACHE_HEADERS and an ETag, and a matching If-None-Match gets a 304.
 */
export function startServer({ dir = "dist", port = 0, cache = false } = {}) {
  const root = resolve(dir);
  const server = createServer(async (request, response) => {
    try {
      const pathname = decodeURIComponent(new URL(request.url, "http://localhost").pathname);
      // The history-API router demo's pages: any address under /app/ is that one page, as a
      // single-page blog's server answers every route with its app.
      let file = pathname.startsWith("/app/")
        ? join(root, "history-router.html")
        : normalize(join(root, pathname));
      if (file !== root && !file.startsWith(root + sep)) {
        response.writeHead(403).end("Forbidden");
        return;
      }
      if ((await stat(file).catch(() => null))?.isDirectory()) {
        file = join(file, "index.html");
      }
      const body = await readFile(file);
      const etag = `"${createHash("sha256").update(body).digest("base64url").slice(0, 22)}"`;
      if (cache && request.headers["if-none-match"] === etag) {
        response.writeHead(304, { ETag: etag, ...CACHE_HEADERS }).end();
        return;
      }
      response.writeHead(200, {
        "Content-Type": MIME_TYPES[extname(file)] ?? "application/octet-stream",
        ...(cache ? { ...CACHE_HEADERS, ETag: etag } : { "Cache-Control": "no-store" }),
        "X-Content-Type-Options": "nosniff",
        // The widget's files may be loaded by pages on other origins.
        ...([".js", ".wasm"].includes(extname(file)) ? { "Access-Control-Allow-Origin": "*" } : {}),
        ...(PAGE_HEADERS[pathname] ?? {}),
      });
      response.end(request.method === "HEAD" ? undefined : body);
    } catch {
      response.writeHead(404, { "Content-Type": "text/plain" }).end("Not found");
    }
  });
  return new Promise((resolveStart, rejectStart) => {
    server.once("error", rejectStart);
    server.listen(port, "127.0.0.1", () => {
      const { port: actual } = server.address();
      resolveStart({ server, url: `http://127.0.0.1:${actual}/` });
    });
  });
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const argument = (name, fallback) => {
    const index = process.argv.indexOf(name);
    return index > 0 ? process.argv[index + 1] : fallback;
  };
  const { url } = await startServer({
    dir: argument("--dir", "dist"),
    port: Number(argument("--port", "8080")),
  });
  console.log(`Serving the demo page at ${url} (Ctrl+C to stop)`);
}
