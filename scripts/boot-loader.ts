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
 * The inline script, in plain ES5 so that every browser parses it. The same text on every
 * page and in every build: what differs (the boot module's file, the card to scroll to)
 * sits in its tag's data- attributes (`bootLoaderTag`). So one hash allows it, in the
 * pages' <meta> policy and in the response header hosts send (scripts/host/site-rules.ts).
 * It:
 * - scrolls an entry page's card into view behind its drawer, before the first paint
 *   (`data-scroll-card`: only on the page prerendered for `data-scroll-path`);
 * - keeps the target of every click in `window.earlyTaps`, for early-clicks.ts to replay
 *   once the app is live;
 * - adds the boot module (`data-boot`) once the browser reports the first contentful
 *   paint, or after 3 s if it never does. The timer is set before anything that could throw.
 *   With it, the modulepreload links the page holds in `<template
 *   data-deferred-modulepreload>` (scripts/prerender-module-preload.ts): the app's code
 *   downloads beside the boot module instead of a round trip after it (decision 014).
 * - Where that report cannot come, it adds the boot module two animation frames after the
 *   load event instead: where paint timing is missing or throws, and in Firefox on a page
 *   it scrolled. Firefox reports no paint at all for a page scrolled before its first
 *   paint, and it paints in step with its frames, so its first paint is over by then.
 *   Chromium is not: it runs several frames before it shows the first, sometimes a second
 *   or more on a busy machine, so it keeps waiting for its report (decision 011).
 */
export const BOOT_LOADER =
  '(function(){var d=document,o=d.querySelector("script[data-boot]").dataset,s,c,f;' +
  "o.scrollPath&&location.pathname==o.scrollPath&&(c=d.getElementById(o.scrollCard))&&" +
  '(c.scrollIntoView({block:"center"}),f="mozInnerScreenX"in window);window.earlyTaps=[];' +
  'addEventListener("click",function(e){var t=window.earlyTaps;t&&t.push(e.target)},!0);' +
  'function go(){s||(s=d.createElement("script"),s.type="module",s.crossOrigin="",' +
  's.src=o.boot,d.head.append(s),[].forEach.call(d.querySelectorAll("template[data-deferred-modulepreload]"),' +
  "function(t){d.head.append(t.content)}))}" +
  "setTimeout(go,3e3);" +
  'try{new PerformanceObserver(function(l){l.getEntriesByName("first-contentful-paint").length&&go()})' +
  '.observe({type:"paint",buffered:!0})}catch(e){f=1}' +
  'f&&addEventListener("load",function(){requestAnimationFrame(function(){requestAnimationFrame(go)})})})()';

const attribute = (value: string) => value.replace(/&/g, "&amp;").replace(/"/g, "&quot;");

/** The loader's tag: BOOT_LOADER with this page's boot module and card to scroll to. */
export function bootLoaderTag(bootSrc: string, scroll?: { path: string; cardId: string }): string {
  const data = [`data-boot="${attribute(bootSrc)}"`];
  if (scroll) {
    data.push(
      `data-scroll-path="${attribute(scroll.path)}"`,
      `data-scroll-card="${attribute(scroll.cardId)}"`,
    );
  }
  return `<script ${data.join(" ")}>${BOOT_LOADER}</script>`;
}

/** Replaces the boot module's tag in <head> with the inline loader at the end of <body>. */
export function loadBootAfterPaint(html: string, scroll?: { path: string; cardId: string }): string {
  const tag = BOOT_TAG.exec(html);
  if (!tag?.[1]) throw new Error("The page has no boot module tag for the boot loader to replace");
  if (!html.includes("</body>")) throw new Error("The page needs a </body> for the boot loader");
  return html.replace(tag[0], "").replace("</body>", `${bootLoaderTag(tag[1], scroll)}\n  </body>`);
}
