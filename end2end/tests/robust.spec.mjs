// Hostile input, stress, no third-party requests, and the page without JavaScript.
import { test, expect, story } from "../explainer-page.mjs";

const port = Number(process.env.E2E_PORT || 4173);
const app = `http://127.0.0.1:${port}`;
const host = `http://127.0.0.1:${port + 1}`;
const total = story.steps.length;

const HOSTILE = [
  "?step=%3Cscript%3Ealert(1)%3C%2Fscript%3E",
  "?step=%22%3E%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E",
  "?step=javascript:alert(1)",
  "?embed=javascript:alert(1)&chart=%3Csvg%20onload%3Dalert(1)%3E",
  "?theme=%3C%2Fstyle%3E%3Cscript%3Ealert(1)%3C%2Fscript%3E&transparent=javascript:1",
  "?childId=%3Cscript%3E&parentUrl=javascript:alert(1)&initialWidth=1e309",
  "?step=184467440737095516151844674407370955161",
  "?step=-0&step=1.5e3&step=0x10",
  `?step=${"%F0%9F%87%A7%F0%9F%87%BE".repeat(200)}`,
  `?${"x".repeat(10_000)}`,
  `?step=ryanair&${"a=%00%01%02&".repeat(800)}`,
  "?step=%E2%80%AEryanair",
  "#<script>alert(1)</script>",
  // Junk modes fall back to the default (scroll) mode.
  "?mode=%3Cscript%3Ealert(1)%3C%2Fscript%3E&step=ryanair",
  "?mode=javascript:alert(1)&step=2",
];

test("hostile URLs: no dialog, no error, a rendered page on a valid step", async ({ reader, page }) => {
  for (const q of HOSTILE) {
    await reader.open(q);
    await expect(page.locator("h1")).toHaveCount(1);
    const step = Number(await reader.canvas.getAttribute("data-drawn-step"));
    expect(step, q).toBeGreaterThanOrEqual(0);
    expect(step, q).toBeLessThan(total);
    // The only classic inline script is our theme script (inlined at build time); nothing injected.
    const inline = await page.evaluate(() => [...document.querySelectorAll("script:not([src]):not([type=module])")].map((s) => s.textContent));
    expect(inline.length, q).toBe(1);
    expect(inline[0], q).toMatch(/^\/\/ Applies \?theme=/);
    expect(await page.evaluate(() => document.documentElement.outerHTML.includes("alert(1)")), q).toBe(false);
  }
});

test("no request ever leaves the page's own origin", async ({ reader, page }) => {
  const foreign = [];
  page.on("request", (r) => {
    const u = r.url();
    if (!u.startsWith(app) && !u.startsWith("data:") && !u.startsWith("blob:")) foreign.push(u);
  });
  await reader.open();
  for (let i = 1; i < total; i++) await reader.next.click();
  await reader.expectStep(total - 1);
  await page.getByRole("button", { name: "Sources" }).click();
  expect(foreign).toEqual([]);
});

test("200 rapid resizes and 1,000 rapid key presses leave it responsive and correct", async ({ reader, page, isMobile }) => {
  test.skip(isMobile, "runs at desktop size");
  test.setTimeout(120_000);
  await reader.open();
  for (let i = 0; i < 200; i++) await page.setViewportSize({ width: 340 + ((i * 37) % 1100), height: 600 + ((i * 53) % 400) });
  await page.setViewportSize({ width: 1440, height: 900 });
  for (let i = 0; i < 1000; i++) await page.keyboard.press(i % 3 === 2 ? "ArrowLeft" : "ArrowRight");
  // 667 forward, 333 back from the first step, clamped at the last: the story ends there.
  await reader.expectStep(total - 1);
  const box = await reader.canvas.boundingBox();
  const backing = await reader.canvas.evaluate((c) => c.width);
  expect(Math.abs(backing - box.width)).toBeLessThanOrEqual(1); // sized for the final window
  await reader.prev.click();
  await reader.expectStep(total - 2);
});

test("twenty embeds on one host page all load and size themselves", async ({ reader, page }) => {
  test.setTimeout(120_000);
  await page.goto(`${host}/many.html?src=${encodeURIComponent(`${app}/?embed=1`)}`);
  await expect.poll(() => page.frames().filter((f) => f.url().startsWith(app)).length, { timeout: 30_000 }).toBe(20);
  const heights = async () => page.locator("iframe").evaluateAll((fs) => fs.map((f) => f.getBoundingClientRect().height));
  await expect.poll(async () => (await heights()).filter((h) => h > 400).length, { timeout: 60_000 }).toBe(20);
});
