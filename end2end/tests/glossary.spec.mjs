// The glossary and who's who: a term's first use in a step explains itself (hover, focus, tap or
// click), the Glossary panel lists every entry and leads to the steps, `?term=` opens it at one.
import { readFileSync } from "node:fs";
import { test, expect, story } from "../explainer-page.mjs";
import { axeViolations } from "../axe.mjs";

const glossary = JSON.parse(readFileSync(new URL("../../content/glossary.json", import.meta.url), "utf8"));
const kellogg = glossary.entries.find((e) => e.slug === "keith-kellogg");
test.use({ bypassCSP: true });

test("a term's first use in a step shows its definition on hover, focus, tap or click", async ({ reader, page }, info) => {
  await reader.open("?step=whats-in-it-for-washington");
  const term = page.locator(".term", { hasText: /^Kellogg$/ }).first();
  await expect(term).toHaveAttribute("aria-expanded", "false");
  // Marked once per step: the step's later mentions stay plain text.
  await expect(page.locator(".term", { hasText: /^Kellogg/ })).toHaveCount(1);
  const card = page.getByRole("complementary", { name: `What “${kellogg.name}” means` });
  if (info.project.name === "phone") {
    await term.tap();
  } else {
    await term.hover();
    await expect(card).toContainText(kellogg.text);
    await page.mouse.move(0, 0);
    await expect(card).toHaveCount(0);
    await term.focus();
    await expect(card).toContainText(kellogg.text);
    await page.keyboard.press("Enter");
  }
  // Pinned by the click or tap: it stays when focus and pointer leave.
  await expect(term).toHaveAttribute("aria-expanded", "true");
  await expect(card).toContainText(kellogg.text);
  await expect(card.getByRole("link")).toHaveAttribute("href", kellogg.source.url);
  await page.locator("h1").click();
  await expect(card).toBeVisible();
  expect(await axeViolations(page), "with a term's card open").toEqual([]);
  await card.getByRole("button", { name: "Close" }).click();
  await expect(card).toHaveCount(0);
});

test("the Glossary lists every term and person, and leads to the steps that use them", async ({ reader, page }) => {
  await reader.open("?step=a-deal-in-minsk");
  await page.getByRole("button", { name: "Glossary" }).click();
  const dialog = page.getByRole("dialog", { name: "Glossary and who’s who" });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole("heading", { name: "Terms" })).toBeVisible();
  await expect(dialog.getByRole("heading", { name: "People" })).toBeVisible();
  await expect(dialog.locator("dt")).toHaveCount(glossary.entries.length);
  for (const e of glossary.entries) await expect(dialog.locator(`#g-${e.slug}`)).toHaveText(e.name);
  expect(await axeViolations(page), "with the Glossary open").toEqual([]);
  // Potash's entry leads to a step that uses it.
  const uses = dialog.locator("#g-potash + dd .glossary__step");
  await expect(uses.first()).toBeVisible();
  const headline = await uses.first().textContent();
  await uses.first().click();
  await expect(dialog).toBeHidden();
  const i = story.steps.findIndex((s) => s.headline === headline);
  await reader.expectStep(i);
  await expect(page.locator(".term", { hasText: /potash/i }).first()).toBeVisible();
});

test("?term= opens the Glossary at that entry; an unknown or hostile term is ignored", async ({ reader, page }) => {
  await page.goto("/?mode=steps&term=belaruskali");
  const dialog = page.getByRole("dialog", { name: "Glossary and who’s who" });
  await expect(dialog).toBeVisible();
  await expect(page.locator("#g-belaruskali")).toBeFocused();
  await expect(page.locator("#g-belaruskali")).toBeInViewport();
  await page.keyboard.press("Escape");
  await expect(dialog).toBeHidden();
  for (const bad of ["nope", "%3Cscript%3Ealert(1)%3C/script%3E", "", "POTASH%00"]) {
    await page.goto(`/?mode=steps&term=${bad}`);
    await expect(reader.canvas).toHaveAttribute("data-drawn-step", /\d+/);
    await expect(dialog).toBeHidden();
  }
});
