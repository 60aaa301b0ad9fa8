// The built page is the app rendered at build time; the browser app hydrates it (adopts its nodes)
// rather than replacing it. These checks keep the two from drifting apart.
import { test, expect } from "@playwright/test";
import { readdirSync } from "node:fs";
import { story } from "../explainer-page.mjs";

const last = story.steps.length - 1;

/** The app's DOM as a comparable tree: tags, attributes (timings left out, classes sorted),
 *  and text with adjacent nodes joined and whitespace collapsed. */
function snapshot() {
  const volatile = /^data-.*-ms$/;
  const walk = (el) => {
    const attrs = [...el.attributes]
      .filter((a) => !volatile.test(a.name))
      .map((a) => `${a.name}=${a.name === "class" ? a.value.split(/\s+/).filter(Boolean).sort().join(" ") : a.value}`)
      .sort();
    const kids = [];
    // A <noscript>'s content is for readers without scripts: here it is unparsed text in the
    // built page and empty in the app's own render.
    if (el.tagName === "NOSCRIPT") return ["noscript", attrs, kids];
    for (const n of el.childNodes) {
      if (n.nodeType === Node.TEXT_NODE) {
        if (typeof kids[kids.length - 1] === "string") kids[kids.length - 1] += n.data;
        else kids.push(n.data);
      } else if (n.nodeType === Node.ELEMENT_NODE) kids.push(walk(n));
    }
    const children = kids
      .map((k) => (typeof k === "string" ? k.replace(/\s+/g, " ") : k))
      .filter((k) => typeof k !== "string" || k.trim() !== "");
    return [el.tagName.toLowerCase(), attrs, children];
  };
  return walk(document.getElementById("app"));
}

async function settled(page, i) {
  const canvas = page.locator("canvas.chart__canvas");
  await expect(canvas).toHaveAttribute("data-drawn-step", String(i));
  await expect(canvas).toHaveAttribute("data-shown-step", String(i));
  await expect.poll(() => new URL(page.url()).searchParams.get("step") ?? story.steps[0].slug).toBe(story.steps[i].slug);
  await page.waitForTimeout(300);
}

/** Serves the built page (at `path`: an edition's is in its folder) with the prerendered app
 *  removed, so the browser renders it alone. */
async function withoutPrerender(page, path = "/") {
  await page.route((url) => url.pathname === path, async (route) => {
    const response = await route.fetch();
    const html = await response.text();
    const open = html.indexOf('<div id="app">') + '<div id="app">'.length;
    const close = html.lastIndexOf("</div>", html.indexOf('<p id="boot-status"'));
    expect(open).toBeGreaterThan(20);
    expect(close).toBeGreaterThan(open);
    await route.fulfill({ response, body: html.slice(0, open) + html.slice(close) });
  });
}

for (const [query, i] of [["", 0], ["?step=a-sharp-fall", story.steps.findIndex((s) => s.slug === "a-sharp-fall")], [`?step=${story.steps[last].slug}&theme=dark`, last]]) {
  test(`the hydrated page equals the app rendered in the browser alone (${query || "top"})`, async ({ browser }) => {
    const hydratedPage = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await hydratedPage.goto(`/${query}`);
    await settled(hydratedPage, i);
    const hydrated = await hydratedPage.evaluate(snapshot);

    const alonePage = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await withoutPrerender(alonePage);
    await alonePage.goto(`/${query}`);
    await settled(alonePage, i);
    const alone = await alonePage.evaluate(snapshot);
    // A sanity check that the comparison sees the page: every step heading is in it.
    expect(JSON.stringify(alone)).toContain(story.steps[last].headline);
    expect(hydrated).toEqual(alone);
  });
}

// Every edition's page: the build wrote it with the same tables the app formats with.
const editions = readdirSync(new URL("../../content/i18n/", import.meta.url)).map((f) => f.replace(/\.json$/, ""));
for (const code of editions) {
  test(`the ${code} edition hydrates to what the app renders alone`, async ({ browser }) => {
    const hydratedPage = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await hydratedPage.goto(`/${code}/`);
    await settled(hydratedPage, 0);
    const hydrated = await hydratedPage.evaluate(snapshot);
    const alonePage = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await withoutPrerender(alonePage, `/${code}/`);
    await alonePage.goto(`/${code}/`);
    await settled(alonePage, 0);
    const alone = await alonePage.evaluate(snapshot);
    expect(JSON.stringify(alone)).not.toContain(story.steps[last].headline);
    expect(hydrated).toEqual(alone);
  });
}

test("every deep-linked step hydrates the prerendered nodes without a warning or error", async ({ page }) => {
  test.setTimeout(90_000);
  const problems = [];
  page.on("console", (m) => (m.type() === "error" || m.type() === "warning") && problems.push(`${m.type()}: ${m.text()}`));
  page.on("pageerror", (e) => problems.push(`pageerror: ${e.message}`));
  // Tag the prerendered nodes before the app starts: hydration keeps them, a re-render would not.
  await page.addInitScript(() => {
    addEventListener("DOMContentLoaded", () => {
      document.querySelector("h1").dataset.testPrerendered = "";
      document.querySelector(".step--scroll:last-child h2").dataset.testPrerendered = "";
    });
  });
  for (const [i, s] of story.steps.entries()) {
    await page.goto(`/?step=${s.slug}`);
    await settled(page, i);
    await expect(page.locator("h1[data-test-prerendered]")).toHaveCount(1);
    await expect(page.locator(".step--scroll:last-child h2[data-test-prerendered]")).toHaveCount(1);
    await expect(page.locator(`#step-${s.slug}`)).toHaveAttribute("aria-current", "step");
  }
  expect(problems).toEqual([]);
});

for (const [device, viewport] of [["desktop", { width: 1280, height: 800 }], ["phone", { width: 390, height: 844 }]]) {
  test(`a link to a step opens at that step and its chart before the app has started, and stays there (${device})`, async ({ browser }) => {
    const page = await browser.newPage({ viewport, isMobile: device === "phone" });
    // A step whose chart differs from the first step's.
    const i = story.steps.findIndex((s) => s.slug === "a-sharp-fall");
    const slug = story.steps[i].slug;
    let release;
    const held = new Promise((resolve) => (release = resolve));
    await page.route(/\.wasm$/, async (route) => {
      await held;
      await route.continue();
    });
    await page.goto(`/?step=${slug}`);
    await expect(page.locator(`#step-${slug} h2`)).toBeInViewport();
    await expect(page.locator("#app")).toBeVisible();
    // The image is chosen (currentSrc set) once it starts loading.
    const shown = () => page.evaluate(() => document.querySelector(".chart__static img").currentSrc);
    await expect.poll(async () => new URL((await shown()) || "about:blank").pathname).toBe(`/figures/${slug}-${device}-box.svg`);
    const before = await page.evaluate(() => ({ y: scrollY, title: document.getElementById("chart-title").textContent }));
    expect(before.y).toBeGreaterThan(0);
    // The legend and source note are still the first step's: hidden (their space kept) until the
    // app draws this one.
    await expect(page.locator(".legend")).toBeHidden();
    await expect(page.locator(".chart__source")).toBeHidden();
    // The app, once started, shows the same step, chart title and place on the page.
    release();
    await settled(page, i);
    expect(await page.locator("#chart-title").textContent()).toBe(before.title);
    expect(Math.abs((await page.evaluate(() => scrollY)) - before.y)).toBeLessThanOrEqual(2);
    await expect(page.locator(".legend")).toBeVisible();
    await expect(page.locator(".chart__source")).toBeVisible();
    await page.close();
  });
}

test("a link to no step (or the first) opens at the top", async ({ page }) => {
  for (const step of ["no-such-step", "0", "99999", story.steps[0].slug]) {
    await page.goto(`/?step=${step}`);
    await expect(page.locator("#app")).toBeVisible();
    expect(await page.evaluate(() => scrollY)).toBe(0);
    await expect(page.locator("#chart-title")).toHaveText(/\S/);
  }
});

test("the app adopts the chart's stand-in picture as it is: no attribute rewritten, so it is fetched and drawn once", async ({ page }) => {
  // Setting an <img>'s src (even to the same address) makes the browser fetch, lay out and paint
  // the picture again, in the middle of the start-up (the benchmark's waterfall showed two fetches).
  await page.addInitScript(() => {
    window.__standInChanges = [];
    document.addEventListener("DOMContentLoaded", () => {
      new MutationObserver((records) => {
        for (const r of records) {
          const el = r.type === "attributes" ? r.target : null;
          if (el?.closest(".chart__static")) window.__standInChanges.push(`${el.tagName} ${r.attributeName}`);
          for (const n of r.addedNodes) if (n.nodeType === 1 && n.matches(".chart__static, .chart__static *")) window.__standInChanges.push(`added ${n.tagName}`);
        }
      }).observe(document.getElementById("app"), { childList: true, subtree: true, attributes: true, attributeFilter: ["src", "srcset", "media"] });
    });
  });
  await page.goto("/");
  await page.locator("canvas[data-drawn-step]").waitFor();
  await page.waitForTimeout(300);
  expect(await page.evaluate(() => window.__standInChanges)).toEqual([]);
});

test("another layout (step by step) replaces the prerendered page without showing it first", async ({ page }) => {
  await page.goto(`/?mode=steps&step=${story.steps[3].slug}`);
  await expect(page.locator("#step-heading")).toHaveText(story.steps[3].headline);
  await expect(page.locator(".step--scroll")).toHaveCount(0);
  await expect(page.locator("html")).not.toHaveClass(/wait-app/);
  await expect(page.locator("#app")).toBeVisible();
});

test("on a slow phone connection the story is painted before the app arrives, with no layout shift", async ({ browser }) => {
  test.setTimeout(90_000);
  const context = await browser.newContext({ viewport: { width: 412, height: 823 }, deviceScaleFactor: 1.75, isMobile: true, hasTouch: true });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  // The benchmark's mobile profile (Lighthouse): 150 ms round trips, 1.6 Mbps down, 4x CPU.
  await cdp.send("Network.enable");
  await cdp.send("Network.emulateNetworkConditions", { offline: false, latency: 150, downloadThroughput: (1.6 * 1024 * 1024) / 8, uploadThroughput: (750 * 1024) / 8 });
  await cdp.send("Emulation.setCPUThrottlingRate", { rate: 4 });
  await page.addInitScript(() => {
    window.__shifts = 0;
    window.__paints = {};
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) if (!e.hadRecentInput) window.__shifts += e.value;
    }).observe({ type: "layout-shift", buffered: true });
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) window.__paints[e.name || e.entryType] = e.startTime;
    }).observe({ type: "paint", buffered: true });
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) window.__paints.lcp = e.startTime;
    }).observe({ type: "largest-contentful-paint", buffered: true });
  });
  await page.goto("/");
  await expect(page.locator("canvas.chart__canvas")).toHaveAttribute("data-drawn-step", "0", { timeout: 60_000 });
  await page.waitForTimeout(1000);
  const m = await page.evaluate(() => ({
    shifts: window.__shifts,
    fcp: window.__paints["first-contentful-paint"],
    lcp: window.__paints.lcp,
    wasm: performance.getEntriesByType("resource").find((r) => r.name.endsWith(".wasm"))?.responseEnd,
  }));
  console.log(`throttled: FCP ${m.fcp?.toFixed(0)} ms, LCP ${m.lcp?.toFixed(0)} ms, wasm loaded ${m.wasm?.toFixed(0)} ms, CLS ${m.shifts}`);
  expect(m.wasm).toBeGreaterThan(0);
  expect(m.fcp).toBeLessThan(m.wasm);
  expect(m.lcp).toBeLessThan(m.wasm);
  expect(m.shifts).toBe(0);
  await context.close();
});
