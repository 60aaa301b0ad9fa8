// Structured navigation (issue 19): besides moving point by point, the chart sums itself up at
// two levels on request, from the data: A for the whole chart, S for the series in focus.
import { readFileSync } from "node:fs";
import { test, expect, story } from "../explainer-page.mjs";
import { axeViolations } from "../axe.mjs";

test.use({ bypassCSP: true });


const gdp = JSON.parse(readFileSync(new URL("../../content/data/gdp.json", import.meta.url), "utf8"));
const percent = (v) => `${v < 0 ? "\u2212" : ""}${Math.abs(v)}%`;

test("A sums up the chart and S the series in focus, with figures from the data", async ({ reader, page }) => {
  const slug = "a-sharp-fall";
  await reader.open(`?step=${slug}`);
  await reader.canvas.focus();
  const live = page.locator(".chart [aria-live]");
  await expect(live).toContainText("A sums up the chart, S this series");
  await page.keyboard.press("a");
  const view = story.steps.find((s) => s.slug === slug).chart;
  const bars = gdp.rows.filter((r) => r.series === "wdi" && r.value !== null && r.year >= view.from && r.year <= view.to);
  await expect(live).toContainText(`Belarus: real GDP growth, % a year: 2 series. World Bank GDP growth, ${bars.length} marks;`);
  await page.keyboard.press("ArrowRight");
  await page.keyboard.press("S"); // Caps Lock or Shift: the same key
  const low = bars.reduce((a, b) => (b.value < a.value ? b : a));
  const high = bars.reduce((a, b) => (b.value > a.value ? b : a));
  await expect(live).toContainText(`World Bank GDP growth: ${bars.length} marks, from ${view.from} to ${view.to}.`);
  await expect(live).toContainText(`Lowest ${percent(low.value)} (${low.year}), highest ${percent(high.value)} (${high.year})`);
  // Y: the focused point's year, across the series (the first bar's year: one value).
  await page.keyboard.press("Home");
  await page.keyboard.press("y");
  const first = [...bars].sort((a, b) => a.year - b.year)[0];
  await expect(live).toHaveText(`${first.year}: World Bank GDP growth: ${percent(first.value)}.`);
  // The summaries leave the focused point where it was.
  await page.keyboard.press("ArrowRight");
  await expect(reader.canvas).toHaveAttribute("data-focus", `gdp:${[...bars].sort((a, b) => a.year - b.year)[1].id}`);
  // The shortcuts dialog lists the new keys.
  await page.keyboard.press("Escape");
  await page.keyboard.press("?");
  await expect(page.getByRole("dialog")).toContainText("What the whole chart holds");
  expect(reader.problems).toEqual([]);
});

for (const scheme of ["light", "dark"]) {
  test(`axe is clean in the new states: forced colours, doubled text, a summary said, sound playing (${scheme})`, async ({ reader, page }) => {
    await page.emulateMedia({ colorScheme: scheme, forcedColors: "active" });
    await reader.open("?step=a-launchpad-for-war");
    expect(await axeViolations(page), "forced colours, map").toEqual([]);
    await page.emulateMedia({ colorScheme: scheme, forcedColors: "none" });
    await page.evaluate(() => document.documentElement.style.setProperty("font-size", "32px"));
    await reader.canvas.focus();
    await page.keyboard.press("a");
    await expect(page.locator(".chart [aria-live]")).toContainText("Belarus and its neighbours:");
    expect(await axeViolations(page), "doubled text, summary").toEqual([]);
    await page.keyboard.press("p");
    await expect(page.locator(".chart__listen")).toHaveText("Pause sound");
    expect(await axeViolations(page), "sound playing").toEqual([]);
  });
}
