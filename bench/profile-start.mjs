// Where a cold load spends its main-thread time, from navigation until the interactive chart is
// drawn: a CPU profile (inclusive time per function, so "hydrate" or "decode" shows as one line)
// and the trace's top-level kinds (parse, style, layout, wasm compile), under the benchmark's
// network and CPU profile. `make profile` builds without wasm-opt, so wasm functions keep their
// names. Usage: node bench/profile-start.mjs [dist-dir] [runs]
import { chromium } from "@playwright/test";
import { serve } from "./serve.mjs";
import { PROFILE, record, samples, throttle } from "./profile.mjs";

const dist = process.argv[2] || new URL("../dist", import.meta.url).pathname;
const runs = Number(process.argv[3] || 3);
const port = 4192;
const server = await serve(dist, port);
const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--no-sandbox", "--disable-gpu"] });

const incl = new Map();
const tasks = [];
const selfT = new Map();
const kinds = new Map();
for (let run = 0; run < runs; run++) {
  const context = await browser.newContext(PROFILE.context);
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await throttle(cdp);
  const stop = await record(cdp, "toplevel,devtools.timeline,v8,disabled-by-default-devtools.timeline");
  await page.goto(`http://127.0.0.1:${port}/`, { waitUntil: "commit" });
  await page.waitForSelector("canvas[data-drawn-step]", { timeout: 120_000 });
  const { profile, events } = await stop();
  await context.close();

  const sampled = samples(profile);
  for (const { ms, own, stack } of sampled) {
    selfT.set(own, (selfT.get(own) || 0) + ms / runs);
    for (const fn of stack) incl.set(fn, (incl.get(fn) || 0) + ms / runs);
  }
  // Long tasks (> 50 ms, what total blocking time counts) and what ran inside each one.
  const nav = events.find((e) => e.name === "navigationStart" || e.name === "NavigationBodyLoader::StartLoadingBody");
  const t0 = nav ? nav.ts : Math.min(...events.filter((e) => e.ts > 0).map((e) => e.ts));
  const main = events.find((e) => e.name === "ParseHTML");
  const long = events.filter((e) => main && e.pid === main.pid && e.tid === main.tid && e.name === "RunTask" && e.dur > 50_000);
  for (const task of long) {
    const inside = new Map();
    for (const { at, ms, stack } of sampled) {
      if (at < task.ts || at > task.ts + task.dur) continue;
      for (const fn of stack) inside.set(fn, (inside.get(fn) || 0) + ms);
    }
    const kindsIn = new Map();
    for (const e of events) {
      if (e.ph !== "X" || !e.dur || e.pid !== task.pid || e.tid !== task.tid || e.ts < task.ts || e.ts > task.ts + task.dur) continue;
      if (["ParseHTML", "UpdateLayoutTree", "Layout", "Paint", "EvaluateScript", "FunctionCall", "v8.wasm.compiledModule", "RunMicrotasks", "FireAnimationFrame", "ResizeObserver"].includes(e.name)) kindsIn.set(e.name, (kindsIn.get(e.name) || 0) + e.dur / 1000);
    }
    const wasm = [...inside.entries()].filter(([n]) => /minsk_explainer|postcard|serde/.test(n)).sort((a, b) => b[1] - a[1]).slice(0, 40);
    tasks.push(`run ${run + 1}: task at ${((task.ts - t0) / 1000).toFixed(0)} ms, ${(task.dur / 1000).toFixed(0)} ms: ` +
      [...kindsIn.entries()].map(([k, v]) => `${k} ${v.toFixed(0)}`).join(", ") +
      (wasm.length ? "\n      " + wasm.map(([n, v]) => `${v.toFixed(0)} ${n.replace(/^minsk_explainer::/, "").slice(0, 70)}`).join("\n      ") : ""));
  }
  for (const e of events) {
    if (e.ph !== "X" || !e.dur) continue;
    if (!["ParseHTML", "UpdateLayoutTree", "Layout", "Paint", "PrePaint", "Layerize", "EvaluateScript", "FunctionCall", "RunMicrotasks", "v8.wasm.compiledModule", "v8.wasm.streamFromResponseCallback", "wasm.SyncInstantiate", "v8.wasm.instantiateModule", "CompileScript", "ParseAuthorStyleSheet", "Commit", "TimerFire", "FireAnimationFrame", "EventDispatch"].includes(e.name)) continue;
    kinds.set(e.name, (kinds.get(e.name) || 0) + e.dur / 1000 / runs);
  }
}
await browser.close();
server.close();

const skip = (n) => /^\((idle|program|root|garbage collector)\)$/.test(n);
console.log(`cold load → interactive chart, mean of ${runs} loads, ms at ${PROFILE.cpuSlowdown}× CPU slowdown`);
console.log("\nlong tasks (ms after navigation; inclusive wasm functions inside):");
for (const t of tasks) console.log(t);
console.log("\ntrace (main thread, nested events overlap):");
for (const [n, t] of [...kinds.entries()].sort((a, b) => b[1] - a[1])) console.log(t.toFixed(1).padStart(8), n);
console.log("\ninclusive time per function (once per sample):");
for (const [n, v] of [...incl.entries()].filter(([n]) => !skip(n)).sort((a, b) => b[1] - a[1]).slice(0, 90)) console.log(v.toFixed(1).padStart(8), n.slice(0, 170));
console.log("\nself time per function:");
for (const [n, v] of [...selfT.entries()].filter(([n]) => !/idle/.test(n)).sort((a, b) => b[1] - a[1]).slice(0, 40)) console.log(v.toFixed(1).padStart(8), n.slice(0, 170));
