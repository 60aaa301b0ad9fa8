// The benchmark's device and network: Lighthouse's mobile profile (Moto G Power class), one place
// for every script that measures (bench, waterfall, profile).
export const PROFILE = {
  context: { viewport: { width: 412, height: 823 }, deviceScaleFactor: 1.75, isMobile: true, hasTouch: true },
  latencyMs: 150,
  downBytesPerSec: (1.6 * 1024 * 1024) / 8,
  upBytesPerSec: (750 * 1024) / 8,
  cpuSlowdown: 4,
};

/** Applies the profile's network and CPU throttling to a page's CDP session, with the cache off. */
export async function throttle(cdp) {
  await cdp.send("Network.enable");
  await cdp.send("Network.setCacheDisabled", { cacheDisabled: true });
  await cdp.send("Network.emulateNetworkConditions", {
    offline: false,
    latency: PROFILE.latencyMs,
    downloadThroughput: PROFILE.downBytesPerSec,
    uploadThroughput: PROFILE.upBytesPerSec,
  });
  await cdp.send("Emulation.setCPUThrottlingRate", { rate: PROFILE.cpuSlowdown });
}

/**
 * Starts a sampled CPU profile (every 100 µs) and a trace of `categories` on a page's CDP
 * session. Returns `stop`, which ends both and resolves to `{ profile, events }`.
 */
export async function record(cdp, categories) {
  await cdp.send("Profiler.enable");
  await cdp.send("Profiler.setSamplingInterval", { interval: 100 });
  await cdp.send("Profiler.start");
  const events = [];
  cdp.on("Tracing.dataCollected", (d) => events.push(...d.value));
  const traced = new Promise((r) => cdp.once("Tracing.tracingComplete", r));
  await cdp.send("Tracing.start", { categories, transferMode: "ReportEvents" });
  return async () => {
    const { profile } = await cdp.send("Profiler.stop");
    await cdp.send("Tracing.end");
    await traced;
    return { profile, events };
  };
}

/**
 * A CPU profile's samples: when each was taken (`at`, µs on the trace's clock), how long it
 * stands for (`ms`), the function it was in (`own`) and every function on its stack, each once
 * (`stack`, for inclusive time). Rust names lose their `::h<hash>` suffix.
 */
export function samples(profile) {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map();
  for (const n of profile.nodes) for (const c of n.children || []) parent.set(c, n.id);
  const name = (id) => (byId.get(id).callFrame.functionName || "(anonymous)").replace(/::h[0-9a-f]{16}$/, "");
  let at = profile.startTime;
  return profile.samples.map((id, i) => {
    at += profile.timeDeltas[i] || 0;
    const stack = new Set();
    for (let n = id; n !== undefined; n = parent.get(n)) stack.add(name(n));
    return { at, ms: (profile.timeDeltas[i] || 0) / 1000, own: name(id), stack };
  });
}
