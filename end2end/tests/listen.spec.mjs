// Listening to a chart (issue 19): nothing makes a sound, or even an audio context, until the
// reader asks; then the chart plays as tones whose schedule follows the data, rendered here by
// an OfflineAudioContext standing in for the speakers.
import { readFileSync } from "node:fs";
import { test, expect, story } from "../explainer-page.mjs";

const gdp = JSON.parse(readFileSync(new URL("../../content/data/gdp.json", import.meta.url), "utf8"));
const RATE = 22050;

test.beforeEach(async ({ page }) => {
  // Every AudioContext the page makes is an offline one we can render and inspect.
  await page.addInitScript((rate) => {
    window.__contexts = [];
    const Offline = window.OfflineAudioContext;
    window.AudioContext = class extends Offline {
      constructor() {
        super({ numberOfChannels: 1, length: rate * 16, sampleRate: rate });
        window.__contexts.push(this);
      }
      // An offline context suspends at a given time only; the player pauses "now".
      suspend() {
        this.paused = true;
        return Promise.resolve();
      }
      resume() {
        this.paused = false;
        return Promise.resolve();
      }
      close() {
        this.closed = true;
        return Promise.resolve();
      }
      // An offline context's clock stands still until rendered; a test can move it.
      get currentTime() {
        return window.__now ?? super.currentTime;
      }
    };
  }, RATE);
});

test("no audio context exists before the reader asks, not even while they explore by keyboard", async ({ reader, page }) => {
  await reader.open("?step=a-sharp-fall");
  await reader.canvas.focus();
  for (let i = 0; i < 5; i++) await page.keyboard.press("ArrowRight");
  await page.keyboard.press("ArrowDown");
  await reader.next.click();
  expect(await page.evaluate(() => window.__contexts.length)).toBe(0);
  await expect(page.getByRole("button", { name: "Listen to this chart" })).toBeVisible();
});

test("Listen plays every bar in year order, pitch following the values, after saying what it plays", async ({ reader, page }) => {
  const slug = "a-sharp-fall";
  await reader.open(`?step=${slug}`);
  const button = page.getByRole("button", { name: "Listen to this chart" });
  await button.click();
  expect(await page.evaluate(() => window.__contexts.length)).toBe(1);
  await expect(page.locator(".chart [aria-live]")).toContainText("Belarus: real GDP growth, % a year.");
  await expect(page.getByRole("button", { name: "Pause sound" })).toBeVisible();
  // The schedule, as the player wrote it: dataset:id@start=hz.
  const items = (await page.locator(".chart__listen").getAttribute("data-score"))
    .split(" ")
    .map((s) => s.match(/^(\w+):([\w-]+)@([\d.]+)=([\d.]+)$/))
    .map((m) => ({ key: `${m[1]}:${m[2]}`, id: m[2], at: +m[3], hz: +m[4] }));
  const view = story.steps.find((s) => s.slug === slug).chart;
  const bars = gdp.rows.filter((r) => r.series === "wdi" && r.value !== null && r.year >= view.from && r.year <= view.to);
  const barTones = items.filter((t) => bars.some((b) => b.id === t.id));
  expect(barTones.map((t) => t.id)).toEqual(bars.sort((a, b) => a.year - b.year).map((b) => b.id));
  const value = (id) => bars.find((b) => b.id === id).value;
  for (const a of barTones)
    for (const b of barTones) if (value(a.id) < value(b.id)) expect(a.hz, `${a.id} below ${b.id}`).toBeLessThan(b.hz);
  for (const t of items) expect(t.hz).toBeGreaterThanOrEqual(220), expect(t.hz).toBeLessThanOrEqual(880);

  // What the speakers would get: a tone starts at each scheduled time, at its pitch.
  const heard = await page.evaluate(async ({ items, rate }) => {
    const buffer = await window.__contexts[0].startRendering();
    const data = buffer.getChannelData(0);
    // Loudness and pitch (by zero crossings) over 60 ms from 20 ms after a moment.
    const at = (t) => {
      const from = Math.round((t + 0.02) * rate), to = Math.round((t + 0.08) * rate);
      let energy = 0, crossings = 0;
      for (let i = from; i < to; i++) {
        energy += data[i] * data[i];
        if (data[i - 1] < 0 !== data[i] < 0) crossings++;
      }
      return { rms: Math.sqrt(energy / (to - from)), measured: crossings / 2 / ((to - from) / rate) };
    };
    return { before: at(0.3).rms, tones: items.map((t) => ({ ...t, ...at(t.at) })) };
  }, { items, rate: RATE });
  expect(heard.before, "silence while the intro is announced").toBeLessThan(1e-4);
  // Tones with no other within 0.2 s (the article's own figure sounds with its year's bar).
  const alone = heard.tones.filter((t) => heard.tones.every((o) => o === t || Math.abs(o.at - t.at) >= 0.2));
  expect(alone.length).toBeGreaterThan(10);
  for (const t of alone) {
    expect(t.rms, `${t.key} sounds`).toBeGreaterThan(0.01);
    expect(Math.abs(t.measured - t.hz), `${t.key}: ${t.measured} Hz heard, ${t.hz} Hz scheduled`).toBeLessThan(Math.max(10, t.hz * 0.04));
  }
  // P pauses; a new step stops the sound and closes the context.
  await reader.canvas.focus();
  await page.keyboard.press("p");
  await expect(page.getByRole("button", { name: "Resume sound" })).toBeVisible();
  await page.keyboard.press("Escape");
  await reader.next.click();
  await expect(page.getByRole("button", { name: "Listen to this chart" })).toBeVisible();
  expect(await page.evaluate(() => window.__contexts[0].closed)).toBe(true);
  expect(reader.problems).toEqual([]);
});

test("a score paused past its end finishes when resumed: the button offers to listen again", async ({ reader, page }) => {
  await reader.open("?step=a-sharp-fall");
  await page.getByRole("button", { name: "Listen to this chart" }).click();
  await reader.canvas.focus();
  await page.keyboard.press("p");
  await expect(page.locator(".chart__listen")).toHaveText("Resume sound");
  // The clock passes the last tone while paused (as if the pause had been long), and the
  // player's own check comes and goes meanwhile.
  await page.evaluate(() => (window.__now = 100));
  await page.waitForTimeout(9000);
  await expect(page.locator(".chart__listen")).toHaveText("Resume sound");
  await page.keyboard.press("p");
  await expect(page.locator(".chart__listen")).toHaveText("Listen to this chart", { timeout: 3000 });
  expect(reader.problems).toEqual([]);
});
