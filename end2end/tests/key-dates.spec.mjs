// Key dates (issue 18): a plain page of every dated event, sanctions round and release, reached
// from the explainer's footer, filterable by kind without a script, and accessible.
import { createRequire } from "node:module";
import { test, expect } from "../explainer-page.mjs";

const axePath = createRequire(import.meta.url).resolve("axe-core/axe.min.js");
test.use({ bypassCSP: true });

for (const scheme of ["light", "dark"]) {
  test(`key dates: from the footer, filterable, readable at any width, axe-clean (${scheme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto("/");
    await page.getByRole("link", { name: "Key dates" }).click();
    await expect(page).toHaveURL(/\/key-dates\.html$/);
    await expect(page.locator("h1")).toHaveText("Key dates");
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
    const releases = page.locator("li.kd--release");
    const events = page.locator("li.kd--event");
    expect(await releases.count()).toBeGreaterThan(5);
    await expect(releases.first()).toBeVisible();
    // Unticking a kind hides its items and only those; ticking it again brings them back.
    const box = page.getByRole("checkbox", { name: /^Releases of prisoners/ });
    await box.uncheck();
    await expect(releases.first()).toBeHidden();
    await expect(events.first()).toBeVisible();
    await box.check();
    await expect(releases.first()).toBeVisible();
    // The keyboard alone works the filter.
    await page.getByRole("checkbox", { name: /^Events/ }).focus();
    await page.keyboard.press("Space");
    await expect(events.first()).toBeHidden();
    await page.keyboard.press("Space");
    // Each item leads back to the step that discusses it.
    const step = page.getByRole("link", { name: /^In the explainer: step \d+/ }).first();
    const href = await step.getAttribute("href");
    expect(href).toMatch(/^\.\/\?step=[a-z0-9-]+$/);
    await page.addScriptTag({ path: axePath });
    const result = await page.evaluate(() => window.axe.run(document, { resultTypes: ["violations"] }));
    expect(result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
  });
}
