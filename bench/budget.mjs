// Fails if the wasm, the whole first view or the readable first view (brotli) grows past the
// budget in bench/budget.json.
import { readFileSync } from "node:fs";
import { sizes } from "./first-view.mjs";

const dist = new URL("../dist", import.meta.url).pathname;
const budget = JSON.parse(readFileSync(new URL("./budget.json", import.meta.url), "utf8"));
const { byType, firstView, readable } = sizes(dist);
const rows = [
  ["wasm (brotli)", byType.wasm.br, budget.wasm_brotli_bytes],
  ["first view, interactive (brotli)", firstView.br, budget.first_view_brotli_bytes],
  ["first view, readable before the app (brotli)", readable.br, budget.readable_brotli_bytes],
];
let over = 0;
for (const [name, size, limit] of rows) {
  const ok = size <= limit;
  if (!ok) over++;
  console.log(`size budget: ${name} ${(size / 1024).toFixed(1)} KB of ${(limit / 1024).toFixed(1)} KB ${ok ? "ok" : "OVER"}`);
}
console.log(`${rows.length - over} passed, ${over} failed`);
process.exit(over ? 1 : 0);
