import { test, expect, story } from "../explainer-page.mjs";

const total = story.steps.length;

test("title screen names the article, author and date and links to the original", async ({ reader, page }) => {
  await reader.open();
  await expect(page.locator("h1")).toHaveCount(1);
  await expect(page.locator("main")).toHaveCount(1);
  await expect(page.locator("h1")).toHaveText(story.title);
  const source = page.locator(".masthead__article");
  await expect(source).toContainText(story.article.title);
  await expect(source).toContainText(story.article.author);
  await expect(source).toContainText("22 July 2025");
  const link = page.getByRole("link", { name: /Read the original on Lawfare/ });
  await expect(link).toHaveAttribute("href", story.article.url);
  await expect(page).toHaveTitle(/What Washington Wants from Minsk/);
});

test("Next walks through every step, updating text, URL, progress and chart", async ({ reader }) => {
  await reader.open();
  await reader.expectStep(0);
  await expect(reader.prev).toBeDisabled();
  let before = await reader.pixels();
  for (let i = 1; i < total; i++) {
    await reader.next.click();
    await reader.expectStep(i);
    await expect(reader.page.locator(".stepper__label")).toHaveText(`Step ${i + 1} of ${total}`);
    const after = await reader.pixels();
    expect(after, `chart changes from step ${i} to ${i + 1}`).not.toEqual(before);
    before = after;
  }
  await expect(reader.next).toBeDisabled();
  await reader.prev.click();
  await reader.expectStep(total - 2);
});

test("arrow keys move between steps", async ({ reader, page }) => {
  await reader.open();
  for (let i = 0; i < 3; i++) await page.keyboard.press("ArrowRight");
  await reader.expectStep(3);
  await page.keyboard.press("ArrowLeft");
  await reader.expectStep(2);
  await page.keyboard.press("ArrowLeft");
  await page.keyboard.press("ArrowLeft");
  await page.keyboard.press("ArrowLeft");
  await reader.expectStep(0);
});

test("deep links open their step by slug or number", async ({ reader }) => {
  await reader.open("?step=ryanair");
  await reader.expectStep(story.steps.findIndex((s) => s.slug === "ryanair"));
  await reader.open("?step=5");
  await reader.expectStep(4);
  await reader.open(`?embed=1&step=${story.steps[total - 1].slug}`);
  await reader.expectStep(total - 1);
  expect(reader.page.url()).toContain("embed=1");
});

test("a deep link scrolls past the title screen to its step", async ({ reader, page }) => {
  await reader.open("?step=behind-bars");
  await expect(reader.heading).toBeInViewport();
  await reader.open();
  await expect(page.locator("h1")).toBeInViewport();
});

test("unknown or malformed step values fall back to the first step without errors", async ({ reader }) => {
  for (const q of ["?step=nope", "?step=0", "?step=999", "?step=-2", "?step=%zz", "?step=%3Cscript%3Ealert(1)%3C/script%3E", `?step=${"9".repeat(5000)}`]) {
    await reader.open(q);
    await reader.expectStep(0);
  }
});

test("the progress bar (or, on phones, the jump menu) goes to any step", async ({ reader, page, isMobile }) => {
  await reader.open();
  const target = 14;
  if (isMobile) {
    await page.getByRole("combobox", { name: "Jump to step" }).selectOption(String(target));
    await reader.expectStep(target);
    await expect(page.getByRole("combobox", { name: "Jump to step" })).toHaveValue(String(target));
  } else {
    await page.getByRole("button", { name: `Step ${target + 1}: ${story.steps[target].headline}` }).click();
    await reader.expectStep(target);
    await expect(page.locator('[aria-current="step"]')).toHaveAttribute("aria-label", `Step ${target + 1}: ${story.steps[target].headline}`);
  }
});

test("hovering or tapping a mark shows its value, date and source", async ({ reader, page, isMobile }) => {
  await reader.open("?step=a-sharp-fall");
  expect(await reader.hoverUntilTooltip({ tap: isMobile })).toBe(true);
  await expect(reader.tooltip.locator(".tooltip__value")).toHaveText(/%$/);
  await expect(reader.tooltip.locator(".tooltip__date")).toHaveText(/^\d{4}$/);
  await expect(reader.tooltip).toContainText("Source:");
  await expect(reader.tooltip.getByRole("link")).toHaveAttribute("href", /^https?:\/\//);
});

test("a figure in the text opens its source", async ({ reader, page }) => {
  await reader.open("?step=a-deal-in-minsk");
  const figure = page.locator(".figure").nth(1);
  await expect(figure).toHaveText("14");
  await figure.click();
  await expect(figure).toHaveAttribute("aria-expanded", "true");
  const note = page.getByRole("complementary", { name: "Source of this figure" });
  await expect(note).toContainText("14 released");
  await expect(note).toContainText("21 June 2025");
  await expect(note.getByRole("link")).toHaveAttribute("href", /^https?:\/\//);
  await note.getByRole("button", { name: "Close" }).click();
  await expect(note).toHaveCount(0);
});

test("layout: chart beside the text on desktop, above it on phones, no sideways scroll, crisp canvas", async ({ reader, page, isMobile }) => {
  await reader.open("?step=behind-bars");
  const chart = await page.locator(".chart").boundingBox();
  const text = await page.locator(".step").boundingBox();
  if (isMobile) {
    expect(chart.y + chart.height).toBeLessThanOrEqual(text.y);
  } else {
    expect(chart.x + chart.width).toBeLessThanOrEqual(text.x);
  }
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  const density = await reader.canvas.evaluate((c) => ({ ratio: c.width / c.clientWidth, dpr: window.devicePixelRatio }));
  expect(Math.abs(density.ratio - density.dpr)).toBeLessThan(0.05);
});

test("embed mode: no masthead or footer, a credit line linking the article and the full explainer", async ({ reader, page }) => {
  await reader.open("?embed=1&step=ryanair");
  await reader.expectStep(story.steps.findIndex((s) => s.slug === "ryanair"));
  await expect(page.locator(".masthead")).toHaveCount(0);
  await expect(page.locator("footer.site-footer")).toHaveCount(0);
  await expect(page.locator("h1")).toHaveCount(1);
  const credit = page.locator(".embed-credit");
  await expect(credit.getByRole("link", { name: story.article.title })).toHaveAttribute("href", story.article.url);
  const full = credit.getByRole("link", { name: "Open the full explainer" });
  await expect(full).toHaveAttribute("href", /\/\?step=ryanair$/);
  expect(page.url()).toContain("embed=1");
});

test("the chart's text grows with the reader's font size, and its marks still answer the pointer", async ({ reader, page }) => {
  await reader.open("?step=behind-bars");
  await expect(reader.canvas).toHaveAttribute("data-text-zoom", "1.00");
  // A reader whose browser text is 24 px instead of 16 (set here on the root, as that setting does).
  await page.evaluate(() => document.documentElement.style.setProperty("font-size", "24px"));
  const { width, height } = page.viewportSize();
  await page.setViewportSize({ width: width - 10, height });
  await expect(reader.canvas).toHaveAttribute("data-text-zoom", "1.50");
  expect(await reader.hoverUntilTooltip()).toBe(true);
});

test("the article view's figures grow with the reader's font size too", async ({ reader, page }) => {
  await reader.open("?mode=article");
  const figure = page.locator(".static-chart__svg svg").first();
  const drawnWidth = async () => Number((await figure.getAttribute("viewBox")).split(" ")[2]);
  const before = await drawnWidth();
  // How much larger than drawn the figure is shown (the column is about the width it was drawn for).
  const scale = async () => (await figure.boundingBox()).width / (await drawnWidth());
  const scaleBefore = await scale();
  await page.evaluate(() => document.documentElement.style.setProperty("font-size", "24px"));
  const { width, height } = page.viewportSize();
  await page.setViewportSize({ width: width - 10, height });
  // Drawn two thirds as wide and shown at the column's width: everything in it half as large again.
  await expect.poll(drawnWidth).toBeLessThan(before * 0.75);
  expect(await scale()).toBeGreaterThan(scaleBefore * 1.25);
  // Long source addresses wrap instead of widening the page.
  expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
});
