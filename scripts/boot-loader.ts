// The prerendered pages start their app from a small inline script instead of a
// <script type="module"> tag. A tag is fetched while the HTML is still being parsed, so
// on a slow connection the boot module competes with the page for its first paint; this
// script asks for it only once the browser reports that paint (docs/decisions/006), or,
// in a browser that does not report it, soon after the load event (decision 011).

// The page's one script tag, as Vite writes it for the boot module (src/app/boot.ts).
// The loader adds the module with the same attributes (`crossorigin` included): Firefox
// keeps a module loaded without it apart from a `crossorigin` modulepreload of the same
// file, and fires `error` on such a preload.
const BOOT_TAG = /\s*<script type="module" crossorigin src="([^"]+)"><\/script>/;

/**
 * How long after the load event a browser may take to report the first contentful paint
 * before the loader stops waiting for it (ms). Firefox reports no paint at all for a page
 * scrolled before its first paint (every entry page: the card behind the drawer), while
 * Chromium reports its paint up to about 0.27 s after the load event, having run several
 * animation frames meanwhile: frames alone would start Chromium's app before its first
 * paint (docs/decisions/011-startup-in-every-engine.md).
 */
export const PAINT_REPORT_GRACE = 500;

/**
 * The inline script, in plain ES5 so that every browser parses it. It:
 * - scrolls an entry page's card into view behind its drawer, before the first paint
 *   (`cardId`: only on the page prerendered for `path`);
 * - keeps the target of every click in `window.earlyTaps`, for early-clicks.ts to replay
 *   once the app is live;
 * - adds the boot module once the browser reports the first contentful paint, or
 *   `PAINT_REPORT_GRACE` after the load event, or after 3 s, whichever comes first. The
 *   3 s timer is set before anything that could throw: the app always starts.
 */
export function bootLoader(bootSrc: string, scroll?: { path: string; cardId: string }): string {
  const json = (value: string) => JSON.stringify(value);
  const scrollCard = scroll
    ? `location.pathname==${json(scroll.path)}&&(c=d.getElementById(${json(scroll.cardId)}))&&c.scrollIntoView({block:"center"});`
    : "";
  return (
    `(function(){var d=document,s,c;${scrollCard}window.earlyTaps=[];` +
    'addEventListener("click",function(e){var t=window.earlyTaps;t&&t.push(e.target)},!0);' +
    'function go(){s||(s=d.createElement("script"),s.type="module",s.crossOrigin="",' +
    `s.src=${json(bootSrc)},d.head.append(s))}` +
    "setTimeout(go,3e3);" +
    `addEventListener("load",function(){setTimeout(go,${PAINT_REPORT_GRACE})});` +
    'try{new PerformanceObserver(function(l){l.getEntriesByName("first-contentful-paint").length&&go()})' +
    '.observe({type:"paint",buffered:!0})}catch(e){}})()'
  );
}

/** Replaces the boot module's tag in <head> with `bootLoader`'s inline script at the end of <body>. */
export function loadBootAfterPaint(html: string, scroll?: { path: string; cardId: string }): string {
  const tag = BOOT_TAG.exec(html);
  if (!tag?.[1]) throw new Error("The page has no boot module tag for the boot loader to replace");
  if (!html.includes("</body>")) throw new Error("The page needs a </body> for the boot loader");
  return html
    .replace(tag[0], "")
    .replace("</body>", `<script>${bootLoader(tag[1], scroll)}</script>\n  </body>`);
}
