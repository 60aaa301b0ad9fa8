// Readers inside Belarus (issue 17): the page stores nothing on the device, asks no other host
// for anything, and works unchanged from any domain and folder, as a mirror site serves it.
import { test, expect, story } from "../explainer-page.mjs";
import { readFileSync, existsSync, statSync } from "node:fs";
import { join, extname } from "node:path";

const dist = new URL("../../dist/", import.meta.url).pathname;
const TYPES = { ".html": "text/html", ".js": "text/javascript", ".wasm": "application/wasm", ".svg": "image/svg+xml", ".png": "image/png", ".json": "application/json", ".bin": "application/octet-stream" };
const total = story.steps.length;

/** What a browser keeps for a site: cookies, both storages, IndexedDB, Cache Storage, service workers. */
async function stored(page) {
  return page.evaluate(async () => ({
    cookies: document.cookie,
    local: localStorage.length,
    session: sessionStorage.length,
    databases: (await indexedDB.databases()).map((d) => d.name),
    caches: "caches" in self ? await caches.keys() : [],
    workers: "serviceWorker" in navigator ? (await navigator.serviceWorker.getRegistrations()).length : 0,
  }));
}

test("nothing is stored on the device, whatever the reader does", async ({ reader, page, context }) => {
  await reader.open("", { mode: null });
  await page.getByRole("button", { name: /^(Dark|Light) theme$/ }).click();
  await reader.open("?step=2");
  for (let i = 0; i < 4; i++) await reader.next.click();
  await page.getByRole("button", { name: "Reduce motion" }).click();
  await page.getByRole("button", { name: "Sources" }).click();
  await page.keyboard.press("Escape");
  await page.getByRole("button", { name: "Glossary" }).click();
  await page.keyboard.press("Escape");
  await page.getByRole("button", { name: "Show data" }).click();
  await reader.open("?mode=article");
  expect(await stored(page)).toEqual({ cookies: "", local: 0, session: 0, databases: [], caches: [], workers: 0 });
  expect(await context.cookies()).toEqual([]);
});

test("a mirror on another domain, in a sub-folder, works unchanged and asks only itself", async ({ reader, page }) => {
  const mirror = "https://mirror.example.org/news/2026/minsk/";
  const asked = [];
  // Everything goes through here: files under the mirror's folder come from the build; any
  // other address (another host, or outside the folder) is refused and recorded.
  await page.route("**/*", (route) => {
    const url = route.request().url();
    asked.push(url);
    if (!url.startsWith(mirror)) return route.abort();
    const rel = decodeURIComponent(new URL(url).pathname.slice(new URL(mirror).pathname.length)) || "index.html";
    const file = join(dist, rel);
    if (!file.startsWith(dist) || !existsSync(file) || statSync(file).isDirectory()) return route.fulfill({ status: 404, body: "" });
    return route.fulfill({ status: 200, contentType: TYPES[extname(file)] || "application/octet-stream", body: readFileSync(file) });
  });
  await page.goto(`${mirror}?step=${story.steps[3].slug}&mode=steps`);
  await reader.expectStep(3);
  await reader.next.click();
  await reader.expectStep(4);
  // The sources' detail is fetched from the mirror too, and the Sources panel shows it.
  await page.getByRole("button", { name: "Sources" }).click();
  await expect(page.locator("#sources a[href^='http']").first()).toBeVisible();
  await page.keyboard.press("Escape");
  // The whole story walks to its end.
  for (let i = 5; i < total; i++) await reader.next.click();
  await reader.expectStep(total - 1);
  const elsewhere = asked.filter((u) => !u.startsWith(mirror) && !u.startsWith("data:") && !u.startsWith("blob:"));
  expect(elsewhere).toEqual([]);
  expect(asked.some((u) => u.endsWith(".wasm"))).toBe(true);
});
