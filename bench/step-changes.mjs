// Step changes as a reader makes them, measured in the page: run with page.evaluate(stepChanges, n)
// on a page in step-by-step mode. Shared by the benchmark and the step profile.

/**
 * Presses → (n - 1 times) then ← once, waiting for each transition to end. Returns, per press, the
 * time from the key press to the frame that first paints the new step's chart (`latency`, ms), the
 * final redraw's time (`draw`) and every transition frame's draw time (`frames`). Each press is
 * preceded by a `step-<i>` performance mark, so a trace can find it.
 */
export async function stepChanges(n) {
  const canvas = document.querySelector("canvas.chart__canvas");
  // When is a change on screen? One made in an event task is painted in the next frame; one made
  // in a frame's animation callbacks (where the chart draws its transition) in that same frame.
  // This loop's callback runs first in each frame and marks it as in progress until its rendering
  // is done (a posted message runs only after that), so the observer knows which frame paints.
  let inFrame = false;
  let running = true;
  const channel = new MessageChannel();
  channel.port1.onmessage = () => (inFrame = false);
  const loop = () => {
    inFrame = true;
    channel.port2.postMessage(0);
    if (running) requestAnimationFrame(loop);
  };
  requestAnimationFrame(loop);
  await new Promise((r) => setTimeout(r, 50));
  const settled = (step) =>
    new Promise((resolve) => {
      const check = () => (canvas.getAttribute("data-drawn-step") === step ? resolve() : setTimeout(check, 20));
      check();
    });
  const latency = [];
  const draw = [];
  const frames = [];
  for (let i = 0; i < n; i++) {
    const key = i < n - 1 ? "ArrowRight" : "ArrowLeft";
    const target = String(Number(canvas.getAttribute("data-drawn-step")) + (key === "ArrowRight" ? 1 : -1));
    canvas.removeAttribute("data-shown-step");
    canvas.removeAttribute("data-frame-ms");
    const painted = new Promise((resolve) => {
      const obs = new MutationObserver(() => {
        if (canvas.getAttribute("data-shown-step") === target) {
          obs.disconnect();
          // Measured when that frame's scripts have run (its own timestamp is its vsync, which
          // can precede a key press that was handled late).
          if (inFrame) resolve(performance.now());
          else requestAnimationFrame(() => resolve(performance.now()));
        }
      });
      obs.observe(canvas, { attributes: true });
    });
    performance.mark(`step-${i}`);
    const t0 = performance.now();
    document.body.dispatchEvent(new KeyboardEvent("keydown", { key, bubbles: true }));
    latency.push((await painted) - t0);
    await settled(target);
    draw.push(Number(canvas.getAttribute("data-draw-ms")));
    const f = canvas.getAttribute("data-frame-ms");
    if (f) frames.push(...f.split(",").map(Number));
    await new Promise((r) => setTimeout(r, 30));
  }
  running = false;
  return { latency, draw, frames };
}
