// Embeds on real host pages served from another origin: pym.js (from npm), a Datawrapper-style
// listener, an amp-iframe-style listener, a hostile host, a dark host, and our own embed codes.
import { copyFileSync, mkdirSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { test, expect, story } from "../explainer-page.mjs";

const port = Number(process.env.E2E_PORT || 4173);
const app = `http://127.0.0.1:${port}`;
const host = `http://127.0.0.1:${port + 1}`;
const hostsDir = new URL("../hosts/", import.meta.url);
const ryanair = story.steps.findIndex((s) => s.slug === "ryanair");

test.beforeAll(() => {
  const pym = createRequire(import.meta.url).resolve("pym.js/dist/pym.v1.min.js");
  copyFileSync(pym, new URL("pym.v1.min.js", hostsDir));
  mkdirSync(new URL("generated/", hostsDir), { recursive: true });
});


/** The explainer's frame inside a host page, once its chart is drawn. */
async function explainerFrame(page) {
  await expect.poll(() => page.frames().some((f) => f.url().startsWith(app))).toBe(true);
  const frame = page.frames().find((f) => f.url().startsWith(app));
  await frame.waitForSelector("canvas[data-drawn-step]");
  return frame;
}

const childHeight = (frame) => frame.evaluate(() => Math.ceil(document.documentElement.getBoundingClientRect().height));
const frameHeight = (page, selector = "iframe") => page.locator(selector).evaluate((f) => Math.round(f.getBoundingClientRect().height));

test("a pym.js host sizes the frame to the explainer and follows a width change", async ({ reader, page, isMobile }) => {
  await page.goto(`${host}/pym.html?src=${encodeURIComponent(`${app}/?embed=1&step=ryanair`)}`);
  const frame = await explainerFrame(page);
  await expect.poll(async () => Math.abs((await frameHeight(page)) - (await childHeight(frame)))).toBeLessThanOrEqual(2);
  expect(frame.url()).toContain("childId=story");
  test.skip(isMobile, "the width change is checked at desktop size");
  const wide = await frameHeight(page);
  await page.setViewportSize({ width: 600, height: 800 });
  await expect.poll(async () => Math.abs((await frameHeight(page)) - (await childHeight(frame)))).toBeLessThanOrEqual(2);
  expect(await frameHeight(page)).not.toBe(wide);
});

test("a Datawrapper-style host sizes the frame", async ({ reader, page }) => {
  await page.goto(`${host}/datawrapper.html?src=${encodeURIComponent(`${app}/?embed=1&step=a-sharp-fall`)}`);
  const frame = await explainerFrame(page);
  await expect.poll(async () => Math.abs((await frameHeight(page)) - (await childHeight(frame)))).toBeLessThanOrEqual(2);
  expect(await frameHeight(page)).toBeGreaterThan(400);
});

test("an amp-iframe-style host receives embed-size", async ({ reader, page }) => {
  await page.goto(`${host}/amp.html?src=${encodeURIComponent(`${app}/?embed=1&chart=gdp`)}`);
  const frame = await explainerFrame(page);
  await expect.poll(async () => Number(await page.locator("body").getAttribute("data-amp-height"))).toBe(await childHeight(frame));
});

test("garbage messages from a host change nothing", async ({ reader, page }) => {
  await page.goto(`${host}/garbage.html?src=${encodeURIComponent(`${app}/?embed=1&step=ryanair&childId=x1`)}`);
  const frame = await explainerFrame(page);
  const before = { url: frame.url(), heading: await frame.locator("#step-heading").textContent() };
  await page.evaluate(() => window.sendGarbage("x1"));
  await page.waitForTimeout(300);
  expect(frame.url()).toBe(before.url);
  expect(await frame.locator("#step-heading").textContent()).toBe(before.heading);
  expect(await frame.locator("#step-heading").textContent()).toBe(story.steps[ryanair].headline);
  expect(page.url()).toContain("/garbage.html");
});

test("on a dark host, theme=dark (and transparent=1) shows no light box", async ({ reader, page }) => {
  await page.goto(`${host}/dark.html?src=${encodeURIComponent(`${app}/?embed=1&step=a-sharp-fall&theme=dark&transparent=1`)}`);
  let frame = await explainerFrame(page);
  const look = () =>
    frame.evaluate(() => ({
      theme: document.documentElement.dataset.theme,
      scheme: getComputedStyle(document.documentElement).colorScheme,
      body: getComputedStyle(document.body).backgroundColor,
      card: getComputedStyle(document.querySelector(".chart")).backgroundColor,
    }));
  let seen = await look();
  expect(seen.theme).toBe("dark");
  expect(seen.scheme).toBe("dark");
  expect(seen.body).toBe("rgba(0, 0, 0, 0)");
  expect(seen.card).toBe("rgb(29, 32, 38)");
  await page.goto(`${host}/dark.html?src=${encodeURIComponent(`${app}/?embed=1&step=a-sharp-fall&theme=dark`)}`);
  frame = await explainerFrame(page);
  seen = await look();
  expect(seen.body).toBe("rgb(20, 22, 26)");
});

test("reader events reach a host only when it opts in", async ({ reader, page }) => {
  await page.goto(`${host}/amp.html?src=${encodeURIComponent(`${app}/?embed=1&step=ryanair&events=1`)}`);
  await page.evaluate(() => {
    window.events = [];
    window.addEventListener("message", (e) => e.data && e.data.source === "minsk-explainer" && window.events.push(e.data));
  });
  const frame = await explainerFrame(page);
  await frame.getByRole("button", { name: "Next", exact: true }).click();
  await expect.poll(() => page.evaluate(() => window.events.map((e) => `${e.type}:${e.detail.slug}`))).toEqual([`step:${story.steps[ryanair + 1].slug}`]);
});

test("every embed code, pasted into a blank page, shows the explainer at the right height", async ({ reader, page, context }) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  await reader.open("?step=ryanair");
  await page.getByRole("button", { name: "Embed" }).click();
  const dialog = page.getByRole("dialog", { name: "Embed this step" });
  const codes = await dialog.locator("pre code").allTextContents();
  expect(codes).toHaveLength(3);
  await dialog.getByRole("button", { name: "Copy pym.js code" }).click();
  await expect(dialog.getByRole("status")).toHaveText("Copied the pym.js code.");
  for (const [i, code] of codes.entries()) {
    expect(code).toContain("aria-label");
    expect(code).toContain('"lazy"');
    // The test machine has no internet: serve pym.js from the host itself.
    const local = code.replace("https://pym.nprapps.org/pym.v1.min.js", "../pym.v1.min.js");
    writeFileSync(new URL(`generated/snippet-${i}.html`, hostsDir), `<!doctype html><html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>Snippet ${i}</title></head><body style="margin:0">${local}</body></html>`);
    const hostPage = await context.newPage();
    await hostPage.goto(`${host}/generated/snippet-${i}.html`);
    const frame = await explainerFrame(hostPage);
    const iframe = hostPage.locator("iframe");
    await expect(iframe).toHaveAttribute("title", /What Washington Wants from Minsk/);
    await expect(iframe).toHaveAttribute("aria-label", /What Washington Wants from Minsk/);
    await expect(iframe).toHaveAttribute("loading", "lazy");
    expect(await frame.locator("#step-heading").textContent()).toBe(story.steps[ryanair].headline);
    if (i < 2) {
      await expect.poll(async () => Math.abs((await frameHeight(hostPage)) - (await childHeight(frame)))).toBeLessThanOrEqual(2);
    } else {
      expect(await frameHeight(hostPage)).toBe(900);
    }
    await hostPage.close();
  }
});

test("a single-chart embed shows one chart with caption, legend, source and data table", async ({ reader, page }) => {
  await reader.open("?embed=1&chart=sanctions");
  await expect(page.locator(".step")).toHaveCount(0);
  await expect(page.locator(".chart__caption")).toContainText("Rounds of sanctions on Belarus");
  await expect(page.getByRole("list", { name: "Legend" })).toBeVisible();
  await expect(page.locator(".chart__source")).toContainText("Sources:");
  await page.getByRole("button", { name: "Show data" }).click();
  expect(await page.locator("#chart-data tbody tr").count()).toBeGreaterThan(50);
  // A linked step of the same chart is used as is.
  await reader.open("?embed=1&chart=gdp&step=a-sharp-fall");
  await expect(page.locator(".chart__caption")).toContainText("2022 stands out");
});
