// The prerendered pages start their app from a small inline script instead of a
// <script type="module"> tag. A tag is fetched while the HTML is still being parsed, so
// on a slow connection the boot module competes with the page for its first paint; this
// script asks for it only once the browser reports that paint (docs/decisions/006), or,
// where that report cannot come, two frames after the load event (decision 011).

// The page's one script tag, as Vite writes it for the boot module (src/app/boot.ts).
// The loader adds the module with the same attributes (`crossorigin` included): Firefox
// keeps a module loaded without it apart from a `crossorigin` modulepreload of the same
// file, and fires `error` on such a preload.
const BOOT_TAG = /\s*<script type="module" crossorigin src="([^"]+)"><\/script>/;

/**
 * The inline script, in plain ES5 so that every browser parses it. It:
 * - scrolls an entry page's card into view behind its drawer, before the first paint
 *   (`cardId`: only on the page prerendered for `path`);
 * - keeps the target of every click in `window.earlyTaps`, for early-clicks.ts to replay
 *   once the app is live;
 * - adds the boot module once the browser reports the first contentful paint, or after
 *   3 s if it never does. The timer is set before anything that could throw.
 * - Where that report cannot come, it adds the boot module two animation frames after the
 *   load event instead: where paint timing is missing or throws, and in Firefox on a page
 *   it scrolled. Firefox reports no paint at all for a page scrolled before its first
 *   paint, and it paints in step with its frames, so its first paint is over by then.
 *   Chromium is not: it runs several frames before it shows the first, sometimes a second
 *   or more on a busy machine, so it keeps waiting for its report (decision 011).
 */
export function bootLoader(bootSrc: string, scroll?: { path: string; cardId: string }): string {
  const json = (value: string) => JSON.stringify(value);
  const scrollCard = scroll
    ? `location.pathname==${json(scroll.path)}&&(c=d.getElementById(${json(scroll.cardId)}))&&` +
      '(c.scrollIntoView({block:"center"}),f="mozInnerScreenX"in window);'
    : "";
  return (
    `(function(){var d=document,s,c,f;${scrollCard}window.earlyTaps=[];` +
    'addEventListener("click",function(e){var t=window.earlyTaps;t&&t.push(e.target)},!0);' +
    'function go(){s||(s=d.createElement("script"),s.type="module",s.crossOrigin="",' +
    `s.src=${json(bootSrc)},d.head.append(s))}` +
    "setTimeout(go,3e3);" +
    'try{new PerformanceObserver(function(l){l.getEntriesByName("first-contentful-paint").length&&go()})' +
    '.observe({type:"paint",buffered:!0})}catch(e){f=1}' +
    'f&&addEventListener("load",function(){requestAnimationFrame(function(){requestAnimationFrame(go)})})})()'
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
