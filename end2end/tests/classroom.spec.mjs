// For classrooms (issue 18): the key dates page (every dated event, sanctions round and release,
// filterable by kind without a script) and the questions for a class (students' and teachers'
// copies), reached from the explainer's footer, readable at any width and accessible.
import { readFileSync } from "node:fs";
import { test, expect, story } from "../explainer-page.mjs";
import { axeViolations } from "../axe.mjs";

// In story order, as the explainer lists them (questions on one step keep their written order).
const stepOf = (q) => story.steps.findIndex((s) => s.slug === q.step);
const questions = JSON.parse(readFileSync(new URL("../../content/questions.json", import.meta.url), "utf8"))
  .questions.sort((a, b) => stepOf(a) - stepOf(b));

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
    // The chart: a row of dots per kind, one dot per item, each naming its date.
    const chart = page.getByRole("img", { name: /^The key dates from \d{4} to \d{4}/ });
    await expect(chart).toBeVisible();
    await expect(chart.locator("circle")).toHaveCount(await page.locator("li.kd").count());
    const releaseDots = chart.locator("g.kd--release");
    await expect(releaseDots).toBeVisible();
    await box.uncheck();
    await expect(releases.first()).toBeHidden();
    await expect(releaseDots).toBeHidden();
    await expect(events.first()).toBeVisible();
    await box.check();
    await expect(releases.first()).toBeVisible();
    await expect(releaseDots).toBeVisible();
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

  test(`questions for a class, plain pages: the students' copy has no answers, the teachers' has them (${scheme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto("/questions.html");
    const items = page.locator("ol.questions > li");
    await expect(items).toHaveCount(questions.length);
    await expect(page.locator(".answer")).toHaveCount(0);
    await expect(page.getByText("Answer:")).toHaveCount(0);
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
    expect(await axeViolations(page)).toEqual([]);
    // Each question leads to its step in the explainer.
    expect(await items.first().getByRole("link").getAttribute("href")).toMatch(/^\.\/\?step=[a-z0-9-]+$/);
    await page.getByRole("link", { name: "questions-answers.html" }).click();
    await expect(page).toHaveURL(/\/questions-answers\.html$/);
    await expect(page.locator(".answer")).toHaveCount(questions.length);
    expect(await axeViolations(page)).toEqual([]);
  });

  test(`questions for a class in the app: the footer opens them, answers only in the teacher's view (${scheme})`, async ({ reader, page }) => {
    await page.emulateMedia({ colorScheme: scheme });
    await reader.open("");
    const footerLink = page.getByRole("link", { name: "Questions for a class" });
    await footerLink.focus();
    await page.keyboard.press("Enter");
    const dialog = page.getByRole("dialog", { name: "Questions for a class" });
    await expect(dialog).toBeVisible();
    await expect(page).not.toHaveURL(/questions\.html/);
    const items = dialog.locator("ol.questions > li");
    await expect(items).toHaveCount(questions.length);
    await expect(dialog.locator(".answer")).toHaveCount(0);
    expect(await axeViolations(page)).toEqual([]);
    // A question's step button takes the reader to the step that answers it.
    const index = stepOf(questions.at(-1));
    await items.last().getByRole("button", { name: story.steps[index].headline }).click();
    await expect(dialog).toBeHidden();
    await reader.expectStep(index);
    // The teacher's view: opened by the address, with every answer written out from the data.
    await reader.open("?answers=1&step=behind-bars");
    const teachers = page.getByRole("dialog", { name: "Questions for a class, with answers" });
    await expect(teachers).toBeVisible();
    await expect(teachers.locator(".answer")).toHaveCount(questions.length);
    await expect(teachers.locator(".answer").first()).not.toContainText("{");
    expect(await axeViolations(page)).toEqual([]);
    // Closing it keeps the reader where the address put them.
    await page.keyboard.press("Escape");
    await expect(teachers).toBeHidden();
    await expect(reader.heading).toHaveText(story.steps.find((s) => s.slug === "behind-bars").headline);
    expect(reader.problems).toEqual([]);
  });
}

test("the teacher's print handout ends with the questions and their answers", async ({ reader, page }, info) => {
  test.skip(info.project.name !== "desktop", "one handout is enough");
  await reader.open("?answers=1&step=behind-bars");
  await page.keyboard.press("Escape");
  await page.emulateMedia({ media: "print" });
  const section = page.locator(".handout section[aria-labelledby=h-questions]");
  await expect(section.getByRole("heading", { name: "Questions for a class, with answers" })).toBeAttached();
  await expect(section.locator("li.question")).toHaveCount(questions.length);
  await expect(section.locator(".answer")).toHaveCount(questions.length);
  // Each question's step link leads to that step in the handout.
  const href = await section.locator("li.question a").first().getAttribute("href");
  expect(href).toBe(`#h-${questions[0].step}`);
  await expect(page.locator(href)).toBeAttached();
  await page.emulateMedia({ media: "screen" });
});

test("the locator map: every mark is reached by keyboard, announced by name, with its source", async ({ reader, page }) => {
  const step = story.steps.findIndex((s) => s.slug === "a-launchpad-for-war");
  expect(story.steps[step].chart.chart).toBe("map");
  await reader.open(`?step=${story.steps[step].slug}`);
  // The outlines come with the sources' detail; the map is drawn again when they arrive.
  await expect(page.locator(".chart__static")).toHaveCount(0);
  await reader.canvas.focus();
  const live = page.locator(".chart [aria-live]");
  const heard = [];
  await page.keyboard.press("Home");
  for (let k = 0; k < 6; k++) {
    heard.push(await live.textContent());
    await page.keyboard.press("ArrowRight");
  }
  for (const name of ["Belarus–Poland border", "Belarus–Lithuania border", "Klaipėda", "Belarus–Ukraine border"]) {
    expect(heard.some((h) => h.includes(`${name}: `)), `${name} in ${heard.join(" | ")}`).toBe(true);
  }
  // West to east: the Polish border comes before the Ukrainian one's handle further east.
  await page.keyboard.press("End");
  await expect(live).toContainText("Belarus–Ukraine border: Russia's full-scale invasion");
  await expect(reader.tooltip).toContainText("Human Rights Watch");
  await expect(reader.canvas).toHaveAttribute("data-focus", "events:ev-2022-02-24");
  expect(reader.problems).toEqual([]);
});

for (const scheme of ["light", "dark"]) {
  test(`the map steps are axe-clean with the map drawn (${scheme})`, async ({ reader, page }) => {
    await page.emulateMedia({ colorScheme: scheme });
    for (const s of story.steps.filter((x) => x.chart.chart === "map")) {
      await reader.open(`?step=${s.slug}`);
      await expect(page.locator(".chart__static")).toHaveCount(0);
      await expect(page.locator("#chart-title")).toHaveText("Belarus and its neighbours");
      expect(await axeViolations(page)).toEqual([]);
    }
  });
}
