// Screenshots of given steps at phone and desktop sizes, for looking at (not a test).
// Usage: node end2end/shoot.mjs http://127.0.0.1:8123 out-dir step1 step2 ...
import { chromium } from "@playwright/test";

const [base, out, ...steps] = process.argv.slice(2);
const browser = await chromium.launch({
  executablePath: "/usr/bin/chromium",
  args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run"],
});
const sizes = { phone: { width: 390, height: 844, deviceScaleFactor: 3, isMobile: true, hasTouch: true }, desktop: { width: 1440, height: 900, deviceScaleFactor: 1 } };
for (const [name, opts] of Object.entries(sizes)) {
  for (const scheme of (process.env.SCHEMES || "light").split(",")) {
    const ctx = await browser.newContext({ viewport: { width: opts.width, height: opts.height }, deviceScaleFactor: opts.deviceScaleFactor, isMobile: !!opts.isMobile, hasTouch: !!opts.hasTouch, colorScheme: scheme });
    const page = await ctx.newPage();
    page.on("console", (m) => { if (m.type() === "error" || m.type() === "warning") console.log(`[${name}] console ${m.type()}: ${m.text()}`); });
    page.on("pageerror", (e) => console.log(`[${name}] pageerror: ${e}`));
    for (const step of steps) {
      await page.goto(`${base}/?step=${step}${process.env.QUERY || ""}`);
      await page.waitForSelector("canvas[data-drawn-step], .static-chart__svg svg");
      await page.waitForTimeout(150);
      if (process.env.SCROLL) await page.locator("#explainer").scrollIntoViewIfNeeded();
      await page.screenshot({ path: `${out}/${name}-${scheme}-${step}.png`, fullPage: !!process.env.FULL });
    }
    await ctx.close();
  }
}
await browser.close();
