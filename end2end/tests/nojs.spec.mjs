// Before and without the app: the built page is the explainer rendered at build time, readable as
// a plain article with a static chart per step when scripts are off or the app cannot start.
import { readFileSync } from "node:fs";
import { test, expect } from "@playwright/test";
import { story } from "../explainer-page.mjs";

test.use({ javaScriptEnabled: false });

function watch(page) {
  const problems = [];
  page.on("console", (m) => (m.type() === "error" || m.type() === "warning") && problems.push(m.text()));
  return problems;
}

test("with JavaScript off: title, intro, article link, what scripts add, and no dead controls", async ({ page }) => {
  const problems = watch(page);
  await page.goto("/?step=ryanair");
  await expect(page.locator("h1")).toHaveText(story.title);
  await expect(page.locator(".masthead__intro")).toBeVisible();
  await expect(page.getByText(/With JavaScript on, its charts are\s+interactive/)).toBeVisible();
  await expect(page.getByRole("link", { name: /^Read the original on/ })).toHaveAttribute("href", story.article.url);
  await expect(page.getByRole("link", { name: /Sanctions rounds \(JSON\)/ })).toHaveAttribute("href", "data/sanctions.json");
  // Buttons that need the app are not offered.
  await expect(page.getByRole("button", { name: "Next", exact: true })).toBeHidden();
  await expect(page.getByRole("button", { name: "Dark theme" })).toBeHidden();
  await expect(page.locator(".explainer__chart")).toBeHidden();
  expect(problems).toEqual([]);
});

test("with JavaScript off: every step with its heading, text and static SVG chart with sources", async ({ page }) => {
  const problems = watch(page);
  await page.goto("/");
  await expect(page.locator(".step--scroll h2")).toHaveText(story.steps.map((s) => s.headline));
  const charts = page.locator(".step-figure img");
  await expect(charts).toHaveCount(story.steps.length);
  for (const [i, img] of (await charts.all()).entries()) {
    await img.scrollIntoViewIfNeeded();
    await expect(img).toBeVisible();
    await expect(img).toHaveAttribute("src", `figures/${story.steps[i].slug}.svg`);
    await expect(img).toHaveAttribute("alt", /^Chart: /);
    await expect.poll(() => img.evaluate((el) => el.complete && el.naturalWidth)).toBeGreaterThan(0);
  }
  await expect(page.locator("#step-a-sharp-fall")).toContainText("\u22124.66%");
  // Each figure's sources are one link away, on a page of their own.
  const sources = page.locator("#step-a-sharp-fall .step-figure figcaption a");
  await expect(sources).toHaveText("Sources for this chart");
  await expect(sources).toHaveAttribute("href", "sources.html#step-a-sharp-fall");
  await sources.click();
  await expect(page).toHaveURL(/\/sources\.html#step-a-sharp-fall$/);
  const section = page.locator("#step-a-sharp-fall");
  await expect(section.locator("h2")).toContainText(story.steps.find((s) => s.slug === "a-sharp-fall").headline);
  await expect(section).toBeInViewport();
  await expect(section).toContainText("\u22124.66%");
  await expect(section.locator("a[href^='https://']").first()).toBeVisible();
  await section.getByRole("link", { name: "Open this step in the explainer" }).click();
  await expect(page).toHaveURL(/\?step=a-sharp-fall$/);
  expect(problems).toEqual([]);
});

test("with JavaScript off: the glossary and who's who, a page of its own, each entry leading to the steps that use it", async ({ page }) => {
  const glossary = JSON.parse(readFileSync(new URL("../../content/glossary.json", import.meta.url), "utf8"));
  const problems = watch(page);
  await page.goto("/");
  await page.getByRole("link", { name: "Glossary and who’s who" }).click();
  await expect(page).toHaveURL(/\/glossary\.html$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Glossary and who’s who");
  await expect(page.locator("dt")).toHaveCount(glossary.entries.length);
  const potash = glossary.entries.find((e) => e.slug === "potash");
  await expect(page.locator("#g-potash + dd")).toContainText(potash.text);
  await page.locator("#g-potash + dd .glossary__uses a").first().click();
  await expect(page).toHaveURL(/\/\?step=[a-z0-9-]+$/);
  const slug = new URL(page.url()).searchParams.get("step");
  await expect(page.locator(`#step-${slug} .term`, { hasText: /potash/i })).toHaveCount(1);
  expect(problems).toEqual([]);
});

test("with JavaScript off, the app's wasm is never downloaded (its preload is for scripting browsers)", async ({ page }) => {
  const wasm = [];
  page.on("request", (r) => r.url().endsWith(".wasm") && wasm.push(r.url()));
  await page.goto("/", { waitUntil: "load" });
  await page.waitForTimeout(500);
  expect(wasm).toEqual([]);
});

test.describe("with JavaScript on", () => {
  test.use({ javaScriptEnabled: true });
  test("only the chart box's stand-in figure is fetched, never the no-script ones", async ({ page }) => {
    const figures = [];
    page.on("request", (r) => r.url().includes("/figures/") && figures.push(new URL(r.url()).pathname));
    await page.goto("/");
    await expect(page.locator("canvas.chart__canvas")).toHaveAttribute("data-drawn-step", "0");
    await page.mouse.wheel(0, 6000);
    await page.waitForTimeout(400);
    await expect(page.locator(".step-figure").first()).toBeHidden();
    for (const f of figures) expect(f).toMatch(/^\/figures\/a-deal-in-minsk(-phone-box|-tablet-box|-desktop-box)?(-dark)?\.svg$/);
    // Once the canvas has drawn, the stand-in is gone from the box.
    await expect(page.locator(".chart__static")).toHaveCount(0);
  });
});

test.describe("before the app has started", () => {
  test.use({ javaScriptEnabled: true });
  for (const colorScheme of ["light", "dark"]) {
    test(`the chart box shows the first step's chart, drawn at build time, in the ${colorScheme} theme`, async ({ browser }) => {
      const page = await browser.newPage({ colorScheme });
      await page.route(/\.wasm$/, (route) => route.abort());
      await page.goto("/");
      const shown = page.locator(".chart__static img:visible");
      await expect(shown).toHaveCount(1);
      // Drawn at the chart box's size for phones and desktops, so the canvas replaces it in kind.
      const width = page.viewportSize().width;
      const size = width >= 900 ? "-desktop-box" : width <= 600 ? "-phone-box" : "-tablet-box";
      const suffix = colorScheme === "dark" ? "-dark" : "";
      await expect.poll(() => shown.evaluate((el) => el.currentSrc)).toMatch(new RegExp(`/figures/a-deal-in-minsk${size}${suffix}\\.svg$`));
      await expect.poll(() => shown.evaluate((el) => el.complete && el.naturalWidth)).toBeGreaterThan(0);
      await page.close();
    });
  }
  for (const [colorScheme, theme] of [["light", "dark"], ["dark", "light"]]) {
    test(`a theme forced by the address wins over the system's for the stand-in (${theme} on a ${colorScheme} system)`, async ({ browser }) => {
      const page = await browser.newPage({ colorScheme });
      await page.route(/\.wasm$/, (route) => route.abort());
      await page.goto(`/?theme=${theme}`);
      const shown = page.locator(".chart__static img");
      await expect.poll(() => shown.evaluate((el) => el.currentSrc)).toMatch(theme === "dark" ? /-dark\.svg$/ : /-box\.svg$/);
      await page.close();
    });
  }
  test("the stand-in is requested with the page, at high priority, and only one file of it", async ({ browser }) => {
    const page = await browser.newPage();
    const figures = [];
    page.on("request", (r) => r.url().includes("/figures/") && figures.push(new URL(r.url()).pathname));
    await page.route(/\.wasm$/, (route) => route.abort());
    await page.goto("/", { waitUntil: "load" });
    await expect(page.locator(".chart__static img")).toHaveAttribute("fetchpriority", "high");
    await expect(page.locator('link[rel="preload"][as="image"]')).toHaveCount(6);
    await page.waitForTimeout(300);
    expect(new Set(figures).size).toBe(1);
    await page.close();
  });
  // A preload nothing uses costs a request and, a few seconds after the load event, a console
  // warning (seen in CI: how soon depends on timing). A shared link to a later step, or a theme
  // forced against the system's (light here), shows another file than the head preloads.
  const showsPreloaded = ["", "?theme=light"];
  for (const query of [...showsPreloaded, "?step=ryanair", "?theme=dark", "?step=4&theme=light"]) {
    test(`the head preloads only the stand-in the page shows (${query || "no query"})`, async ({ browser }) => {
      const page = await browser.newPage({ colorScheme: "light" });
      await page.route(/\.wasm$/, (route) => route.abort());
      await page.goto(`/${query}`, { waitUntil: "load" });
      const shown = await page.locator(".chart__static img").evaluate((el) => new URL(el.currentSrc).pathname);
      const preloaded = await page.evaluate(() =>
        [...document.querySelectorAll('link[rel="preload"][as="image"]')]
          .filter((link) => matchMedia(link.media).matches)
          .map((link) => new URL(link.href).pathname),
      );
      expect(preloaded).toEqual(showsPreloaded.includes(query) ? [shown] : []);
      await page.close();
    });
  }
});

test.describe("with WebAssembly blocked", () => {
  test.use({ javaScriptEnabled: true });
  test("the page stays a readable article with static charts and says the app could not start", async ({ page }) => {
    test.setTimeout(40_000);
    await page.route(/\.wasm$/, (route) => route.abort());
    await page.goto("/");
    await expect(page.locator("h1")).toHaveText(story.title);
    await expect(page.getByRole("link", { name: /^Read the original on/ })).toHaveAttribute("href", story.article.url);
    await expect(page.locator("#boot-status")).toHaveText(/could not start/, { timeout: 25_000 });
    await expect(page.locator(".step-figure img").first()).toBeVisible();
    await expect(page.locator(".explainer__chart")).toBeHidden();
  });
});
