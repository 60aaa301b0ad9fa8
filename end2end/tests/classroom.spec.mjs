// For classrooms (issue 18): the key dates page (every dated event, sanctions round and release,
// filterable by kind without a script) and the questions for a class (students' and teachers'
// copies), reached from the explainer's footer, readable at any width and accessible.
import { createRequire } from "node:module";
import { test, expect } from "../explainer-page.mjs";

const axePath = createRequire(import.meta.url).resolve("axe-core/axe.min.js");
test.use({ bypassCSP: true });

async function axeViolations(page) {
  await page.addScriptTag({ path: axePath });
  const result = await page.evaluate(() => window.axe.run(document, { resultTypes: ["violations"] }));
  return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
}

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
    expect(await axeViolations(page)).toEqual([]);
  });

  test(`questions for a class: the students' copy has no answers, the teachers' has them (${scheme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto("/");
    await page.getByRole("link", { name: "Questions for a class" }).click();
    await expect(page).toHaveURL(/\/questions\.html$/);
    const questions = page.locator("ol.questions > li");
    expect(await questions.count()).toBeGreaterThanOrEqual(10);
    await expect(page.locator(".answer")).toHaveCount(0);
    await expect(page.getByText("Answer:")).toHaveCount(0);
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
    expect(await axeViolations(page)).toEqual([]);
    // Each question leads to its step in the explainer.
    expect(await questions.first().getByRole("link").getAttribute("href")).toMatch(/^\.\/\?step=[a-z0-9-]+$/);
    await page.getByRole("link", { name: "questions-answers.html" }).click();
    await expect(page).toHaveURL(/\/questions-answers\.html$/);
    await expect(page.locator(".answer")).toHaveCount(await questions.count());
    expect(await axeViolations(page)).toEqual([]);
  });
}
