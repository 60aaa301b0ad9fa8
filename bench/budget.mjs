// Fails if the wasm, the whole first view, the readable first view (brotli) or the page's element
// count grows past its budget in bench/budget.json (a ratchet: the measured build plus a little).
// Also reports the targets of issue 14, which a budget moves towards (not met is not a failure;
// README says which are met and why not). Timings are the benchmark's (make bench), never a test's.
import { readFileSync, readdirSync } from "node:fs";
import { brotliCompressSync, constants } from "node:zlib";
import { sizes, domElements } from "./first-view.mjs";

const dist = new URL("../dist", import.meta.url).pathname;
const budget = JSON.parse(readFileSync(new URL("./budget.json", import.meta.url), "utf8"));
const { byType, firstView, readable } = sizes(dist);
const kb = (b) => `${(b / 1024).toFixed(1)} KB`;
const rows = [
  ["wasm (brotli)", byType.wasm.br, budget.wasm_brotli_bytes, budget.targets.wasm_brotli_bytes, kb],
  ["first view, interactive (brotli)", firstView.br, budget.first_view_brotli_bytes, budget.targets.first_view_brotli_bytes, kb],
  ["first view, readable before the app (brotli)", readable.br, budget.readable_brotli_bytes, null, kb],
  ["elements in the built page (outside <noscript>)", domElements(dist), budget.dom_elements, budget.targets.dom_elements, String],
];
// Each edition's words for the first view, fetched only by its readers (issue 17: at most 15 KB
// brotli each); the rest of its words come with the sources' detail.
const br = (path) => brotliCompressSync(readFileSync(path), { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
for (const file of readdirSync(`${dist}/data/lang`).filter((f) => /^[a-z]{2}\.bin$/.test(f)).sort()) {
  rows.push([`edition ${file.slice(0, 2)}: its first view's words (brotli)`, br(`${dist}/data/lang/${file}`), budget.edition_brotli_bytes, null, kb]);
}
let over = 0;
for (const [name, size, limit, target, fmt] of rows) {
  const ok = size <= limit;
  if (!ok) over++;
  const goal = target === null ? "" : `; target ${fmt(target)} ${size <= target ? "met" : "not met"}`;
  console.log(`size budget: ${name} ${fmt(size)} of ${fmt(limit)} ${ok ? "ok" : "OVER"}${goal}`);
}
console.log(`${rows.length - over} passed, ${over} failed`);
process.exit(over ? 1 : 0);
