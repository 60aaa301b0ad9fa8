// The script that runs before the page paints (public/prepaint.js) reads the address as the app's
// parser does (src/address/mod.rs): both are held to tests/addresses.json, valid and hostile
// queries with what each must make of them. Here the app never starts (its wasm is refused), so
// what the page shows is the script's work alone.
import { test, expect } from "@playwright/test";
import { readFileSync } from "node:fs";

const { cases } = JSON.parse(readFileSync(new URL("../../tests/addresses.json", import.meta.url), "utf8"));

for (const system of ["light", "dark"]) {
  test(`the pre-paint script reads every listed address as the app does (system ${system})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: system });
    await page.route(/\.wasm$/, (route) => route.abort());
    for (const c of cases) {
      await page.goto(`/${c.query}`, { waitUntil: "domcontentloaded" });
      const dark = c.theme === "dark" || (c.theme === "auto" && system === "dark");
      const seen = await page.evaluate(() => {
        const root = document.documentElement;
        return {
          theme: root.getAttribute("data-theme"),
          waits: root.classList.contains("wait-app"),
          transparent: root.hasAttribute("data-transparent"),
        };
      });
      expect(seen, `${c.query || "(no query)"}: ${c.why}`).toEqual({
        theme: dark ? "dark" : "light",
        waits: c.waits_for_app,
        transparent: c.transparent,
      });
      if (c.waits_for_app) continue;
      // The chart box shows the step's own stand-in, in the scheme the page is in.
      const src = () => page.locator(".chart__static img").evaluate((img) => img.currentSrc);
      await expect.poll(src, `${c.query}: the step's figure`).toContain(`/figures/${c.step}-`);
      await expect.poll(src, `${c.query}: the figure's scheme`).toMatch(dark ? /-dark\.svg$/ : /-box\.svg$/);
    }
  });
}
