// Benchmark: the release build served with brotli, measured in headless Chromium under
// Lighthouse's mobile profile (412×823 at DPR 1.75, 4× CPU slowdown, 150 ms RTT, 1.6 Mbps down).
// Prints a table and writes bench/results/latest.json. Usage: node bench/bench.mjs [runs=3]
import { chromium } from "@playwright/test";
import { mkdirSync, writeFileSync } from "node:fs";
import { cpus, totalmem } from "node:os";
import { serve } from "./serve.mjs";
import { sizes } from "./first-view.mjs";
import { stepChanges } from "./step-changes.mjs";

const dist = new URL("../dist", import.meta.url).pathname;
const runs = Number(process.argv[2] || 3);
const port = 4190;
const base = `http://127.0.0.1:${port}`;
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const p95 = (xs) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.ceil(xs.length * 0.95) - 1)];

async function once(browser) {
  const context = await browser.newContext({ viewport: { width: 412, height: 823 }, deviceScaleFactor: 1.75, isMobile: true, hasTouch: true });
  const page = await context.newPage();
  // Keep the wasm exports (memory) reachable for the memory reading.
  await page.addInitScript(() => addEventListener("TrunkApplicationStarted", (e) => (window.__wasm = e.detail.wasm)));
  const cdp = await context.newCDPSession(page);
  await cdp.send("Network.enable");
  await cdp.send("Network.setCacheDisabled", { cacheDisabled: true });
  await cdp.send("Network.emulateNetworkConditions", { offline: false, latency: 150, downloadThroughput: (1.6 * 1024 * 1024) / 8, uploadThroughput: (750 * 1024) / 8 });
  await cdp.send("Emulation.setCPUThrottlingRate", { rate: 4 });
  // The page as a reader opens it: the prerendered explainer, which the app then hydrates.
  await page.goto(`${base}/`, { waitUntil: "load" });
  await page.waitForSelector("canvas[data-drawn-step]", { timeout: 60_000 });
  const paint = await page.evaluate(
    () =>
      new Promise((resolve) => {
        let lcp = 0;
        let figure = NaN;
        new PerformanceObserver((l) => l.getEntries().forEach((e) => (lcp = e.startTime))).observe({ type: "largest-contentful-paint", buffered: true });
        // The chart box's stand-in figure (elementtiming="chart-static"): the first chart pixels.
        new PerformanceObserver((l) => l.getEntries().forEach((e) => (figure = Math.min(figure || Infinity, e.renderTime || e.loadTime)))).observe({ type: "element", buffered: true });
        setTimeout(() => {
          const fcp = performance.getEntriesByName("first-contentful-paint")[0]?.startTime ?? NaN;
          const chart = performance.getEntriesByName("first-chart")[0]?.startTime ?? NaN;
          const wasm = performance.getEntriesByType("resource").find((r) => r.name.endsWith(".wasm"))?.responseEnd ?? NaN;
          resolve({ fcp, lcp, figure, chart, wasm });
        }, 500);
      }),
  );
  // Then step by step, so each key press is one step change (scroll mode would scroll instead).
  await page.getByRole("button", { name: "Step by step" }).first().click();
  await page.waitForSelector("#step-heading");
  // Step changes: key press → the frame that first paints the new step's chart.
  const steps = await page.evaluate(stepChanges, 20);
  // Memory after 10 and after 1,000 step changes.
  const memory = async () => {
    await cdp.send("HeapProfiler.collectGarbage");
    const heap = await cdp.send("Runtime.getHeapUsage");
    const wasm = await page.evaluate(() => window.__wasm?.memory?.buffer?.byteLength ?? 0);
    return heap.usedSize + wasm;
  };
  const press = (n) =>
    page.evaluate(async (n) => {
      for (let i = 0; i < n; i++) {
        document.body.dispatchEvent(new KeyboardEvent("keydown", { key: i % 2 ? "ArrowLeft" : "ArrowRight", bubbles: true }));
        if (i % 50 === 49) await new Promise((r) => setTimeout(r, 0));
      }
      await new Promise((r) => setTimeout(r, 300));
    }, n);
  await press(10);
  const after10 = await memory();
  await press(990);
  const after1000 = await memory();
  await context.close();
  return { ...paint, latency: steps.latency, draw: steps.draw, frames: steps.frames, memoryGrowth: after1000 - after10 };
}

const server = await serve(dist, port);
const browser = await chromium.launch({
  executablePath: "/usr/bin/chromium",
  args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run"],
});
const results = [];
for (let i = 0; i < runs; i++) results.push(await once(browser));
await browser.close();
server.close();

const size = sizes(dist);
const m = (f) => median(results.map(f));
const summary = {
  date: new Date().toISOString().slice(0, 10),
  machine: `${cpus().length} × ${cpus()[0]?.model ?? "cpu"}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, headless Chromium, Lighthouse mobile profile`,
  runs,
  sizes: size,
  fcp_ms: m((r) => r.fcp),
  lcp_ms: m((r) => r.lcp),
  first_chart_ms: m((r) => r.figure),
  interactive_chart_ms: m((r) => r.chart),
  wasm_loaded_ms: m((r) => r.wasm),
  step_latency_median_ms: m((r) => median(r.latency)),
  step_latency_p95_ms: m((r) => p95(r.latency)),
  redraw_median_ms: m((r) => median(r.draw)),
  redraw_p95_ms: m((r) => p95(r.draw)),
  transition_frame_median_ms: m((r) => median(r.frames)),
  transition_frame_p95_ms: m((r) => p95(r.frames)),
  memory_growth_bytes_1000_steps: m((r) => r.memoryGrowth),
};
mkdirSync(new URL("./results", import.meta.url), { recursive: true });
writeFileSync(new URL("./results/latest.json", import.meta.url), JSON.stringify({ summary, runs: results }, null, 1));

const kb = (b) => `${(b / 1024).toFixed(1)} KB`;
const rows = [
  ["First view readable (prerendered page, CSS, first figure), brotli", kb(size.readable.br)],
  ["First view interactive (+ JS and wasm), brotli (target ≤ 70 KB)", kb(size.firstView.br)],
  ["  wasm raw / gzip / brotli", `${kb(size.byType.wasm.raw)} / ${kb(size.byType.wasm.gzip)} / ${kb(size.byType.wasm.br)}`],
  ["  js raw / gzip / brotli", `${kb(size.byType.js.raw)} / ${kb(size.byType.js.gzip)} / ${kb(size.byType.js.br)}`],
  ["  html (with the inlined CSS) raw / gzip / brotli", `${kb(size.byType.html.raw)} / ${kb(size.byType.html.gzip)} / ${kb(size.byType.html.br)}`],
  ["First contentful paint", `${summary.fcp_ms.toFixed(0)} ms`],
  ["Largest contentful paint", `${summary.lcp_ms.toFixed(0)} ms`],
  ["First chart pixels: the prerendered figure (target ≤ 1200 ms)", `${summary.first_chart_ms.toFixed(0)} ms`],
  ["Wasm downloaded", `${summary.wasm_loaded_ms.toFixed(0)} ms`],
  ["Interactive chart drawn on the canvas", `${summary.interactive_chart_ms.toFixed(0)} ms`],
  ["Step change, key → first frame painted: median / p95 (target p95 ≤ 33 ms)", `${summary.step_latency_median_ms.toFixed(1)} / ${summary.step_latency_p95_ms.toFixed(1)} ms`],
  ["Chart redraw, final state: median / p95 (target ≤ 8 ms)", `${summary.redraw_median_ms.toFixed(1)} / ${summary.redraw_p95_ms.toFixed(1)} ms`],
  ["Transition frame draw: median / p95 (60 fps needs ≤ 16.7 ms)", `${summary.transition_frame_median_ms.toFixed(1)} / ${summary.transition_frame_p95_ms.toFixed(1)} ms`],
  ["Memory growth, 1,000 vs 10 step changes (target ≤ 1 MB)", kb(summary.memory_growth_bytes_1000_steps)],
];
console.log(`\nMinsk Explainer benchmark, ${summary.date}; ${summary.machine}; median of ${runs} runs\n`);
console.log("| measure | value |\n|---|---|");
for (const [k, v] of rows) console.log(`| ${k} | ${v} |`);
