// What the first view downloads, and its sizes. Shared by the benchmark and the size budget check.
import { readdirSync, readFileSync } from "node:fs";
import { bodies } from "./serve.mjs";

/** Files the first view needs: the page and everything it links (data is bundled in the wasm). */
export function firstViewFiles(dist) {
  const html = readFileSync(`${dist}/index.html`, "utf8");
  // Of the figures (figures/*.svg), the first view fetches only the chart box's stand-in for the
  // first step (counted by readableFiles); the per-step no-script figures are never fetched
  // when scripts run (end2end/tests/nojs.spec.mjs checks).
  const linked = [...html.matchAll(/(?:src|href)="\.?\/?([^"#?]+\.(?:js|wasm|css|svg))"/g)]
    .map((m) => m[1])
    .filter((f) => !f.startsWith("figures/"));
  const wasm = readdirSync(dist).filter((f) => f.endsWith(".wasm"));
  return ["index.html", ...new Set([...linked, ...wasm])];
}

/** What the reader needs to read the first step with its chart before the app has started (the
 *  page is prerendered): the page (styles and the theme script are inline) and the first step's stand-in
 *  figure as a phone (the benchmark's profile) shows it. */
export function readableFiles(dist) {
  const html = readFileSync(`${dist}/index.html`, "utf8");
  const figure = html.match(/srcset="(figures\/[a-z0-9-]+-phone-box\.svg)"/)?.[1];
  const needed = firstViewFiles(dist).filter((f) => !f.endsWith(".wasm") && !f.endsWith(".js"));
  return figure ? [...needed, figure] : needed;
}

/** Sizes (bytes) per file type and for the first view: raw, gzip, brotli. */
export function sizes(dist) {
  const byType = {};
  const add = (bucket, file) => {
    byType[bucket] ??= { raw: 0, gzip: 0, br: 0 };
    byType[bucket].raw += file.raw.length;
    byType[bucket].gzip += file.gzip.length;
    byType[bucket].br += file.br.length;
  };
  const first = firstViewFiles(dist);
  const firstView = { raw: 0, gzip: 0, br: 0 };
  for (const rel of first) {
    const f = bodies(dist, rel);
    if (!f) continue;
    add(rel.split(".").pop(), f);
    firstView.raw += f.raw.length;
    firstView.gzip += f.gzip.length;
    firstView.br += f.br.length;
  }
  const readable = { raw: 0, gzip: 0, br: 0 };
  for (const rel of readableFiles(dist)) {
    const f = bodies(dist, rel);
    if (!f) continue;
    readable.raw += f.raw.length;
    readable.gzip += f.gzip.length;
    readable.br += f.br.length;
  }
  return { byType, firstView, readable, files: first };
}

/** Elements a scripting browser builds from the built page before the app runs: every tag in
 *  index.html outside <noscript> (whose content it reads as text), <template>, comments and
 *  inline scripts and styles. The benchmark also counts them in the browser at `load`. */
export function domElements(dist) {
  const html = readFileSync(`${dist}/index.html`, "utf8")
    .replace(/<!--[\s\S]*?-->/g, "")
    .replace(/<(noscript|script|style|template)\b[^>]*>[\s\S]*?<\/\1>/g, "<$1>");
  return (html.match(/<[a-zA-Z][a-zA-Z0-9-]*/g) || []).length;
}
