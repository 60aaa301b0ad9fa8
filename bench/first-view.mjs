// What the first view downloads, and its sizes. Shared by the benchmark and the size budget check.
import { readdirSync, readFileSync } from "node:fs";
import { bodies } from "./serve.mjs";

/** Files the first view needs: the page and everything it links (data is bundled in the wasm). */
export function firstViewFiles(dist) {
  const html = readFileSync(`${dist}/index.html`, "utf8");
  // The static story's figures (figures/*.svg) are lazy images inside content hidden when
  // scripts run, so the first view never fetches them (end2end/tests/nojs.spec.mjs checks).
  const linked = [...html.matchAll(/(?:src|href)="\.?\/?([^"#?]+\.(?:js|wasm|css|svg))"/g)]
    .map((m) => m[1])
    .filter((f) => !f.startsWith("figures/"));
  const wasm = readdirSync(dist).filter((f) => f.endsWith(".wasm"));
  return ["index.html", ...new Set([...linked, ...wasm])];
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
  return { byType, firstView, files: first };
}
