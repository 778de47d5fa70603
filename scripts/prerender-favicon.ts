import { gzipSync } from "node:zlib";

// The budget for the HTML of "/" (gzip): within it, a page arrives in the first
// round trip with room to spare for the response's headers.
const HTML_BUDGET = 14_000; // bytes

const FAVICON_LINK = /<link rel="icon" href="([^"]+\.png)" type="image\/png"[^>]*>/;

/**
 * For a build's pages: a function that gives the page with its PNG favicon inline, as a
 * `data:` URI, when the page stays within HTML_BUDGET, and otherwise the page as it was.
 * Chromium asks for a page's favicon once the page has loaded, which for a page with
 * nothing else to fetch is before its first paint: a request that then competes with the
 * paint on a slow connection (see docs/decisions/006-critical-css.md). `readIcon` reads the
 * file the link names, once per file for all the pages.
 * A PNG, not the SVG it is drawn from (public/favicon.svg, rasterised by
 * artwork-assets-plugin.ts): Chromium decodes a page's favicon again on the page's main
 * thread after every navigation, pushState included, and an SVG is a whole document to lay
 * out and paint there, 11–13 ms per chip tap on a 4× slower CPU against 0.3–1.2 ms for the
 * 32 px PNG (decision 014).
 */
export function faviconInliner(readIcon: (href: string) => Uint8Array): (html: string) => string {
  const dataUris = new Map<string, string>();
  const dataUri = (href: string) => {
    let uri = dataUris.get(href);
    if (uri === undefined) {
      uri = `data:image/png;base64,${Buffer.from(readIcon(href)).toString("base64")}`;
      dataUris.set(href, uri);
    }
    return uri;
  };
  return (html) => {
    const href = FAVICON_LINK.exec(html)?.[1];
    if (href === undefined) return html;
    const inlined = html.replace(FAVICON_LINK, (link) => link.replace(href, dataUri(href)));
    return gzipSync(inlined).length <= HTML_BUDGET ? inlined : html;
  };
}
