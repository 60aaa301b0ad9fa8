// Playwright runs against the release build in ../dist, served by a static server, in Debian's
// chromium (never a downloaded browser).
import { defineConfig } from "@playwright/test";
import { fileURLToPath } from "node:url";

const here = fileURLToPath(new URL(".", import.meta.url));
const port = Number(process.env.E2E_PORT || 4173);

export default defineConfig({
  testDir: "./tests",
  timeout: 30_000,
  expect: { timeout: 5_000 },
  fullyParallel: true,
  workers: 2,
  retries: 0,
  reporter: [["list"]],
  outputDir: "./test-results",
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    launchOptions: {
      executablePath: "/usr/bin/chromium",
      args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run", "--disable-sync"],
    },
  },
  webServer: [
    {
      command: `python3 serve.py ${port} ../dist`,
      cwd: here,
      url: `http://127.0.0.1:${port}/`,
      reuseExistingServer: false,
      stdout: "ignore",
      stderr: "ignore",
    },
    {
      // Host pages for the embed tests, on another port so the explainer is cross-origin to them.
      command: `python3 serve.py ${port + 1} hosts`,
      cwd: here,
      url: `http://127.0.0.1:${port + 1}/pym.html`,
      reuseExistingServer: false,
      stdout: "ignore",
      stderr: "ignore",
    },
  ],
  projects: [
    { name: "desktop", use: { viewport: { width: 1440, height: 900 }, deviceScaleFactor: 1 } },
    { name: "phone", use: { viewport: { width: 390, height: 844 }, deviceScaleFactor: 3, isMobile: true, hasTouch: true } },
  ],
});
