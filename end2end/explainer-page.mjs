// Page object: what a reader can see and do, by role and accessible name where possible.
import { test as base, expect } from "@playwright/test";
import { readFileSync } from "node:fs";

export const story = JSON.parse(readFileSync(new URL("../content/story.json", import.meta.url), "utf8"));

export class ExplainerPage {
  constructor(page) {
    this.page = page;
    this.problems = [];
    page.on("console", (m) => {
      if (m.type() === "error" || m.type() === "warning") this.problems.push(`${m.type()}: ${m.text()}`);
    });
    page.on("pageerror", (e) => this.problems.push(`pageerror: ${e.message}`));
    page.on("dialog", (d) => {
      this.problems.push(`dialog: ${d.message()}`);
      d.dismiss();
    });
    this.heading = page.locator("#step-heading");
    this.canvas = page.locator("canvas.chart__canvas");
    this.next = page.getByRole("button", { name: "Next", exact: true });
    this.prev = page.getByRole("button", { name: "Previous", exact: true });
    this.tooltip = page.locator(".tooltip");
  }

  /** Opens the page. Step-by-step mode unless the query names a mode or `mode` says otherwise
   *  (`null`: the page's own default, scroll on the standalone page). */
  async open(query = "", { mode = "steps" } = {}) {
    let q = query;
    if (mode && !/[?&]mode=/.test(q)) q = q ? `${q}&mode=${mode}` : `?mode=${mode}`;
    await this.page.goto(`/${q}`);
    if (/[?&]mode=article/.test(q)) await expect(this.page.locator(".static-chart__svg svg").first()).toBeVisible();
    else await expect(this.canvas).toHaveAttribute("data-drawn-step", /\d+/);
  }

  /** Waits until step `i` (zero-based) is shown and its chart drawn. */
  async expectStep(i) {
    await expect(this.heading).toHaveText(story.steps[i].headline);
    await expect(this.canvas).toHaveAttribute("data-drawn-step", String(i));
    await expect.poll(() => new URL(this.page.url()).searchParams.get("step")).toBe(story.steps[i].slug);
  }

  /** A fingerprint of the canvas pixels, to tell whether the chart changed. */
  async pixels() {
    return this.canvas.evaluate(async (c) => {
      const bytes = new TextEncoder().encode(c.toDataURL());
      const digest = await crypto.subtle.digest("SHA-256", bytes);
      return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, "0")).join("");
    });
  }

  /** Moves the pointer over the chart until a tooltip appears; returns whether one did. */
  async hoverUntilTooltip({ tap = false } = {}) {
    await this.canvas.scrollIntoViewIfNeeded();
    const box = await this.canvas.boundingBox();
    for (let fy = 0.15; fy < 0.95; fy += 0.04) {
      for (let fx = 0.05; fx < 0.98; fx += 0.015) {
        const x = box.x + box.width * fx;
        const y = box.y + box.height * fy;
        if (tap) await this.page.touchscreen.tap(x, y);
        else await this.page.mouse.move(x, y);
        if (await this.tooltip.isVisible()) return true;
      }
    }
    return false;
  }

  expectNoProblems() {
    expect(this.problems, "console errors, warnings, page errors or dialogs").toEqual([]);
  }
}

/** `test` with a `reader` fixture: a page object that fails the test on any console error,
 *  warning, page error or dialog. */
export const test = base.extend({
  reader: async ({ page }, use) => {
    const reader = new ExplainerPage(page);
    await use(reader);
    reader.expectNoProblems();
  },
});
export { expect };
