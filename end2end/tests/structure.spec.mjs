// Structured navigation (issue 19): besides moving point by point, the chart sums itself up at
// two levels on request, from the data: A for the whole chart, S for the series in focus.
import { readFileSync } from "node:fs";
import { test, expect, story } from "../explainer-page.mjs";

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
  // The summaries leave the focused point where it was.
  await page.keyboard.press("ArrowRight");
  await expect(reader.canvas).toHaveAttribute("data-focus", `gdp:${bars.sort((a, b) => a.year - b.year)[2].id}`);
  // The shortcuts dialog lists the new keys.
  await page.keyboard.press("Escape");
  await page.keyboard.press("?");
  await expect(page.getByRole("dialog")).toContainText("What the whole chart holds");
  expect(reader.problems).toEqual([]);
});
