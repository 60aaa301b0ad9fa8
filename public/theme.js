// Applies ?theme=light|dark|auto and ?transparent=1 before anything is drawn, so an embed on a
// dark host never flashes a white box. The app takes over from here (toggle, system changes).
(function () {
  var root = document.documentElement;
  // Scripts run: the app will take over the prerendered page (the no-script figures stay hidden).
  root.classList.add("js");
  var params = new URLSearchParams(location.search);
  // The prerendered page is the full explainer, read by scrolling. An embed, step-by-step or
  // article view is laid out differently: hide the page until the app has drawn that instead of
  // showing one layout and swapping it (mirrors ViewState::hydrates_prerender in Rust).
  var flag = function (name) { return /^(1|true|yes)$/i.test((params.get(name) || "").trim()); };
  var mode = (params.get("mode") || "").trim().toLowerCase();
  if (flag("embed") || mode === "steps" || mode === "article") root.classList.add("wait-app");
  var choice = (params.get("theme") || "auto").toLowerCase();
  var dark = choice === "dark" || (choice !== "light" && window.matchMedia && matchMedia("(prefers-color-scheme: dark)").matches);
  root.setAttribute("data-theme", dark ? "dark" : "light");
  if (/^(1|true|yes)$/i.test(params.get("transparent") || "")) root.setAttribute("data-transparent", "");
})();

// If the app has not started after a while (WebAssembly blocked, a failed download), say so;
// the page stays a readable article with static charts.
(function () {
  var started = false;
  addEventListener("TrunkApplicationStarted", function () { started = true; });
  setTimeout(function () {
    var status = document.getElementById("boot-status");
    if (!started && status) {
      status.textContent = "The interactive charts could not start in this browser: this is the explainer as a plain article, with a static chart for each step.";
      document.documentElement.classList.add("app-failed");
    }
  }, 20000);
})();
