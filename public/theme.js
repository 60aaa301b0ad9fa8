// Applies ?theme=light|dark|auto and ?transparent=1 before anything is drawn, so an embed on a
// dark host never flashes a white box. The app takes over from here (toggle, system changes).
(function () {
  var root = document.documentElement;
  var params = new URLSearchParams(location.search);
  var choice = (params.get("theme") || "auto").toLowerCase();
  var dark = choice === "dark" || (choice !== "light" && window.matchMedia && matchMedia("(prefers-color-scheme: dark)").matches);
  root.setAttribute("data-theme", dark ? "dark" : "light");
  if (/^(1|true|yes)$/i.test(params.get("transparent") || "")) root.setAttribute("data-transparent", "");
})();
