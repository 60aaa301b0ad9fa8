// Step changes only, for two builds, interleaved: the benchmark's step measure with more samples,
// to tell a real change in step latency from the run-to-run spread (a p95 of 20 presses is one
// press). Usage: node bench/step-compare.mjs <rounds> <dist-a> <dist-b>
import { chromium } from "@playwright/test";
import { serve } from "./serve.mjs";
import { stepChanges } from "./step-changes.mjs";
import { PROFILE } from "./profile.mjs";

const [rounds, ...dists] = [Number(process.argv[2] || 5), process.argv[3], process.argv[4]];
const servers = await Promise.all(dists.map((d, i) => serve(d, 4300 + i)));
const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--no-sandbox", "--disable-gpu"] });
const latency = dists.map(() => []);
for (let r = 0; r < rounds; r++) {
  for (let i = 0; i < dists.length; i++) {
    const context = await browser.newContext(PROFILE.context);
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await page.goto(`http://127.0.0.1:${4300 + i}/?mode=steps`);
    await page.waitForSelector("canvas[data-drawn-step]", { timeout: 60_000 });
    await page.waitForTimeout(300);
    await cdp.send("Emulation.setCPUThrottlingRate", { rate: PROFILE.cpuSlowdown });
    const { latency: l } = await page.evaluate(stepChanges, 20);
    latency[i].push(...l);
    await context.close();
  }
}
await browser.close();
servers.forEach((s) => s.close());
const q = (xs, p) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(p * xs.length))];
dists.forEach((d, i) =>
  console.log(`${d}: ${latency[i].length} presses, median ${q(latency[i], 0.5).toFixed(1)} ms, p75 ${q(latency[i], 0.75).toFixed(1)}, p95 ${q(latency[i], 0.95).toFixed(1)}`),
);
