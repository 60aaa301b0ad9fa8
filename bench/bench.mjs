// Benchmark: the release build served with brotli, measured in headless Chromium under
// Lighthouse's mobile profile (bench/profile.mjs), beside a baseline build measured in the same
// run (runs interleaved, so both see the same machine), plus Lighthouse's own mobile audit of each.
// Prints the table with ratios (this build / baseline) and the issue's targets, writes
// bench/results/latest.json, and exits non-zero if a measure is more than 15% worse than the
// baseline's. Usage: node bench/bench.mjs [runs=5] [dist=dist] [baseline-dist]
import { chromium } from "@playwright/test";
import { mkdirSync, writeFileSync } from "node:fs";
import { cpus, totalmem } from "node:os";
import { serve } from "./serve.mjs";
import { sizes, domElements } from "./first-view.mjs";
import { stepChanges } from "./step-changes.mjs";
import { PROFILE, throttle } from "./profile.mjs";
import { lighthouse } from "./lighthouse.mjs";

const runs = Number(process.argv[2] || 5);
const root = new URL("..", import.meta.url).pathname;
const builds = [
  { name: "this build", dist: process.argv[3] || `${root}dist` },
  ...(process.argv[4] ? [{ name: "baseline", dist: process.argv[4] }] : []),
];
const LIGHTHOUSE_RUNS = Number(process.env.LIGHTHOUSE_RUNS ?? 3);
// A measure more than this much worse than the baseline's fails the benchmark.
const TOLERANCE = 1.15;
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const quantile = (xs, q) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(q * xs.length))];
const p95 = (xs) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.ceil(xs.length * 0.95) - 1)];

async function once(browser, base) {
  const context = await browser.newContext(PROFILE.context);
  const page = await context.newPage();
  await page.addInitScript(() => {
    // Keep the wasm exports (memory) reachable for the memory reading.
    addEventListener("TrunkApplicationStarted", (e) => (window.__wasm = e.detail.wasm));
    // Layout shifts and long tasks from the start; the DOM's size when the page has loaded.
    window.__cls = 0;
    window.__long = [];
    new PerformanceObserver((l) => l.getEntries().forEach((e) => !e.hadRecentInput && (window.__cls += e.value))).observe({ type: "layout-shift", buffered: true });
    new PerformanceObserver((l) => l.getEntries().forEach((e) => window.__long.push([e.startTime, e.duration]))).observe({ type: "longtask", buffered: true });
    addEventListener("load", () => (window.__domAtLoad = document.getElementsByTagName("*").length));
  });
  const cdp = await context.newCDPSession(page);
  await throttle(cdp);
  // The page as a reader opens it: the prerendered explainer, which the app then hydrates.
  await page.goto(`${base}/`, { waitUntil: "load" });
  await page.waitForSelector("canvas[data-drawn-step]", { timeout: 60_000 });
  await page.waitForTimeout(1000);
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
          // Total blocking time as Lighthouse counts it: long tasks' time over 50 ms after the
          // first paint, here until the interactive chart has drawn and a second has passed.
          const tbt = window.__long.filter(([s]) => s >= fcp).reduce((sum, [, d]) => sum + Math.max(0, d - 50), 0);
          resolve({ fcp, lcp, figure, chart, wasm, tbt, cls: window.__cls, dom: window.__domAtLoad });
        }, 300);
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

const servers = [];
for (const [i, b] of builds.entries()) {
  b.port = 4190 + i;
  b.base = `http://127.0.0.1:${b.port}`;
  b.size = sizes(b.dist); // also compresses every file before the clock starts
  b.staticDom = domElements(b.dist);
  servers.push(await serve(b.dist, b.port));
  b.results = [];
}
const browser = await chromium.launch({
  executablePath: "/usr/bin/chromium",
  args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run"],
});
// Interleaved: this build, baseline, this build, … so slow spells of the machine hit both.
for (let r = 0; r < runs; r++) for (const b of builds) b.results.push(await once(browser, b.base));
await browser.close();
for (const b of builds) {
  const scores = [];
  for (let r = 0; r < LIGHTHOUSE_RUNS; r++) scores.push(await lighthouse(`${b.base}/`));
  b.lighthouse = scores;
}
servers.forEach((s) => s.close());

// Each timed measure, per run (its median over runs is the table's value).
const PER_RUN = {
  dom_elements_at_load: (r) => r.dom,
  fcp_ms: (r) => r.fcp,
  lcp_ms: (r) => r.lcp,
  first_chart_ms: (r) => r.figure,
  wasm_loaded_ms: (r) => r.wasm,
  interactive_chart_ms: (r) => r.chart,
  total_blocking_ms: (r) => r.tbt,
  cls: (r) => r.cls,
  step_latency_median_ms: (r) => median(r.latency),
  step_latency_p95_ms: (r) => p95(r.latency),
  redraw_median_ms: (r) => median(r.draw),
  transition_frame_median_ms: (r) => median(r.frames),
  transition_frame_p95_ms: (r) => p95(r.frames),
  memory_growth_bytes_1000_steps: (r) => r.memoryGrowth,
};
const summarize = (b) => {
  const lh = (key) => (b.lighthouse.length ? median(b.lighthouse.map((s) => s[key])) : NaN);
  return {
    wasm_brotli_bytes: b.size.byType.wasm.br,
    first_view_brotli_bytes: b.size.firstView.br,
    readable_brotli_bytes: b.size.readable.br,
    ...Object.fromEntries(Object.entries(PER_RUN).map(([key, f]) => [key, median(b.results.map(f))])),
    lighthouse_performance: lh("performance"),
    lighthouse_accessibility: lh("accessibility"),
    lighthouse_best_practices: lh("best-practices"),
    lighthouse_seo: lh("seo"),
  };
};
for (const b of builds) b.summary = summarize(b);
const [now, base] = builds;

const kb = (b) => `${(b / 1024).toFixed(1)} KB`;
const ms = (x) => `${x.toFixed(0)} ms`;
const ms1 = (x) => `${x.toFixed(1)} ms`;
// [label, key, format, target (a limit: lower is better), checked against the baseline]
const rows = [
  ["Wasm, brotli", "wasm_brotli_bytes", kb, 160 * 1024, true],
  ["First view interactive (page, JS, wasm), brotli", "first_view_brotli_bytes", kb, 200 * 1024, true],
  ["First view readable (page, first figure), brotli", "readable_brotli_bytes", kb, null, true],
  ["DOM elements at load", "dom_elements_at_load", (x) => String(x), 800, true],
  ["First contentful paint", "fcp_ms", ms, 600, true],
  ["Largest contentful paint", "lcp_ms", ms, 600, true],
  ["First chart picture (the prerendered figure)", "first_chart_ms", ms, 900, true],
  ["Wasm downloaded", "wasm_loaded_ms", ms, null, true],
  ["Interactive chart drawn on the canvas", "interactive_chart_ms", ms, 2000, true],
  ["Total blocking time (to the interactive chart)", "total_blocking_ms", ms, 200, true],
  ["Cumulative layout shift", "cls", (x) => x.toFixed(3), 0, false],
  ["Step change, key → frame painted: median", "step_latency_median_ms", ms1, null, false],
  ["Step change, key → frame painted: p95", "step_latency_p95_ms", ms1, 33, true],
  ["Transition frame draw: median", "transition_frame_median_ms", ms1, null, false],
  ["Transition frame draw: p95", "transition_frame_p95_ms", ms1, 8, false],
  ["Memory growth, 1,000 vs 10 step changes", "memory_growth_bytes_1000_steps", kb, 1024 * 1024, false],
];
const lhRows = [
  ["Lighthouse mobile: performance", "lighthouse_performance", 95],
  ["Lighthouse mobile: accessibility", "lighthouse_accessibility", 100],
  ["Lighthouse mobile: best practices", "lighthouse_best_practices", 100],
  ["Lighthouse mobile: SEO", "lighthouse_seo", 100],
];
const regressions = [];
const spread = [];
const lines = [];
const head = base ? "| measure | this build | baseline | ratio | target |" : "| measure | this build | target |";
lines.push(head, head.replace(/[^|]+/g, "---"));
for (const [label, key, fmt, target, checked] of rows) {
  const x = now.summary[key];
  const goal = target === null ? "" : `≤ ${fmt(target)} ${x <= target ? "✓" : "✗"}`;
  if (!base) {
    lines.push(`| ${label} | ${fmt(x)} | ${goal} |`);
    continue;
  }
  const y = base.summary[key];
  const ratio = y > 0 ? x / y : NaN;
  if (checked && ratio > TOLERANCE) {
    // Sizes and element counts are the same every run: the ratio decides. A timing regresses only
    // if the runs say so too: the middle halves of the two builds' runs do not overlap (this
    // machine's medians move by a fifth between runs of the same build, see README).
    const f = PER_RUN[key];
    const apart = !f || quantile(now.results.map(f), 0.25) > quantile(base.results.map(f), 0.75);
    const what = `${label}: ${fmt(x)} against ${fmt(y)} (× ${ratio.toFixed(2)})`;
    if (apart || key === "dom_elements_at_load") regressions.push(what);
    else spread.push(`${what}, but the two builds' runs overlap`);
  }
  lines.push(`| ${label} | ${fmt(x)} | ${fmt(y)} | ${Number.isFinite(ratio) ? ratio.toFixed(2) : "–"} | ${goal} |`);
}
for (const [label, key, target] of lhRows) {
  const x = now.summary[key];
  const goal = `≥ ${target} ${x >= target ? "✓" : "✗"}`;
  if (!base) lines.push(`| ${label} | ${x} | ${goal} |`);
  else {
    if (x < base.summary[key] - 5) regressions.push(`${label}: ${x} against ${base.summary[key]}`);
    lines.push(`| ${label} | ${x} | ${base.summary[key]} | ${(x / base.summary[key]).toFixed(2)} | ${goal} |`);
  }
}

const summary = {
  date: new Date().toISOString().slice(0, 10),
  machine: `${cpus().length} × ${cpus()[0]?.model ?? "cpu"}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, headless Chromium, Lighthouse mobile profile`,
  runs,
  lighthouse_runs: LIGHTHOUSE_RUNS,
  builds: Object.fromEntries(builds.map((b) => [b.name, { dist: b.dist, ...b.summary, static_dom_elements: b.staticDom }])),
  regressions,
  within_spread: spread,
};
mkdirSync(new URL("./results", import.meta.url), { recursive: true });
writeFileSync(new URL("./results/latest.json", import.meta.url), JSON.stringify({ summary, runs: Object.fromEntries(builds.map((b) => [b.name, { results: b.results, lighthouse: b.lighthouse }])) }, null, 1));

console.log(`\nMinsk Explainer benchmark, ${summary.date}; ${summary.machine}; median of ${runs} runs${base ? `, interleaved with the baseline (${base.dist})` : ""}; Lighthouse median of ${LIGHTHOUSE_RUNS}\n`);
console.log(lines.join("\n"));
if (spread.length) {
  console.log(`\nMore than ${Math.round((TOLERANCE - 1) * 100)}% worse by the median, within this machine's run-to-run spread (not a failure):`);
  for (const r of spread) console.log(`  ${r}`);
}
if (regressions.length) {
  console.error(`\n*** REGRESSION: ${regressions.length} measure(s) more than ${Math.round((TOLERANCE - 1) * 100)}% worse than the baseline ***`);
  for (const r of regressions) console.error(`  ${r}`);
  process.exit(1);
}
