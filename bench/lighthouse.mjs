// Lighthouse's own mobile audit (its default: Moto G Power, simulated throttling) of a served
// page, in Debian's Chromium. Returns the four category scores, 0–100.
import lh from "lighthouse";
import * as chromeLauncher from "chrome-launcher";

export async function lighthouse(url) {
  const chrome = await chromeLauncher.launch({
    chromePath: process.env.CHROME_PATH || "/usr/bin/chromium",
    chromeFlags: ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run"],
  });
  try {
    const result = await lh(url, {
      port: chrome.port,
      output: "json",
      logLevel: "error",
      onlyCategories: ["performance", "accessibility", "best-practices", "seo"],
    });
    return Object.fromEntries(Object.entries(result.lhr.categories).map(([k, c]) => [k, Math.round(c.score * 100)]));
  } finally {
    await chrome.kill();
  }
}
