// Accessibility: axe-core on every step (light and dark), keyboard-only use of steps, data points
// and dialogs, the live region's words, reflow and touch targets.
import { test, expect, story } from "../explainer-page.mjs";
import { axeViolations } from "../axe.mjs";

const total = story.steps.length;
// axe-core is injected as an inline script, which the page's Content-Security-Policy rightly refuses.
test.use({ bypassCSP: true });


for (const scheme of ["light", "dark"]) {
  test(`the sources and glossary pages: readable at any width, and axe finds no violations (${scheme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: scheme });
    const fits = () => page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth);
    await page.goto("/");
    await page.getByRole("link", { name: "Sources for every chart" }).click();
    await expect(page).toHaveURL(/\/sources\.html$/);
    await expect(page.locator("main > section h2")).toHaveCount(total);
    expect(await fits()).toBe(true);
    expect(await axeViolations(page), "sources.html").toEqual([]);
    await page.goto("/");
    await page.getByRole("link", { name: "Glossary and who’s who" }).click();
    await expect(page).toHaveURL(/\/glossary\.html$/);
    expect(await fits()).toBe(true);
    expect(await axeViolations(page), "glossary.html").toEqual([]);
  });
}

for (const [scheme, mode] of [["light", "standalone"], ["dark", "standalone"], ["light", "embed"], ["dark", "embed"]]) {
  test(`axe finds no violations on any step (${scheme}, ${mode})`, async ({ reader, page }) => {
    test.setTimeout(90_000);
    await page.emulateMedia({ colorScheme: scheme });
    await reader.open(mode === "embed" ? "?embed=1" : "");
    for (let i = 0; i < total; i++) {
      if (i > 0) await reader.next.click();
      await reader.expectStep(i);
      expect(await axeViolations(page), `step ${i + 1} (${story.steps[i].slug})`).toEqual([]);
    }
    // With the data table and a dialog open as well.
    await page.getByRole("button", { name: "Show data" }).click();
    expect(await axeViolations(page), "data table").toEqual([]);
    await page.getByRole("button", { name: "Sources" }).click();
    await expect(page.getByRole("dialog", { name: "Sources" })).toBeVisible();
    expect(await axeViolations(page), "sources dialog").toEqual([]);
  });
}

for (const scheme of ["light", "dark"]) {
  test(`axe finds no violations in scroll mode and the article view (${scheme})`, async ({ reader, page }) => {
    test.setTimeout(60_000);
    await page.emulateMedia({ colorScheme: scheme });
    await reader.open("?step=behind-bars", { mode: null });
    await expect(page.locator(".scrolly > .step[aria-current=step]")).toHaveAttribute("id", "step-behind-bars");
    expect(await axeViolations(page), "scroll mode").toEqual([]);
    await page.locator(".masthead").getByRole("button", { name: "Article" }).click();
    await expect(page.locator(".static-chart__svg > svg")).toHaveCount(total);
    expect(await axeViolations(page), "article view").toEqual([]);
  });
}

test("keyboard only: reach the chart, walk every data point of every step, hear each one", async ({ reader, page, isMobile }) => {
  test.skip(isMobile, "keyboard walk runs at desktop size");
  test.setTimeout(120_000);
  await reader.open();
  // From the top of the page, Tab reaches the chart.
  let tabs = 0;
  while (!(await reader.canvas.evaluate((c) => c === document.activeElement)) && tabs < 80) {
    await page.keyboard.press("Tab");
    tabs++;
  }
  expect(tabs).toBeLessThan(80);
  const live = page.locator(".chart [aria-live]");
  for (let i = 0; i < total; i++) {
    await reader.expectStep(i);
    const seen = new Set();
    const focusKey = () => reader.canvas.getAttribute("data-focus");
    await page.keyboard.press("Home");
    for (let series = 0; series < 12; series++) {
      await page.keyboard.press("Home");
      // The end of a series is where ArrowRight changes nothing said (two map marks, the
      // Polish and Lithuanian borders, are about one datum: the same key, told apart by name).
      let previous = null;
      for (let k = 0; k < 120; k++) {
        const key = await focusKey();
        const stop = `${key} ${await live.textContent()}`;
        if (stop === previous) break;
        seen.add(key);
        previous = stop;
        await page.keyboard.press("ArrowRight");
      }
      const before = await focusKey();
      await page.keyboard.press("ArrowDown");
      await page.keyboard.press("Home");
      if ((await focusKey()) === before || seen.has(await focusKey())) {
        // The last series: ArrowDown stays put.
        const after = await focusKey();
        if (seen.has(after)) break;
      }
    }
    await expect(live).not.toHaveText("");
    // Every datum the chart draws (its data table) was reached.
    await page.keyboard.press("Escape");
    await expect(page.getByRole("button", { name: /Show data|Hide data/ })).toBeFocused();
    const expected = await page.evaluate(async () => {
      const button = document.querySelector(".chart-tools button");
      if (button.getAttribute("aria-expanded") !== "true") button.click();
      await new Promise((r) => setTimeout(r, 50));
      return Array.from(document.querySelectorAll("#chart-data tbody tr"), (tr) => tr.dataset.key);
    });
    expect([...seen].sort(), `step ${i + 1}: every data point reachable`).toEqual(expected.sort());
    if (i + 1 < total) {
      await page.keyboard.press("ArrowRight"); // page shortcut: next step (focus is on a button)
      await reader.expectStep(i + 1);
      // Back to the chart, past the Listen button between it and the tools.
      await page.keyboard.press("Shift+Tab");
      await expect(page.getByRole("button", { name: "Listen to this chart" })).toBeFocused();
      await page.keyboard.press("Shift+Tab");
      await expect(reader.canvas).toBeFocused();
    }
  }
});

test("the live region reads the focused point's date, value and source", async ({ reader, page }) => {
  await reader.open("?step=a-sharp-fall");
  await reader.canvas.focus();
  const live = page.locator(".chart [aria-live]");
  await expect(live).toContainText("1995");
  await expect(live).toContainText("\u221210.4%");
  await expect(live).toContainText("World Bank");
  await expect(reader.tooltip).toContainText("\u221210.4%");
  await page.keyboard.press("ArrowRight");
  await expect(live).toHaveText(/^1996: .*2\.8%. Source: World Bank/);
  await page.keyboard.press("End");
  await expect(live).toContainText("2024");
  await expect(live).toContainText("4.01%");
  // Arrow keys on the chart do not change the step.
  await reader.expectStep(story.steps.findIndex((s) => s.slug === "a-sharp-fall"));
});

test("dialogs open and close by keyboard and give focus back", async ({ reader, page }) => {
  await reader.open("?step=ryanair");
  await page.locator("body").press("?");
  const shortcuts = page.getByRole("dialog", { name: "Keyboard shortcuts" });
  await expect(shortcuts).toBeVisible();
  await expect(shortcuts).toContainText("Next data point");
  await page.keyboard.press("Escape");
  await expect(shortcuts).toBeHidden();
  const cite = page.getByRole("button", { name: "Cite" });
  await cite.focus();
  await page.keyboard.press("Enter");
  await expect(page.getByRole("dialog", { name: "Cite" })).toBeVisible();
  await page.keyboard.press("Escape");
  await expect(cite).toBeFocused();
});

test("focus stays on Next at the last step and on Previous at the first", async ({ reader, page }) => {
  await reader.open(`?step=${story.steps[total - 2].slug}`);
  await reader.next.focus();
  await page.keyboard.press("Enter");
  await reader.expectStep(total - 1);
  await expect(reader.next).toBeFocused();
  await expect(reader.next).toHaveAttribute("aria-disabled", "true");
});

test("reflows at 320 px, and at 200% text on a desktop, without sideways scrolling; touch targets are at least 24 px", async ({ reader, page }) => {
  await page.setViewportSize({ width: 320, height: 640 });
  await reader.open("?step=recovery-not-collapse");
  const overflow = () => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(await overflow()).toBeLessThanOrEqual(0);
  // Text at 200% (WCAG 1.4.4) is judged at a desktop width.
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.evaluate(() => (document.documentElement.style.fontSize = "200%"));
  expect(await overflow()).toBeLessThanOrEqual(0);
  await page.evaluate(() => (document.documentElement.style.fontSize = ""));
  await page.setViewportSize({ width: 320, height: 640 });
  const small = await page.evaluate(() =>
    Array.from(document.querySelectorAll(".stepper button, .chart-tools button, .reader-tools button, .masthead a, .masthead button, input"))
      .map((el) => ({ el: el.textContent.trim() || el.getAttribute("aria-label"), r: el.getBoundingClientRect() }))
      .filter(({ r }) => r.width > 0 && r.height > 0) // hidden at this width
      .filter(({ r }) => r.width < 24 || r.height < 24)
      .map(({ el, r }) => `${el}: ${Math.round(r.width)}x${Math.round(r.height)}`),
  );
  expect(small).toEqual([]);
});

test("focus is not stranded: closing a source card returns to its figure; a step change moves to the new heading", async ({ reader, page }) => {
  await reader.open("?step=a-deal-in-minsk");
  const figure = page.locator(".figure").nth(1);
  await figure.focus();
  await page.keyboard.press("Enter");
  await page.getByRole("complementary", { name: "Source of this figure" }).getByRole("button", { name: "Close" }).click();
  await expect(figure).toBeFocused();
  await page.keyboard.press("ArrowRight"); // the figure leaves with the old step
  await reader.expectStep(1);
  await expect(reader.heading).toBeFocused();
});

test("with forced colours the chart draws in the reader's system colours only, also when they are turned on while it is open", async ({ reader, page }) => {
  const steps = ["behind-bars", "ryanair", "a-launchpad-for-war", "a-sharp-fall"];
  for (const slug of steps) {
    // The last is opened in its normal colours and switched while open: the chart draws again.
    const switched = slug === steps[steps.length - 1];
    await page.emulateMedia({ forcedColors: switched ? "none" : "active" });
    await reader.open(`?step=${slug}`);
    if (switched) await page.emulateMedia({ forcedColors: "active" });
    const verdict = () => page.evaluate(() => {
      // The system colours as this browser resolves them.
      const probe = document.createElement("span");
      document.body.append(probe);
      const rgb = (keyword) => {
        probe.style.color = keyword;
        return getComputedStyle(probe).color.match(/\d+/g).slice(0, 3).map(Number);
      };
      const [canvas, text, gray, highlight] = ["Canvas", "CanvasText", "GrayText", "Highlight"].map(rgb);
      probe.remove();
      // Read through a copy: polling the chart's own canvas makes Chrome warn about readbacks.
      const c = document.querySelector("canvas.chart__canvas");
      const copy = Object.assign(document.createElement("canvas"), { width: c.width, height: c.height });
      const ctx = copy.getContext("2d", { willReadFrequently: true });
      ctx.drawImage(c, 0, 0);
      const data = ctx.getImageData(0, 0, c.width, c.height).data;
      // Every pixel is a system colour or a blend of two (edges, translucent fills): it lies on
      // a segment between two of them. Where translucent marks overlap a line, three blend: a
      // handful of such pixels is allowed, not a colour of the normal palette.
      const anchors = [canvas, text, gray, highlight];
      const off = (p) => {
        let best = Infinity;
        for (const a of anchors)
          for (const b of anchors) {
            const ab = a.map((v, i) => b[i] - v);
            const len = ab.reduce((s, v) => s + v * v, 0) || 1;
            const t = Math.max(0, Math.min(1, ab.reduce((s, v, i) => s + v * (p[i] - a[i]), 0) / len));
            best = Math.min(best, Math.hypot(...p.map((v, i) => v - (a[i] + t * ab[i]))));
          }
        return best;
      };
      let stray = 0, inked = 0;
      for (let i = 0; i < data.length; i += 4 * 7) {
        if (data[i + 3] < 250) continue;
        const p = [data[i], data[i + 1], data[i + 2]];
        inked += 1;
        if (off(p) > 24) stray += 1;
      }
      return { stray, inked, anchors };
    });
    await expect.poll(async () => {
      const v = await verdict();
      return v.inked > 1000 && v.stray <= v.inked / 1000;
    }, { message: `${slug}: pixels outside the system colours` }).toBe(true);
  }
});
