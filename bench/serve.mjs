// A static server for dist/ with brotli and gzip, as a CDN would serve it. Used by the benchmark.
import { createServer } from "node:http";
import { readFileSync, statSync } from "node:fs";
import { extname, join, normalize } from "node:path";
import { brotliCompressSync, gzipSync, constants } from "node:zlib";

const TYPES = {
  ".html": "text/html; charset=utf-8", ".js": "text/javascript", ".wasm": "application/wasm", ".css": "text/css",
  ".json": "application/json", ".svg": "image/svg+xml", ".png": "image/png",
};
const cache = new Map();

/** Raw, gzip and brotli bodies of a file under `root` (computed once). */
export function bodies(root, rel) {
  const path = normalize(join(root, rel));
  if (!path.startsWith(normalize(root))) return null;
  if (cache.has(path)) return cache.get(path);
  try {
    if (!statSync(path).isFile()) return null;
  } catch {
    return null;
  }
  const raw = readFileSync(path);
  const entry = {
    raw,
    gzip: gzipSync(raw, { level: 9 }),
    br: brotliCompressSync(raw, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }),
    type: TYPES[extname(path)] || "application/octet-stream",
  };
  cache.set(path, entry);
  return entry;
}

export function serve(root, port) {
  const server = createServer((req, res) => {
    let rel = decodeURIComponent(new URL(req.url, "http://x").pathname);
    if (rel.endsWith("/")) rel += "index.html";
    const file = bodies(root, rel);
    if (!file) {
      res.writeHead(404).end();
      return;
    }
    const accept = req.headers["accept-encoding"] || "";
    const [body, enc] = accept.includes("br") ? [file.br, "br"] : accept.includes("gzip") ? [file.gzip, "gzip"] : [file.raw, null];
    res.writeHead(200, { "content-type": file.type, ...(enc ? { "content-encoding": enc } : {}), "cache-control": "no-store" });
    res.end(body);
  });
  return new Promise((resolve) => server.listen(port, "127.0.0.1", () => resolve(server)));
}
