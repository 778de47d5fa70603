import "../styles.css";

// Each prerendered page carries the CSS its own HTML uses inline, and the full stylesheet
// as <link media="print" data-beasties-media="all"> (scripts/prerender-critical-css.ts): it
// downloads without holding up the first paint. Once loaded it gets its real media, so the
// views the page did not prerender (drawer, dialogs) are styled. This is the job of the
// inline script Beasties would write, which the CSP refuses. Before it applies, the page
// already looks the same: the inline rules are the full sheet's rules for this HTML.
const DEFERRED_MEDIA_ATTRIBUTE = "data-beasties-media";

function applyDeferredStylesheets(): void {
  for (const link of document.querySelectorAll<HTMLLinkElement>(`link[${DEFERRED_MEDIA_ATTRIBUTE}]`)) {
    const apply = () => {
      link.media = link.getAttribute(DEFERRED_MEDIA_ATTRIBUTE) ?? "all";
      link.removeAttribute(DEFERRED_MEDIA_ATTRIBUTE);
    };
    // A sheet that already arrived has its CSSStyleSheet; otherwise wait for it, so switching
    // the media never turns a pending download into one the page waits for.
    if (link.sheet) apply();
    else link.addEventListener("load", apply, { once: true });
  }
}

// The page arrives as finished HTML. The app (React, the router, the data) is fetched
// only after that HTML has been painted, so its downloads never compete with the first
// paint on a slow connection; until then the page reads, scrolls and follows links as is.
function startApp(): void {
  void import("./main");
}

// An entry page shows the countdown with that entry's card in place behind its drawer.
// Scrolling here, before the app arrives, puts it there for the first paint.
const prerendered = document.getElementById("root")?.dataset.prerendered ?? "";
const slug = /^\/anime\/([^/]+)$/.exec(prerendered)?.[1];
if (slug && window.location.pathname === prerendered) {
  document.getElementById(`entry-${slug}`)?.scrollIntoView({ block: "center" });
}

applyDeferredStylesheets();
requestAnimationFrame(() => setTimeout(startApp, 0));
