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
