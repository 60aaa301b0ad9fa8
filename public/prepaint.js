// Applies ?theme=light|dark|auto and ?transparent=1 before anything is drawn, so an embed on a
// dark host never flashes a white box. The app takes over from here (toggle, system changes).
// It reads the address as src/address/mod.rs does: tests/addresses.json lists what both must make
// of valid and hostile queries (end2end/tests/address.spec.mjs runs this script against it).
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
  // Another edition than the page's (?lang=ru on the English page): hidden until the app has
  // drawn it in that language (mirrors Edition::from_code: the part before - or _, any case).
  var lang = (params.get("lang") || "").trim().split(/[-_]/)[0].toLowerCase();
  var editions = ["en", "ru", "be", "uk", "pl", "lt", "de"];
  if (editions.indexOf(lang) >= 0 && lang !== (root.getAttribute("lang") || "en")) root.classList.add("wait-app");
  var choice = (params.get("theme") || "auto").trim().toLowerCase();
  var systemDark = !!(window.matchMedia && matchMedia("(prefers-color-scheme: dark)").matches);
  var dark = choice === "dark" || (choice !== "light" && systemDark);
  root.setAttribute("data-theme", dark ? "dark" : "light");
  if (flag("transparent")) root.setAttribute("data-transparent", "");
  // The head preloads the first step's stand-in in the system's scheme (figures::stand_in_preloads).
  // An address naming a step or a chart, or forcing the other scheme, shows another file: drop
  // the preloads, so Chrome does not report them unused (their fetch has started; it is ~1 KB).
  var named = function (name) { return (params.get(name) || "").trim() !== ""; };
  if (named("step") || named("chart") || dark !== systemDark) {
    var preloads = document.querySelectorAll('link[rel="preload"][as="image"]');
    for (var p = 0; p < preloads.length; p++) preloads[p].remove();
  }
  // The chart box's stand-in follows the system's scheme (one <picture>, fetched before this
  // could run); a theme forced by the address turns the other scheme's sources off (mirrors
  // figures::stand_in_sources). Attributes only: the app adopts these very nodes.
  if (choice !== "light" && choice !== "dark") return;
  var clause = " and (prefers-color-scheme: dark)";
  document.addEventListener("readystatechange", function once() {
    document.removeEventListener("readystatechange", once);
    var sources = document.querySelectorAll(".chart__static source");
    for (var i = 0; i < sources.length; i++) {
      var media = sources[i].getAttribute("media") || "";
      var isDark = media.indexOf(clause) >= 0;
      sources[i].setAttribute("media", isDark === dark ? media.replace(clause, "") : "not all");
    }
  });
})();

// If the app has not started after a while (WebAssembly blocked, a failed download), say so;
// the page stays a readable article with static charts.
(function () {
  var started = false;
  addEventListener("TrunkApplicationStarted", function () {
    started = true;
    document.documentElement.classList.remove("seek-panel");
  });
  setTimeout(function () {
    var status = document.getElementById("boot-status");
    if (!started && status) {
      status.textContent = status.getAttribute("data-failed");
      document.documentElement.classList.add("app-failed");
      // Each step's static figure waits in a <noscript> (text, while scripts run): unpack them.
      var boxes = document.querySelectorAll("noscript.step-figure-box");
      for (var i = 0; i < boxes.length; i++) boxes[i].insertAdjacentHTML("afterend", boxes[i].textContent);
    }
  }, 20000);
})();

// A link to a step opens the prerendered page at that step, as the app will once it has started
// (mirrors address::step_from_param and reading::scrolly::scroll_to): the step at the top of the
// reading zone, and that step's chart title and figure in the chart box. Hidden until placed
// (the HTML is parsed by then), so a shared link never flashes the top of the story.
(function () {
  var root = document.documentElement;
  var value = (new URLSearchParams(location.search).get("step") || "").trim();
  if (!value || root.classList.contains("wait-app")) return;
  root.classList.add("seek-step");
  var place = function () {
    var steps = document.querySelectorAll(".scrolly > .step");
    var index = -1;
    for (var i = 0; i < steps.length; i++) if (steps[i].id === "step-" + value) index = i;
    if (index < 0 && /^[0-9]{1,4}$/.test(value) && +value >= 1 && +value <= steps.length) index = +value - 1;
    if (index <= 0) return;
    var slug = steps[index].id.slice(5);
    var first = "figures/" + steps[0].id.slice(5);
    var caption = steps[index].getAttribute("data-chart-title");
    var title = document.getElementById("chart-title");
    // The title's text node, not textContent: the app adopts this very node.
    var text = title && title.firstChild;
    if (caption && text && text.nodeType === 3) text.data = caption;
    var figures = document.querySelectorAll(".chart__static source, .chart__static img");
    for (var j = 0; j < figures.length; j++) {
      ["src", "srcset"].forEach(function (name) {
        var v = figures[j].getAttribute(name);
        if (v && v.indexOf(first) === 0) figures[j].setAttribute(name, "figures/" + slug + v.slice(first.length));
      });
    }
    // The legend and source note are the first step's until the app draws this one: hidden,
    // keeping their space.
    root.classList.add("seek-panel");
    history.scrollRestoration = "manual";
    var pin = document.getElementById("chart-pin");
    var box = pin && pin.getBoundingClientRect();
    var zone = box && box.width > innerWidth * 0.7 ? box.height : 0;
    scrollTo(0, Math.max(0, steps[index].getBoundingClientRect().top + scrollY - zone - 16));
  };
  // "interactive": the whole page is parsed (before the deferred app script has even loaded).
  document.addEventListener("readystatechange", function once() {
    if (document.readyState === "loading") return;
    document.removeEventListener("readystatechange", once);
    try {
      place();
    } finally {
      root.classList.remove("seek-step");
    }
  });
})();
