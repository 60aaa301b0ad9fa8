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
  await expect(page.getByRole("link", { name: /What Washington Wants from Minsk/ })).toHaveAttribute("href", story.article.url);
  await expect(page.getByRole("link", { name: "sanctions" })).toHaveAttribute("href", "data/sanctions.json");
  expect(problems).toEqual([]);
});

test.describe("with WebAssembly blocked", () => {
  test.use({ javaScriptEnabled: true });
  test("the summary and article link stay, and the page says the app could not start", async ({ page }) => {
    test.setTimeout(40_000);
    await page.route(/\.wasm$/, (route) => route.abort());
    await page.goto("/");
    await expect(page.locator("h1")).toHaveText(story.title);
    await expect(page.getByRole("link", { name: /What Washington Wants from Minsk/ })).toHaveAttribute("href", story.article.url);
    await expect(page.locator("#prelude-status")).toHaveText(/could not start/, { timeout: 25_000 });
  });
});
