// Where a step change spends its time: a CPU profile (self and inclusive time per function) and a
// trace (script, style, layout, paint) over 20 key-press step changes, step by step, at 4× CPU
// slowdown, the same presses as the benchmark. `make profile` builds without wasm-opt, so wasm
// functions keep their names. Usage: node bench/profile-steps.mjs [dist-dir]
import { chromium } from "@playwright/test";
import { serve } from "./serve.mjs";
import { stepChanges } from "./step-changes.mjs";
import { PROFILE, record, samples } from "./profile.mjs";

const dist = process.argv[2] || new URL("../dist", import.meta.url).pathname;
const port = 4191;
const server = await serve(dist, port);
const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--no-sandbox", "--disable-gpu"] });
const context = await browser.newContext(PROFILE.context);
const page = await context.newPage();
const cdp = await context.newCDPSession(page);
await page.goto(`http://127.0.0.1:${port}/?mode=steps`, { waitUntil: "load" });
await page.waitForSelector("canvas[data-drawn-step]", { timeout: 60_000 });
await page.waitForTimeout(500);
await cdp.send("Emulation.setCPUThrottlingRate", { rate: PROFILE.cpuSlowdown });
const stop = await record(cdp, "toplevel,blink.user_timing,devtools.timeline,disabled-by-default-devtools.timeline");
const { latency: measured } = await page.evaluate(stepChanges, 20);
const latency = measured.map(Math.round);
const { profile, events } = await stop();
await browser.close();
server.close();

console.log("latency ms:", latency.join(" "));
// Self time per function from the sampled profile.
const byId = new Map(profile.nodes.map((n) => [n.id, n]));
const self = new Map();
const dt = profile.timeDeltas;
profile.samples.forEach((id, i) => {
  const f = byId.get(id).callFrame;
  const name = `${f.functionName || "(anonymous)"} ${f.url.split("/").pop()}`;
  self.set(name, (self.get(name) || 0) + (dt[i] || 0) / 1000);
});
const top = [...self.entries()].filter(([n]) => !n.startsWith("(idle)")).sort((a, b) => b[1] - a[1]).slice(0, 40);
console.log("\nself time (ms, all 20 steps):");
for (const [n, t] of top) console.log(t.toFixed(1).padStart(8), n.slice(0, 150));
// Main-thread time by trace event (complete events), top-level kinds.
const kinds = new Map();
for (const e of events) {
  if (e.ph !== "X" || !e.dur) continue;
  if (!["RecalculateStyles", "UpdateLayoutTree", "Layout", "Paint", "PrePaint", "Layerize", "FunctionCall", "EventDispatch", "FireAnimationFrame", "TimerFire", "RunMicrotasks", "ParseHTML", "HitTest", "IntersectionObserverController::computeIntersections", "UpdateLayer", "Commit"].includes(e.name)) continue;
  kinds.set(e.name, (kinds.get(e.name) || 0) + e.dur / 1000);
}
console.log("\ntrace (ms, all 20 steps, nested events overlap):");
for (const [n, t] of [...kinds.entries()].sort((a, b) => b[1] - a[1])) console.log(t.toFixed(1).padStart(8), n);

// Per step: the main-thread work between the key press and the frame that shows the change.
const marks = events.filter((e) => e.cat.includes("user_timing") && /^step-\d+$/.test(e.name)).sort((a, b) => a.ts - b.ts);
const main = marks[0] && events.filter((e) => e.pid === marks[0].pid && e.tid === marks[0].tid);
console.log("\nper step (ms after the key press: name duration, main thread, until the frame after the change):");
marks.forEach((m, i) => {
  const end = m.ts + latency[i] * 1000;
  const inside = main.filter((e) => e.ph === "X" && e.ts >= m.ts - 1000 && e.ts <= end && e.dur > 300 && ["RunTask", "FireAnimationFrame", "UpdateLayoutTree", "Layout", "Paint", "PrePaint", "EventDispatch", "RunMicrotasks", "FunctionCall", "TimerFire", "Commit", "Layerize"].includes(e.name));
  console.log(`${latency[i]}:`, inside.map((e) => `${((e.ts - m.ts) / 1000).toFixed(1)}+${e.name}${(e.dur / 1000).toFixed(1)}`).join("  "));
});

// Self time inside those windows only (profile and trace share the monotonic clock, in µs).
const windows = marks.map((m, i) => [m.ts, m.ts + latency[i] * 1000]);
const inWin = new Map();
let t = profile.startTime;
profile.samples.forEach((id, i) => {
  t += dt[i] || 0;
  if (!windows.some(([a, b]) => t >= a && t <= b)) return;
  const f = byId.get(id).callFrame;
  const name = `${f.functionName || "(anonymous)"} ${f.url.split("/").pop()}`;
  inWin.set(name, (inWin.get(name) || 0) + (dt[i] || 0) / 1000);
});
console.log("\nself time within key press → frame windows (ms, all 20 steps):");
for (const [n, v] of [...inWin.entries()].filter(([n]) => !n.startsWith("(idle)")).sort((a, b) => b[1] - a[1]).slice(0, 45)) console.log(v.toFixed(1).padStart(8), n.slice(0, 150));

// Inclusive time within the windows: every function on the sampled stack (once per sample).
const incl = new Map();
for (const { at, ms, stack } of samples(profile)) {
  if (!windows.some(([a, b]) => at >= a && at <= b)) continue;
  for (const fn of stack) incl.set(fn, (incl.get(fn) || 0) + ms);
}
console.log("\ninclusive time within the windows (ms, all 20 steps):");
for (const [n, v] of [...incl.entries()].sort((a, b) => b[1] - a[1]).slice(0, 70)) console.log(v.toFixed(1).padStart(8), n.slice(0, 170));
