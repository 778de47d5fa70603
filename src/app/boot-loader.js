// Startup, stage 1 (docs/startup.md): the prerendered page's one inline script. The build
// minifies this file and puts it at the end of every page's <body> in place of Vite's
// <script type="module"> tag (scripts/boot-loader.ts). A tag is fetched while the HTML is
// still being parsed, so on a slow connection the app would compete with the page for its
// first paint; this asks for the app only once that paint is done.
//
// Plain ES5, so that every browser parses it, and the same text on every page and in every
// build, so that one hash allows it in the Content Security Policy. What differs from page
// to page (the boot module's file, the card to scroll to) sits in its tag's data- attributes.
(function () {
  var settings = document.querySelector("script[data-boot]").dataset;
  var bootAdded = false;
  // Whether the browser will not report the first paint: then two frames after the load
  // event stand in for the report.
  var noPaintReport = false;

  // An entry page opens on its drawer, with its card centred behind it, before the first
  // paint. Only on the page prerendered for that path: a single-page fallback can serve the
  // file at any address. Firefox reports no paint at all for a page scrolled before its
  // first paint (decision 011: the one place the app names an engine).
  var card = location.pathname === settings.scrollPath && document.getElementById(settings.scrollCard);
  if (card) {
    card.scrollIntoView({ block: "center" });
    noPaintReport = "mozInnerScreenX" in window;
  }

  // Until the app is live its buttons do nothing: every click's target is kept for the app
  // to replay (src/app/early-clicks.ts), which sets this to null once it takes them.
  window.earlyTaps = [];
  addEventListener(
    "click",
    function (event) {
      var taps = window.earlyTaps;
      if (taps) taps.push(event.target);
    },
    true
  );

  // The boot module, with the modulepreload links the page holds in <template
  // data-deferred-modulepreload>, so the app's code downloads beside it instead of a round
  // trip after it (decision 014). Added as Vite's tag had it: Firefox keeps a module loaded
  // without `crossorigin` apart from a `crossorigin` modulepreload of the same file.
  function addBoot() {
    if (bootAdded) return;
    bootAdded = true;
    var script = document.createElement("script");
    script.type = "module";
    script.crossOrigin = "";
    script.src = settings.boot;
    document.head.append(script);
    var held = document.querySelectorAll("template[data-deferred-modulepreload]");
    for (var i = 0; i < held.length; i += 1) document.head.append(held[i].content);
  }

  // The last resort, set before anything that could throw.
  setTimeout(addBoot, 3000);

  // The first contentful paint, as the browser reports it (decision 006).
  try {
    new PerformanceObserver(function (list) {
      if (list.getEntriesByName("first-contentful-paint").length) addBoot();
    }).observe({ type: "paint", buffered: true });
  } catch (error) {
    noPaintReport = true;
  }

  // Where no report will come: two frames after the load event. Firefox paints in step with
  // its frames, so its first paint is over by then. Chromium is not: it can run several
  // frames before it shows the first, so it always waits for its report (decision 011).
  if (noPaintReport) {
    addEventListener("load", function () {
      requestAnimationFrame(function () {
        requestAnimationFrame(addBoot);
      });
    });
  }
})();
