// Applies ?theme=light|dark|auto and ?transparent=1 before anything is drawn, so an embed on a
// dark host never flashes a white box. The app takes over from here (toggle, system changes).
(function () {
  var root = document.documentElement;
  // Scripts run: the app will show the story, so the static copy in the page stays hidden.
  root.classList.add("js");
  var params = new URLSearchParams(location.search);
  var choice = (params.get("theme") || "auto").toLowerCase();
  var dark = choice === "dark" || (choice !== "light" && window.matchMedia && matchMedia("(prefers-color-scheme: dark)").matches);
  root.setAttribute("data-theme", dark ? "dark" : "light");
  if (/^(1|true|yes)$/i.test(params.get("transparent") || "")) root.setAttribute("data-transparent", "");
})();

// If the app has not started after a while (WebAssembly blocked, a failed download), say so
// instead of leaving "Loading…" on screen for ever.
(function () {
  var started = false;
  addEventListener("DOMContentLoaded", function () {
    var status = document.getElementById("prelude-status");
    if (!started && status) status.textContent = "Loading the interactive explainer…";
  });
  addEventListener("TrunkApplicationStarted", function () { started = true; });
  setTimeout(function () {
    var status = document.getElementById("prelude-status");
    if (!started && status) {
      status.textContent = "The interactive explainer could not start in this browser. The article and the data are linked above, and the whole story follows.";
      document.documentElement.classList.add("app-failed");
    }
  }, 20000);
})();
