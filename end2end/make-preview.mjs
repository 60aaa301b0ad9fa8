// Makes public/preview.png (1200×630, for link previews) from the real sanctions chart.
// Usage: node end2end/make-preview.mjs http://127.0.0.1:8123
import { chromium } from "@playwright/test";

const base = process.argv[2] || "http://127.0.0.1:8123";
const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--no-sandbox"] });
const page = await browser.newPage({ viewport: { width: 1200, height: 630 }, deviceScaleFactor: 1 });
await page.goto(`${base}/?embed=1&chart=sanctions`);
await page.waitForSelector("canvas[data-drawn-step]");
await page.addStyleTag({ content: ".chart-tools, .chart__source, .skip-link { display: none !important; } .chart__box { height: 430px !important; }" });
await page.waitForTimeout(300);
await page.screenshot({ path: new URL("../public/preview.png", import.meta.url).pathname, clip: { x: 0, y: 0, width: 1200, height: 630 } });
await browser.close();
