// Reading modes: scroll (the standalone default), step by step (keys, swipes), article view,
// motion and the print handout.
import { test, expect, story } from "../explainer-page.mjs";
import { execFileSync } from "node:child_process";

const total = story.steps.length;
const slugOf = (page) => new URL(page.url()).searchParams.get("step");
const current = (page) => page.locator(".scrolly > .step[aria-current=step]");

/** Scrolls as a reader would, until step `i`'s top reaches the reading zone (below a pinned chart). */
async function scrollToStep(page, i) {
  await page.evaluate((i) => {
    const step = document.querySelectorAll(".scrolly > .step")[i];
    const chart = document.getElementById("chart-pin").getBoundingClientRect();
    const pinned = chart.width > innerWidth * 0.7 ? chart.height : 0;
    window.scrollTo(0, step.getBoundingClientRect().top + scrollY - pinned - 16);
  }, i);
}

test("scroll mode: scrolling to each step makes it current, with its chart, and the URL follows without history entries", async ({ reader, page }) => {
  test.setTimeout(90_000);
  await reader.open("", { mode: null });
  await expect(page.locator(".scrolly > .step")).toHaveCount(total);
  const history = await page.evaluate(() => history.length);
  // Layout shifts while reading (scrolling is not one; a pinned chart changing height would be).
  await page.evaluate(() => {
    window.__shifts = [];
    new PerformanceObserver((l) => l.getEntries().forEach((e) => !e.hadRecentInput && window.__shifts.push(e.value))).observe({ type: "layout-shift" });
  });
  for (const i of [...Array(total).keys(), 3, 0]) {
    await scrollToStep(page, i);
    await expect(current(page)).toHaveAttribute("id", `step-${story.steps[i].slug}`);
    await expect(reader.canvas).toHaveAttribute("data-drawn-step", String(i));
    await expect.poll(() => slugOf(page)).toBe(story.steps[i].slug);
  }
  expect(await page.evaluate(() => history.length)).toBe(history);
  const shift = await page.evaluate(() => window.__shifts.reduce((a, b) => a + b, 0));
  expect(shift, "layout shift while scrolling through the story").toBeLessThan(0.001);
  // The chart stays pinned in view while the text scrolls.
  const box = await page.locator("#chart-pin").boundingBox();
  expect(box.y).toBeGreaterThanOrEqual(-1);
  expect(box.y).toBeLessThan(40);
});

for (const slug of [story.steps[1].slug, "a-sharp-fall", story.steps[total - 1].slug]) {
  test(`scroll mode: a deep link to ${slug} lands on its step and chart`, async ({ reader, page }) => {
    const i = story.steps.findIndex((s) => s.slug === slug);
    await reader.open(`?step=${slug}`, { mode: null });
    await expect(current(page)).toHaveAttribute("id", `step-${slug}`);
    await expect(reader.canvas).toHaveAttribute("data-drawn-step", String(i));
    const heading = page.locator(`#step-${slug}-heading`);
    await expect(heading).toBeInViewport();
    // It stays there: the observer agrees with the deep link.
    await page.waitForTimeout(400);
    expect(slugOf(page)).toBe(slug);
    await expect(reader.canvas).toHaveAttribute("data-drawn-step", String(i));
  });
}

test("scroll mode: the arrow keys scroll to the next and previous step", async ({ reader, page }) => {
  await reader.open("?step=behind-bars", { mode: null });
  const i = story.steps.findIndex((s) => s.slug === "behind-bars");
  await page.keyboard.press("ArrowRight");
  await expect(current(page)).toHaveAttribute("id", `step-${story.steps[i + 1].slug}`);
  await expect(page.locator(`#step-${story.steps[i + 1].slug}-heading`)).toBeInViewport();
  await expect(reader.canvas).toHaveAttribute("data-drawn-step", String(i + 1));
  await page.keyboard.press("ArrowLeft");
  await expect(current(page)).toHaveAttribute("id", `step-${story.steps[i].slug}`);
  await expect.poll(() => slugOf(page)).toBe(story.steps[i].slug);
});

test("scroll mode: from the keyboard, each step offers a jump to its chart", async ({ reader, page }) => {
  await reader.open("?step=behind-bars", { mode: null });
  const jump = page.locator("#step-behind-bars").getByRole("button", { name: "Explore this step's chart" });
  await jump.focus();
  await expect(jump).toBeVisible();
  await page.keyboard.press("Enter");
  await expect(reader.canvas).toBeFocused();
  await expect(current(page)).toHaveAttribute("id", "step-behind-bars");
  await expect(reader.canvas).toHaveAttribute("data-focus", /.+/);
});

test("the mode switch moves between scroll, step by step and article, keeping the step", async ({ reader, page }) => {
  await reader.open("?step=ryanair");
  // Pressed where they are (no scrolling first: in scroll mode, scrolling up to the title would
  // rightly make the first step current).
  const press = async (name) => {
    const button = page.locator(".masthead").getByRole("button", { name, exact: true });
    await button.dispatchEvent("click");
    await expect(button).toHaveAttribute("aria-pressed", "true");
  };
  await press("Scroll");
  await expect(current(page)).toHaveAttribute("id", "step-ryanair");
  await expect(page.locator("#step-ryanair-heading")).toBeInViewport();
  await expect.poll(() => new URL(page.url()).searchParams.get("mode")).toBe("scroll");
  await press("Article");
  await expect(page.locator(".article-step")).toHaveCount(total);
  await expect(page.locator("#a-ryanair")).toBeInViewport({ ratio: 0.01 });
  await press("Step by step");
  await expect(reader.heading).toHaveText(story.steps.find((s) => s.slug === "ryanair").headline);
  await expect.poll(() => new URL(page.url()).searchParams.get("mode")).toBe("steps");
  expect(slugOf(page)).toBe("ryanair");
});

test("step by step: Space, Shift+Space, End and Home", async ({ reader, page }) => {
  await reader.open("?step=behind-bars");
  const i = story.steps.findIndex((s) => s.slug === "behind-bars");
  await page.keyboard.press("Space");
  await reader.expectStep(i + 1);
  await page.keyboard.press("Shift+Space");
  await reader.expectStep(i);
  await page.keyboard.press("End");
  await reader.expectStep(total - 1);
  await page.keyboard.press("Home");
  await reader.expectStep(0);
});

test("step by step: a horizontal swipe moves to the next or previous step", async ({ reader, page, context }, info) => {
  test.skip(info.project.name !== "phone", "touch screens only");
  await reader.open("?step=behind-bars");
  const i = story.steps.findIndex((s) => s.slug === "behind-bars");
  const cdp = await context.newCDPSession(page);
  const box = await page.locator("#explainer").boundingBox();
  const y = Math.max(box.y, 0) + 200;
  const swipe = async (x0, x1) => {
    await cdp.send("Input.dispatchTouchEvent", { type: "touchStart", touchPoints: [{ x: x0, y }] });
    for (let k = 1; k <= 5; k++) {
      await cdp.send("Input.dispatchTouchEvent", { type: "touchMove", touchPoints: [{ x: x0 + ((x1 - x0) * k) / 5, y: y + k }] });
    }
    await cdp.send("Input.dispatchTouchEvent", { type: "touchEnd", touchPoints: [] });
  };
  // Also after switching modes (the swipe listeners follow the new box).
  await page.locator(".masthead").getByRole("button", { name: "Scroll", exact: true }).dispatchEvent("click");
  await expect(page.locator(".scrolly")).toBeVisible();
  await page.locator(".masthead").getByRole("button", { name: "Step by step", exact: true }).dispatchEvent("click");
  await reader.expectStep(i);
  await page.evaluate(() => document.getElementById("explainer").scrollIntoView());
  await swipe(320, 80);
  await reader.expectStep(i + 1);
  await swipe(80, 320);
  await reader.expectStep(i);
  // A vertical drag is scrolling, not a swipe.
  await cdp.send("Input.dispatchTouchEvent", { type: "touchStart", touchPoints: [{ x: 200, y: y + 150 }] });
  await cdp.send("Input.dispatchTouchEvent", { type: "touchMove", touchPoints: [{ x: 210, y: y - 50 }] });
  await cdp.send("Input.dispatchTouchEvent", { type: "touchEnd", touchPoints: [] });
  await page.waitForTimeout(200);
  await expect(reader.canvas).toHaveAttribute("data-drawn-step", String(i));
});

/** Presses → and reports whether the chart showed the new step's final frame within two frames. */
const finalAtOnce = (page) =>
  page.evaluate(async () => {
    const canvas = document.querySelector("canvas.chart__canvas");
    const before = Number(canvas.getAttribute("data-drawn-step"));
    canvas.removeAttribute("data-frame-ms");
    document.body.dispatchEvent(new KeyboardEvent("keydown", { key: "ArrowRight", bubbles: true }));
    await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
    return Number(canvas.getAttribute("data-drawn-step")) === before + 1;
  });

test("charts animate between steps, and reduced motion swaps straight to the final state", async ({ reader, page }) => {
  await reader.open("?step=behind-bars");
  // With motion: frames in between, then the final state.
  expect(await finalAtOnce(page)).toBe(false);
  await expect(reader.canvas).toHaveAttribute("data-frame-ms", /\d/);
  const frames = (await reader.canvas.getAttribute("data-frame-ms")).split(",").length;
  expect(frames).toBeGreaterThan(3);
  // The in-page toggle turns motion off...
  await page.getByRole("button", { name: "Reduce motion" }).click();
  await expect(page.getByRole("button", { name: "Reduce motion" })).toHaveAttribute("aria-pressed", "true");
  expect(await finalAtOnce(page)).toBe(true);
  expect(await reader.canvas.getAttribute("data-frame-ms")).toBeNull();
});

test("prefers-reduced-motion: the final frame at once, identical to the animated one", async ({ reader, page }) => {
  await page.emulateMedia({ reducedMotion: "reduce" });
  await reader.open("?step=behind-bars");
  await expect(page.getByRole("button", { name: "Reduce motion" })).toHaveAttribute("aria-pressed", "true");
  expect(await finalAtOnce(page)).toBe(true);
  expect(await reader.canvas.getAttribute("data-frame-ms")).toBeNull();
  const still = await reader.pixels();
  // The same step reached with motion ends on the same pixels.
  await page.emulateMedia({ reducedMotion: "no-preference" });
  await reader.open("?step=behind-bars");
  await expect(page.getByRole("button", { name: "Reduce motion" })).toHaveAttribute("aria-pressed", "false");
  expect(await finalAtOnce(page)).toBe(false);
  await expect(reader.canvas).toHaveAttribute("data-frame-ms", /\d/);
  expect(await reader.pixels()).toBe(still);
});

test("article view: every step's text followed by its chart as a static figure", async ({ reader, page }) => {
  await reader.open("?mode=article");
  await expect(page.locator(".article-step")).toHaveCount(total);
  await expect(page.locator(".article-step h2")).toHaveText(story.steps.map((s) => s.headline));
  await expect(page.locator(".static-chart__svg > svg")).toHaveCount(total);
  await expect(page.locator("canvas")).toHaveCount(0);
  // Figures are real charts: the GDP step draws the World Bank figure for 2022.
  await expect(page.locator("#a-a-sharp-fall .static-chart__svg > svg")).toContainText("−4.66%");
  await expect(page.locator("#a-ryanair .article-step__link")).toContainText("?step=ryanair");
  // The map's outlines come with the sources' detail; its figures are drawn again when they do.
  for (const slug of story.steps.filter((s) => s.chart.chart === "map").map((s) => s.slug)) {
    const map = page.locator(`#a-${slug} .static-chart__svg > svg`);
    await expect(map).not.toContainText("Loading the map");
    await expect(map).toContainText("Minsk");
  }
});

test("article view: figures are redrawn for a new window width, not for a new height", async ({ reader, page }, info) => {
  test.skip(info.project.name !== "desktop", "resizes a desktop window");
  await reader.open("?mode=article");
  const figure = page.locator("#a-a-sharp-fall .static-chart__svg > svg");
  await expect(figure).toHaveAttribute("width", "760");
  await figure.evaluate((svg) => (svg.dataset.test = "kept"));
  // Only the height changes (as when a phone's address bar hides): the same drawing stays.
  await page.setViewportSize({ width: 1440, height: 700 });
  await page.waitForTimeout(400);
  await expect(page.locator("#a-a-sharp-fall .static-chart__svg > svg[data-test=kept]")).toHaveCount(1);
  // A narrower window: drawn again at its width (window minus margins), labels and all.
  await page.setViewportSize({ width: 500, height: 700 });
  await expect(figure).toHaveAttribute("width", "452");
  await expect(figure).toContainText("−4.66%");
});

test("article view: a deep link scrolls to its step", async ({ reader, page }) => {
  await reader.open("?mode=article&step=a-sharp-fall");
  await expect(page.locator("#a-a-sharp-fall-heading")).toBeInViewport();
});

test("print: a clean handout with every step, its figure, sources and address, and no controls", async ({ reader, page, browserName }, info) => {
  test.skip(info.project.name !== "desktop", "one PDF is enough");
  test.setTimeout(60_000);
  await reader.open("?step=ryanair", { mode: null });
  await page.emulateMedia({ media: "print" });
  await expect(page.locator(".handout .static-chart__svg > svg")).toHaveCount(total);
  const path = info.outputPath("handout.pdf");
  await page.pdf({ path, format: "A4", printBackground: true });
  const text = execFileSync("pdftotext", ["-layout", path, "-"], { encoding: "utf8" }).replace(/\s+/g, " ");
  expect(text).toContain(story.title);
  expect(text).toContain("lawfaremedia.org/article/what-washington-wants-from-minsk");
  for (const s of story.steps) expect(text, s.slug).toContain(s.headline.replace(/\s+/g, " "));
  expect(text.match(/This step online:/g)).toHaveLength(total);
  // The glossary and who's who close the handout.
  expect(text).toContain("Glossary and who’s who");
  expect(text).toContain("Belaruskali");
  expect(text.match(/Sources /g)?.length ?? 0).toBeGreaterThanOrEqual(total);
  for (const chrome of ["Previous", "Next →", "Show data", "Download CSV", "Keyboard shortcuts", "Read as", "Reduce motion", "Copy link"]) {
    expect(text, chrome).not.toContain(chrome);
  }
  const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync("pdfinfo", [path], { encoding: "utf8" }))[1]);
  expect(pages).toBeGreaterThan(total / 2);
  await page.emulateMedia({ media: "screen" });
  await expect(page.locator(".handout")).toHaveCount(0);
});
