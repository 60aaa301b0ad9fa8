// The offline classroom copy (issue 18, tools/classroom.py): one HTML file, opened from file://
// with the network off, works as the site does: every step and its chart, the article view with
// its sources, tables, downloads, the glossary and the questions. Nothing is asked of a network.
import { readFileSync, statSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { test, expect, story } from "../explainer-page.mjs";

const file = new URL("../../dist/minsk-explainer-offline.html", import.meta.url);
const total = story.steps.length;

test.describe("the offline copy", () => {
  test.beforeEach(async ({ context, page }, info) => {
    test.skip(info.project.name !== "desktop", "one browser size is enough for the file");
    await context.setOffline(true);
    await context.route(/^https?:/, (route) => route.abort());
    page.asked = [];
    page.on("request", (r) => page.asked.push(r.url()));
  });

  test.afterEach(async ({ page }) => {
    if (!page.asked) return; // skipped
    // Nothing from a network: only the file itself, what it unpacks (blob:) or carries (data:),
    // and the stand-in chart's picture, which the app asks of the file's folder before it draws.
    const copy = page.copy ?? file;
    const elsewhere = page.asked.filter(
      (url) => !/^(blob|data):/.test(url) && url.split(/[?#]/)[0] !== copy.href && !url.startsWith(new URL("figures/", file).href),
    );
    expect(elsewhere, "requests outside the file").toEqual([]);
  });

  test("is one file under 1.1 MB that walks every step with the network off", async ({ reader, page }) => {
    expect(statSync(fileURLToPath(file)).size).toBeLessThan(1_100_000);
    await page.goto(`${file.href}?mode=steps`);
    for (let i = 0; i < total; i++) {
      await expect(reader.heading).toHaveText(story.steps[i].headline);
      await expect(reader.canvas).toHaveAttribute("data-drawn-step", String(i));
      if (i + 1 < total) await reader.next.click();
    }
    // The address follows the reader in the file too, so a step can be bookmarked.
    await expect.poll(() => new URL(page.url()).searchParams.get("step")).toBe(story.steps[total - 1].slug);
    // The sources' detail comes from inside the file: a figure's card quotes its source.
    await page.goto(`${file.href}?mode=steps&step=behind-bars`);
    await page.locator(".figure", { hasText: "1,164" }).first().click();
    await expect(page.getByRole("complementary", { name: "Source of this figure" })).toContainText("Article’s claim");
  });

  test("reads as one article, whose links to the sources page stay in the file", async ({ reader, page }) => {
    await page.goto(`${file.href}?mode=article`);
    await expect(page.locator(".static-chart__svg > svg")).toHaveCount(total);
    // "Sources for every chart" (a page not in the file) opens the article view, sources under each figure.
    await page.goto(file.href);
    await page.getByRole("link", { name: "Sources for every chart" }).click();
    await expect(page).toHaveURL(/\?mode=article/);
    await expect(page.locator(".static-chart__svg > svg")).toHaveCount(total);
  });

  test("shows tables and downloads the data", async ({ reader, page }) => {
    await page.goto(`${file.href}?mode=steps&step=ryanair`);
    await page.getByRole("button", { name: "Show data" }).click();
    const rows = await page.locator("#chart-data tbody tr").count();
    expect(rows).toBeGreaterThan(3);
    const [csv] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Download CSV" }).click()]);
    expect(csv.suggestedFilename()).toBe("minsk-explainer-ryanair.csv");
    expect(readFileSync(await csv.path(), "utf8")).toContain("eu-2021-06-04");
    // The footer's data files, byte for byte the site's.
    const [json] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("link", { name: "Political prisoner counts (JSON)" }).click(),
    ]);
    expect(json.suggestedFilename()).toBe("minsk-explainer-prisoners.json");
    expect(readFileSync(await json.path())).toEqual(readFileSync(new URL("../../dist/data/prisoners.json", import.meta.url)));
  });

  test("opens the glossary, the questions and the key dates", async ({ reader, page }) => {
    await page.goto(`${file.href}?mode=steps&answers=1`);
    const questions = page.getByRole("dialog", { name: "Questions for a class, with answers" });
    await expect(questions.locator(".answer").first()).toBeVisible();
    await page.keyboard.press("Escape");
    await page.getByRole("button", { name: "Glossary" }).click();
    const glossary = page.getByRole("dialog", { name: "Glossary and who’s who" });
    await expect(glossary.locator(".glossary__entry").first()).toBeVisible();
    await page.keyboard.press("Escape");
    // A plain page carried in the file opens in a tab of its own (a blob: page may not link to
    // a file:// address, so its steps are named, not linked), and the explainer stays open.
    const [keyDates] = await Promise.all([page.context().waitForEvent("page"), page.getByRole("link", { name: "Key dates" }).click()]);
    await expect(keyDates.locator("h1")).toHaveText("Key dates");
    await expect(keyDates.locator("li.kd").first()).toBeVisible();
    await expect(keyDates.getByText(/In the explainer: step \d+/).first()).toBeVisible();
    await expect(keyDates.locator('a[href^="./"], a[href^="file:"]')).toHaveCount(0);
    await expect(reader.canvas).toHaveAttribute("data-drawn-step", "0");
  });

  test("each edition has its own copy, in its language, its words and pages inside", async ({ reader, page }) => {
    const copy = new URL("../../dist/ru/minsk-explainer-offline.html", import.meta.url);
    page.copy = copy;
    expect(statSync(fileURLToPath(copy)).size).toBeLessThan(1_100_000);
    const ru = JSON.parse(readFileSync(new URL("../../content/i18n/ru.json", import.meta.url), "utf8"));
    const at = story.steps.findIndex((s) => s.slug === "behind-bars");
    await page.goto(`${copy.href}?mode=steps&step=behind-bars`);
    await expect(page.locator("html")).toHaveAttribute("lang", "ru");
    await expect(reader.heading).toHaveText(ru.story[story.steps[at].headline]);
    await expect(reader.canvas).toHaveAttribute("data-drawn-step", String(at));
    await page.getByRole("button", { name: ru.ui["Next"], exact: true }).click();
    await expect(reader.heading).toHaveText(ru.story[story.steps[at + 1].headline]);
    await expect(reader.canvas).toHaveAttribute("data-drawn-step", String(at + 1));
    // The other editions are not in the file: no switch offers them.
    await expect(page.locator("nav.editions")).toBeHidden();
    // The footer's offline link keeps this very file, and its plain pages are the edition's.
    await expect(page.getByRole("link", { name: ru.ui["Download for offline use"] })).toHaveAttribute("href", "minsk-explainer-offline.html");
    const [keyDates] = await Promise.all([page.context().waitForEvent("page"), page.getByRole("link", { name: ru.ui["Key dates"], exact: true }).click()]);
    await expect(keyDates.locator("html")).toHaveAttribute("lang", "ru");
    await expect(keyDates.locator("h1")).toHaveText(ru.ui["Key dates"]);
    // The sources' detail and its words come from inside the file: a figure's card, in Russian.
    await page.goto(`${copy.href}?mode=steps&step=behind-bars`);
    await page.locator(".figure").first().click();
    await expect(page.getByRole("complementary", { name: ru.ui["Source of this figure"] })).toBeVisible();
    expect(reader.problems).toEqual([]);
  });
});
