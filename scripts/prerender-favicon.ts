import { gzipSync } from "node:zlib";
import svgToTinyDataUri from "mini-svg-data-uri";

// The budget for the HTML of "/" (gzip): within it, a page arrives in the first
// round trip with room to spare for the response's headers.
const HTML_BUDGET = 14_000; // bytes

const FAVICON_LINK = /<link rel="icon" href="([^"]+\.svg)" type="image\/svg\+xml"\s*\/?>/;

/**
 * For a build's pages: a function that gives the page with its SVG favicon inline, as a
 * `data:` URI, when the page stays within HTML_BUDGET, and otherwise the page as it was.
 * Chromium asks for a page's favicon once the page has loaded, which for a page with
 * nothing else to fetch is before its first paint: a request that then competes with the
 * paint on a slow connection (see docs/decisions/006-critical-css.md). `readIcon` reads the
 * file the link names, once per file for all the pages.
 */
export function faviconInliner(readIcon: (href: string) => string): (html: string) => string {
  const dataUris = new Map<string, string>();
  const dataUri = (href: string) => {
    let uri = dataUris.get(href);
    if (uri === undefined) {
      // `toSrcset` writes spaces as %20: a URL in HTML may hold none.
      uri = svgToTinyDataUri.toSrcset(readIcon(href)).replace(/"/g, "&quot;");
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
