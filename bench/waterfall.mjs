// Where a cold load spends its time, under the benchmark's profile (Lighthouse mobile: 412×823 at
// DPR 1.75, 4× CPU, 150 ms RTT, 1.6 Mbps): every request (priority, start, end, bytes on the wire)
// and the main thread's long tasks with what filled them (parsing, style, layout, script, wasm
// compile), beside the paint milestones. Usage: node bench/waterfall.mjs [dist-dir] [path+query]
import { chromium } from "@playwright/test";
import { serve } from "./serve.mjs";
import { PROFILE, throttle } from "./profile.mjs";
import { sizes } from "./first-view.mjs";

const dist = process.argv[2] || new URL("../dist", import.meta.url).pathname;
const path = process.argv[3] || "/";
const port = 4192;
const server = await serve(dist, port);
// Compress every file before the clock starts (the server compresses once per file, as a CDN's cache would).
sizes(dist);
const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking"] });
const context = await browser.newContext(PROFILE.context);
const page = await context.newPage();
const cdp = await context.newCDPSession(page);
await throttle(cdp);
const requests = new Map();
cdp.on("Network.requestWillBeSent", (e) => requests.set(e.requestId, { url: e.request.url.replace(/^http:\/\/[^/]+\//, "/"), priority: e.request.initialPriority, start: e.timestamp }));
cdp.on("Network.responseReceived", (e) => requests.has(e.requestId) && (requests.get(e.requestId).firstByte = e.timestamp));
cdp.on("Network.loadingFinished", (e) => {
  const r = requests.get(e.requestId);
  if (r) Object.assign(r, { end: e.timestamp, bytes: e.encodedDataLength });
});
const events = [];
cdp.on("Tracing.dataCollected", (d) => events.push(...d.value));
const traced = new Promise((r) => cdp.once("Tracing.tracingComplete", r));
await cdp.send("Tracing.start", { categories: "toplevel,devtools.timeline,v8,v8.wasm,blink.user_timing,loading", transferMode: "ReportEvents" });
await page.goto(`http://127.0.0.1:${port}${path}`, { waitUntil: "load" });
await page.waitForSelector("canvas[data-drawn-step]", { timeout: 60_000 }).catch(() => {});
await page.waitForTimeout(500);
const marks = await page.evaluate(() => {
  const out = {};
  out.fcp = performance.getEntriesByName("first-contentful-paint")[0]?.startTime;
  for (const e of performance.getEntriesByType("mark")) out[e.name] = e.startTime;
  out.dom_elements = document.getElementsByTagName("*").length;
  return out;
});
await cdp.send("Tracing.end");
await traced;
await browser.close();
server.close();

// Times relative to the navigation's start (the first request).
const t0 = Math.min(...[...requests.values()].map((r) => r.start));
const ms = (t) => (t === undefined ? "    -" : String(Math.round((t - t0) * 1000)).padStart(5));
console.log("request                                              priority     start  bytes   end");
for (const r of [...requests.values()].sort((a, b) => a.start - b.start)) {
  console.log(`${r.url.slice(0, 52).padEnd(52)} ${String(r.priority).padEnd(10)} ${ms(r.start)} ${String(r.bytes ?? "-").padStart(7)} ${ms(r.end)}`);
}
console.log("\nmilestones (ms from navigation start):", JSON.stringify(marks, (k, v) => (typeof v === "number" ? Math.round(v) : v)));
// Main-thread tasks over 30 ms (trace time, so throttled), each with what filled it.
const mainTid = events.find((e) => e.name === "thread_name" && e.args?.name === "CrRendererMain" && events.some((x) => x.tid === e.tid && x.name === "ParseHTML"))?.tid;
const main = events.filter((e) => e.tid === mainTid && e.ph === "X");
const base = Math.min(...main.filter((e) => e.name === "ParseHTML").map((e) => e.ts));
const isTask = (e) => e.name === "ThreadControllerImpl::RunTask" || e.name === "RunTask";
const tasks = main.filter((e) => isTask(e) && e.dur > 30_000);
console.log(`\nmain-thread tasks over 30 ms (${tasks.length}): start (ms from the first HTML parse) +duration: the largest events inside`);
for (const t of tasks) {
  const inside = main
    .filter((e) => e !== t && !isTask(e) && e.ts >= t.ts && e.ts + e.dur <= t.ts + t.dur && e.dur > 5_000)
    .sort((a, b) => b.dur - a.dur)
    .slice(0, 4)
    .map((e) => `${e.name} ${Math.round(e.dur / 1000)}`);
  console.log(`  ${Math.round((t.ts - base) / 1000)} +${Math.round(t.dur / 1000)}: ${inside.join(", ")}`);
}
