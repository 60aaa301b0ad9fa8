// Editions: each language's prerendered page, `?lang=` for embeds, the language switch, the
// browser's suggestion, and the strings a reader of each edition sees (numbers and dates in the
// language's own forms, quotes verbatim with the team's translation).
import { test, expect } from "@playwright/test";
import { readFileSync } from "node:fs";
import { story } from "../explainer-page.mjs";
import { axeViolations } from "../axe.mjs";

// axe is injected as an inline script, which the page's CSP rightly refuses.
test.use({ bypassCSP: true });

const catalog = (code) => JSON.parse(readFileSync(new URL(`../../content/i18n/${code}.json`, import.meta.url), "utf8"));
/** The editions this build publishes: every catalog in content/i18n. */
const editions = ["be", "ru", "uk", "pl", "lt", "de"].filter((code) => {
  try {
    catalog(code);
    return true;
  } catch {
    return false;
  }
});
const translate = (code, english) => catalog(code).story[english];
const problemsOf = (page) => {
  const problems = [];
  page.on("console", (m) => (m.type() === "error" || m.type() === "warning") && problems.push(`${m.type()}: ${m.text()}`));
  page.on("pageerror", (e) => problems.push(`pageerror: ${e.message}`));
  return problems;
};

for (const code of editions) {
  test(`the ${code} edition's page is in ${code}, hydrates and links every edition`, async ({ page }) => {
    const problems = problemsOf(page);
    await page.goto(`/${code}/`);
    await expect(page.locator("html")).toHaveAttribute("lang", code);
    await expect(page.locator("h1.masthead__title")).toHaveText(translate(code, story.title));
    // Its head: translated title, every edition as an alternate, itself as canonical.
    await expect(page).toHaveTitle(catalog(code).ui?.[story.title] ?? translate(code, story.title));
    const alternates = await page.locator('link[rel="alternate"][hreflang]').evaluateAll((ls) => ls.map((l) => l.hreflang));
    expect(alternates.sort()).toEqual(["en", "x-default", ...editions].sort());
    expect(await page.locator('link[rel="canonical"]').getAttribute("href")).toMatch(new RegExp(`/${code}/$`));
    // The app took over (the chart is drawn) with the page's own nodes, and nothing went wrong.
    await expect(page.locator("canvas.chart__canvas")).toHaveAttribute("data-drawn-step", "0");
    await expect(page.locator(`nav.editions a[hreflang="${code}"]`)).toHaveAttribute("aria-current", "page");
    await expect(page.locator(".editions__note")).toBeVisible();
    expect(problems).toEqual([]);
  });
}

test("a step's text, quote and numbers read in the edition's language", async ({ page }) => {
  const code = editions.includes("de") ? "de" : editions[0];
  const i = story.steps.findIndex((s) => s.quote);
  await page.goto(`/${code}/?step=${story.steps[i].slug}&mode=steps`);
  await expect(page.locator("#step-heading")).toHaveText(translate(code, story.steps[i].headline));
  // The quote stays verbatim, marked as English, with the team's translation after it.
  const quote = page.locator(".step__quote");
  await expect(quote).toHaveAttribute("lang", "en");
  await expect(quote).toContainText(story.steps[i].quote.text);
  await expect(page.locator(".step__quote + .quote-translation")).toContainText(translate(code, story.steps[i].quote.text));
  // "Step 3 of 24" in the language (the counter's words come from the catalog, never English).
  await expect(page.locator(".step__count").first()).not.toContainText("Step ");
});

test("source quotes stay verbatim, marked with their language, each with the team's translation", async ({ page }) => {
  const code = editions.includes("ru") ? "ru" : editions[0];
  const { ui } = catalog(code);
  // A quote's translation is in the catalog's quotes, or in its glossary when an entry quotes it too.
  const quotes = Object.assign({}, ...Object.values(catalog(code)));
  await page.goto(`/${code}/?step=behind-bars&mode=steps`);
  // A figure's source card: the quote as published, then ours.
  await page.locator("#main .step__body .figure").first().click();
  const quote = page.locator("#source-note .source-note__quote");
  await expect(quote).toBeVisible();
  const verbatim = (await quote.textContent()).slice(1, -1);
  if ((await quote.getAttribute("lang")) !== null) {
    await expect(page.locator("#source-note .quote-translation")).toContainText(quotes[verbatim]);
  }
  // The Sources panel: every quote not in the edition's language is followed by its translation;
  // one already in it (Russian sources, in the Russian edition) by none.
  await page.keyboard.press("Escape");
  await page.getByRole("button", { name: ui["Sources"], exact: true }).click();
  const dialog = page.getByRole("dialog", { name: ui["Sources"] });
  await expect(dialog.locator(".source-group__quote").first()).toBeVisible();
  const shown = await dialog.locator(".source-group__quote").evaluateAll((qs) =>
    qs.map((q) => {
      const next = q.nextElementSibling;
      return [q.textContent.slice(1, -1), q.getAttribute("lang"), next?.matches(".quote-translation") ? next.textContent : null];
    }),
  );
  expect(shown.length).toBeGreaterThan(20);
  // A data record (an IMF record, a World Bank CSV row: i18n::is_record) is shown as published.
  const record = (text) => /=[^ ]|,[A-Za-z]/.test(text);
  for (const [text, lang, translation] of shown) {
    if (lang === null || record(text)) expect(translation, text).toBeNull();
    else expect(translation, text).toContain(quotes[text]);
  }
  expect(shown.some(([text]) => record(text))).toBe(true);
  if (code === "ru") expect(shown.some(([, lang]) => lang === null)).toBe(true);
  expect(shown.some(([, lang]) => lang === "en")).toBe(true);
});

test("numbers and dates in an edition follow its language", async ({ page }) => {
  const code = editions.includes("de") ? "de" : editions[0];
  const i = story.steps.findIndex((s) => s.slug === "behind-bars");
  await page.goto(`/${code}/?step=${story.steps[i].slug}&mode=steps`);
  // The app has moved from the prerendered first step to this one.
  await expect(page.locator("#step-heading")).toHaveText(translate(code, story.steps[i].headline));
  const figures = await page.locator("#main .step__body .figure").allTextContents();
  expect(figures.length).toBeGreaterThan(1);
  // German groups thousands with a dot and writes no English month (April, August, September and
  // November are spelt alike in both, so only the months German spells differently count).
  for (const f of figures) expect(f).not.toMatch(/\d,\d{3}\b|January|February|March|\bMay\b|June|July|October|December/);
  expect(figures.some((f) => /\d\.\d{3}\b/.test(f))).toBe(true);
});

test("an edition opened in article mode has the view's own words in its language", async ({ page }) => {
  const code = editions.includes("pl") ? "pl" : editions[0];
  await page.goto(`/${code}/?mode=article`);
  const link = page.locator(".article-step__link").first();
  await expect(link).toBeVisible();
  // The view's own words come in the edition's first file (the rest of its words come later).
  await expect(link).toContainText(catalog(code).ui["This step online:"]);
  await expect(page.locator(".article-view")).not.toContainText("This step online");
  await expect(page.locator(".static-chart__sources-title").first()).toHaveText(catalog(code).ui["Sources"]);
  // Then the glossary, in the edition's words.
  await expect(page.getByRole("heading", { name: catalog(code).ui["Glossary and who’s who"] })).toBeAttached();
});

test("a handout printed before the edition's other words arrive is in the edition's language", async ({ page }, info) => {
  test.skip(info.project.name !== "desktop", "one handout is enough");
  const code = editions.includes("uk") ? "uk" : editions[0];
  const { ui } = catalog(code);
  // The sources' detail and the edition's words that come with it held back, as on a slow line.
  const held = [];
  await page.route(/detail\.bin$/, (route) => held.push(route));
  const i = story.steps.findIndex((s) => s.slug === "behind-bars");
  await page.goto(`/${code}/?step=${story.steps[i].slug}&mode=steps`);
  await expect(page.locator("#step-heading")).toHaveText(translate(code, story.steps[i].headline));
  await expect.poll(() => held.length).toBe(2);
  await page.emulateMedia({ media: "print" });
  const handout = page.locator(".handout");
  await expect(handout.locator(".static-chart__svg > svg")).toHaveCount(story.steps.length);
  for (const english of ["Original article:", "Interactive version:", "This step online:"]) {
    await expect(handout).toContainText(ui[english]);
    await expect(handout).not.toContainText(english);
  }
  await expect(handout).not.toContainText("An explainer of");
  const label = await handout.locator(".static-chart__svg").first().getAttribute("aria-label");
  expect(label.startsWith(ui["Chart: {title}. {summary}"].split("{")[0])).toBe(true);
  // The glossary and the questions are left out until they come, not printed empty; then they follow.
  await expect(handout.locator(".article-glossary")).toHaveCount(0);
  for (const route of held) await route.continue();
  await expect(handout.getByRole("heading", { name: ui["Glossary and who’s who"] })).toBeAttached();
  await expect(handout.getByRole("heading", { name: ui["Questions for a class"] })).toBeAttached();
  await page.emulateMedia({ media: "screen" });
});

test("the Questions panel opened by a teacher's link is in the edition's language", async ({ page }) => {
  const code = editions.includes("uk") ? "uk" : editions[0];
  const { ui } = catalog(code);
  await page.goto(`/${code}/?answers=1&step=behind-bars&mode=steps`);
  const dialog = page.getByRole("dialog", { name: ui["Questions for a class, with answers"] });
  await expect(dialog).toBeVisible();
  await expect(dialog.locator(".answer").first()).toBeVisible();
  const intro = ui["Questions on this story, in its order: some check understanding, some are for discussion. Each names the step that answers it; its button takes you there."];
  await expect(dialog.locator(".questions__intro")).toContainText(intro);
  await expect(dialog.getByRole("link", { name: ui["The students’ view, without answers"] })).toBeVisible();
  await expect(dialog).not.toContainText("Questions on this story");
});

test("?lang= opens an embed in that edition, and a bad value keeps English", async ({ page }) => {
  const problems = problemsOf(page);
  const code = editions[0];
  const slug = story.steps[2].slug;
  await page.goto(`/?embed=1&step=${slug}&lang=${code.toUpperCase()}-XX`);
  await expect(page.locator("html")).toHaveAttribute("lang", code);
  await expect(page.locator("#step-heading")).toHaveText(translate(code, story.steps[2].headline));
  await page.goto(`/?embed=1&step=${slug}&lang=%3Cscript%3Ealert(1)%3C/script%3E`);
  await expect(page.locator("#step-heading")).toHaveText(story.steps[2].headline);
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  expect(problems).toEqual([]);
});

test("the language switch keeps the step, the mode and the theme", async ({ page }) => {
  const code = editions[editions.length - 1];
  const i = 4;
  await page.goto(`/?step=${story.steps[i].slug}&mode=steps&theme=dark`);
  await expect(page.locator("#step-heading")).toHaveText(story.steps[i].headline);
  await page.getByRole("navigation", { name: "Language" }).locator(`.editions__list a[hreflang="${code}"]`).click();
  await expect(page).toHaveURL(new RegExp(`/${code}/\\?`));
  await expect(page.locator("#step-heading")).toHaveText(translate(code, story.steps[i].headline));
  const params = new URL(page.url()).searchParams;
  expect([params.get("step"), params.get("mode"), params.get("theme")]).toEqual([story.steps[i].slug, "steps", "dark"]);
  await expect(page.locator("html")).toHaveAttribute("data-theme", "dark");
  // And back to English, from the edition's folder.
  await page.locator(`.editions__list a[hreflang="en"]`).click();
  await expect(page.locator("#step-heading")).toHaveText(story.steps[i].headline);
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
});

test("the browser's language suggests its edition and never switches to it", async ({ browser }) => {
  const code = editions.includes("pl") ? "pl" : editions[0];
  const context = await browser.newContext({ locale: `${code}-XX` });
  const page = await context.newPage();
  await page.goto("/");
  const suggestion = page.locator(".editions__suggest a");
  await expect(page.locator(".editions__suggest")).toHaveAttribute("lang", code);
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await expect(page.locator("h1.masthead__title")).toHaveText(story.title);
  await suggestion.click();
  await expect(page.locator("html")).toHaveAttribute("lang", code);
  // In its own edition there is nothing to suggest.
  await expect(page.locator(".editions__suggest")).toHaveCount(0);
  await context.close();
});

for (const code of editions) {
  test(`axe finds nothing in the ${code} edition, light and dark, and the chart keys work`, async ({ page }) => {
    for (const theme of ["light", "dark"]) {
      await page.goto(`/${code}/?step=${story.steps[3].slug}&mode=steps&theme=${theme}`);
      await expect(page.locator("canvas.chart__canvas")).toHaveAttribute("data-drawn-step", "3");
      expect(await axeViolations(page)).toEqual([]);
    }
    // The keyboard walk: into the chart, along every point to the last, each announced in the edition.
    const canvas = page.locator("canvas.chart__canvas");
    await canvas.focus();
    const live = page.locator(".chart [aria-live]");
    await page.keyboard.press("End");
    await expect(live).not.toHaveText("");
    const last = await live.textContent();
    await page.keyboard.press("Home");
    const said = [];
    for (let k = 0; k < 80; k++) {
      await expect(live).not.toHaveText(said.at(-1) ?? "");
      said.push(await live.textContent());
      if (said.at(-1) === last) break;
      await page.keyboard.press("ArrowRight");
    }
    expect(said.at(-1)).toBe(last);
    expect(said.length).toBeGreaterThan(3);
    // The words are the edition's: its date first, its word for "Source", and the data's own
    // words (what a mark is, its measure and unit) translated; the publishers' names stay.
    const months = "January|February|March|April|May|June|July|August|September|October|November|December";
    const english = Object.keys(catalog(code).data ?? {}).filter((t) => (t.match(/\b[a-z]{3,}\b/g) ?? []).length >= 2);
    expect(english.length).toBeGreaterThan(50);
    for (const s of said) {
      expect(s).not.toMatch(new RegExp(`\\bSource:|^\\d+ (${months})`));
      for (const t of english) expect(s, `"${t}" left in English`).not.toContain(t);
    }
  });
}
