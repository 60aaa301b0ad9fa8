// Where a cold load spends its main-thread time, from navigation until the interactive chart is
// drawn: a CPU profile (inclusive time per function, so "hydrate" or "decode" shows as one line)
// and the trace's top-level kinds (parse, style, layout, wasm compile), under the benchmark's
// network and CPU profile. `make profile` builds without wasm-opt, so wasm functions keep their
// names. Usage: node bench/profile-start.mjs [dist-dir] [runs]
import { chromium } from "@playwright/test";
import { serve } from "./serve.mjs";
import { PROFILE, throttle } from "./profile.mjs";

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
  await cdp.send("Profiler.enable");
  await cdp.send("Profiler.setSamplingInterval", { interval: 100 });
  await cdp.send("Profiler.start");
  const events = [];
  cdp.on("Tracing.dataCollected", (d) => events.push(...d.value));
  const traced = new Promise((r) => cdp.once("Tracing.tracingComplete", r));
  await cdp.send("Tracing.start", { categories: "toplevel,devtools.timeline,v8,disabled-by-default-devtools.timeline", transferMode: "ReportEvents" });
  await page.goto(`http://127.0.0.1:${port}/`, { waitUntil: "commit" });
  await page.waitForSelector("canvas[data-drawn-step]", { timeout: 120_000 });
  const { profile } = await cdp.send("Profiler.stop");
  await cdp.send("Tracing.end");
  await traced;
  await context.close();

  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map();
  for (const n of profile.nodes) for (const c of n.children || []) parent.set(c, n.id);
  const name = (f) => (f.functionName || "(anonymous)").replace(/::h[0-9a-f]{16}$/, "");
  profile.samples.forEach((id, i) => {
    const dt = (profile.timeDeltas[i] || 0) / 1000 / runs;
    const own = name(byId.get(id).callFrame);
    selfT.set(own, (selfT.get(own) || 0) + dt);
    const seen = new Set();
    for (let n = id; n !== undefined; n = parent.get(n)) {
      const fn = name(byId.get(n).callFrame);
      if (seen.has(fn)) continue;
      seen.add(fn);
      incl.set(fn, (incl.get(fn) || 0) + dt);
    }
  });
  // Long tasks (> 50 ms, what total blocking time counts) and what ran inside each one.
  const nav = events.find((e) => e.name === "navigationStart" || e.name === "NavigationBodyLoader::StartLoadingBody");
  const t0 = nav ? nav.ts : Math.min(...events.filter((e) => e.ts > 0).map((e) => e.ts));
  const main = events.find((e) => e.name === "ParseHTML");
  const long = events.filter((e) => main && e.pid === main.pid && e.tid === main.tid && e.name === "RunTask" && e.dur > 50_000);
  let at = profile.startTime;
  const stamps = profile.samples.map((id, i) => (at += profile.timeDeltas[i] || 0));
  for (const task of long) {
    const inside = new Map();
    profile.samples.forEach((id, i) => {
      if (stamps[i] < task.ts || stamps[i] > task.ts + task.dur) return;
      const seen = new Set();
      for (let n = id; n !== undefined; n = parent.get(n)) {
        const fn = name(byId.get(n).callFrame);
        if (seen.has(fn)) continue;
        seen.add(fn);
        inside.set(fn, (inside.get(fn) || 0) + (profile.timeDeltas[i] || 0) / 1000);
      }
    });
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
