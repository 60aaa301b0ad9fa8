// Without JavaScript the page still says what it is, summarises the story and links the article.
import { test, expect } from "@playwright/test";
import { story } from "../explainer-page.mjs";

test.use({ javaScriptEnabled: false });

test("with JavaScript off: title, summary, article link and data, no errors", async ({ page }) => {
  const problems = [];
  page.on("console", (m) => (m.type() === "error" || m.type() === "warning") && problems.push(m.text()));
  await page.goto("/?step=ryanair");
  await expect(page.locator("h1")).toHaveText(story.title);
  await expect(page.locator("#prelude")).toContainText("sanctions relief in return for freeing political prisoners");
  await expect(page.getByText(/needs JavaScript/)).toBeVisible();
  await expect(page.locator("#prelude-status")).toHaveText("");
  await expect(page.getByRole("link", { name: /^Read “What Washington Wants from Minsk”/ })).toHaveAttribute("href", story.article.url);
  await expect(page.getByRole("link", { name: "sanctions", exact: true })).toHaveAttribute("href", "data/sanctions.json");
  expect(problems).toEqual([]);
});

test("with JavaScript off: the whole story, every step with its static chart and a link to it", async ({ page }) => {
  const problems = [];
  page.on("console", (m) => (m.type() === "error" || m.type() === "warning") && problems.push(m.text()));
  await page.goto("/");
  await expect(page.locator(".static-step h2")).toHaveText(story.steps.map((s) => s.headline));
  const charts = page.locator(".static-step__figure img");
  await expect(charts).toHaveCount(story.steps.length);
  for (const img of await charts.all()) {
    await img.scrollIntoViewIfNeeded();
    await expect(img).toHaveAttribute("src", /^figures\/[a-z0-9-]+\.svg$/);
    await expect(img).toHaveAttribute("alt", /^Chart: /);
    await expect.poll(() => img.evaluate((el) => el.complete && el.naturalWidth)).toBeGreaterThan(0);
  }
  await expect(page.locator("#s-a-sharp-fall")).toContainText("\u22124.66%");
  await expect(page.locator("#s-ryanair").getByRole("link", { name: "This step in the interactive explainer" })).toHaveAttribute("href", "?step=ryanair");
  expect(problems).toEqual([]);
});

test.describe("with JavaScript on", () => {
  test.use({ javaScriptEnabled: true });
  test("the static story stays hidden and its figures are never downloaded", async ({ page }) => {
    const figures = [];
    page.on("request", (r) => r.url().includes("/figures/") && figures.push(r.url()));
    await page.goto("/?mode=steps");
    await expect(page.locator("canvas.chart__canvas")).toHaveAttribute("data-drawn-step", /\d+/);
    await page.mouse.wheel(0, 3000);
    await page.waitForTimeout(300);
    await expect(page.locator(".static-step")).toHaveCount(0);
    expect(figures).toEqual([]);
  });
});

test.describe("with WebAssembly blocked", () => {
  test.use({ javaScriptEnabled: true });
  test("the summary and article link stay, and the page says the app could not start", async ({ page }) => {
    test.setTimeout(40_000);
    await page.route(/\.wasm$/, (route) => route.abort());
    await page.goto("/");
    await expect(page.locator("h1")).toHaveText(story.title);
    await expect(page.getByRole("link", { name: /^Read “What Washington Wants from Minsk”/ })).toHaveAttribute("href", story.article.url);
    await expect(page.locator("#prelude-status")).toHaveText(/could not start/, { timeout: 25_000 });
    // Then the static story shows, so the reader still gets the whole explainer.
    await expect(page.locator(".static-step h2").first()).toBeVisible();
  });
});
