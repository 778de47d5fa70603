import { StrictMode } from "react";
import svgToTinyDataUri from "mini-svg-data-uri";
import { renderToString } from "react-dom/server";
import { StaticRouter } from "react-router";
import rawEntries from "../../data/entries.json";
import { ARTWORK_SIZE } from "../config/asset-urls";
import { entryCardId } from "../features/countdown/card-links";
import { artworkToSvg } from "../features/entries/artwork/svg";
import { InlineArtworkContext } from "../features/entries/entry-artwork";
import type { Entry } from "../features/entries/entry-schema";
import { entriesQueryKey } from "../features/entries/entries-query";
import { parseEntries } from "../features/entries/parse-entries";
import { makeQueryClient } from "../lib/query-client";
import { browserStorage } from "../lib/safe-storage";
import { compareMeta, entryMeta, homeMeta, myOrderMeta, notFoundMeta, type PageMeta } from "./page-meta";
import { AppProviders } from "./providers";
import { AppRoutes, preloadAllRoutes } from "./routes";
import { paths } from "../config/paths";

// Build-time rendering (scripts/prerender-plugin.ts loads this through Vite's module
// runner): every route becomes finished HTML that hydrates in the browser.

export type PrerenderedPage = {
  /** Path the page is served at, e.g. "/anime/hal". */
  path: string;
  /** File under dist/ to write, e.g. "anime/hal.html". */
  file: string;
  html: string;
  meta: PageMeta;
  /** The card the page scrolls into view before its first paint: an entry's, behind its drawer. */
  scrollTo?: { path: string; cardId: string };
  /** Source files of the lazy routes the page renders, whose code loads beside the app's. */
  lazyRoutes?: string[];
};

// Loaded while this module loads: the build loads it through Vite's module runner,
// which closes once the import returns, so later dynamic imports would fail.
await preloadAllRoutes();

/**
 * The entry's artwork as a `data:` URI, for a page that carries its picture inline. A URL
 * in HTML may hold no spaces (the Nu HTML Checker rejects them), so they become %20
 * (`toSrcset`), and its quotes %27, as React would write a ' in an attribute as &#x27;.
 * An entry page's HTML is then 41 bytes smaller (gzip, on average) than with raw spaces,
 * and 96 smaller than with %20 alone.
 */
function artworkDataUri(entry: Entry): string {
  return svgToTinyDataUri
    .toSrcset(artworkToSvg(entry, ARTWORK_SIZE.width, ARTWORK_SIZE.height))
    .replace(/'/g, "%27");
}

function renderPath(path: string, inlineArtwork: ReadonlyMap<string, string> = new Map()): string {
  const queryClient = makeQueryClient();
  queryClient.setQueryData(entriesQueryKey, parseEntries(rawEntries));
  return renderToString(
    <StrictMode>
      {/* No window here: storage reports "unavailable" and marks render empty, as hydration expects. */}
      <AppProviders queryClient={queryClient} storage={browserStorage()}>
        <InlineArtworkContext value={inlineArtwork}>
          <StaticRouter location={path}>
            <AppRoutes />
          </StaticRouter>
        </InlineArtworkContext>
      </AppProviders>
    </StrictMode>,
  );
}

/** Every page the site has: the countdown, each entry, the share pages and the not-found page. */
export async function prerenderAll(): Promise<PrerenderedPage[]> {
  const entries = parseEntries(rawEntries);
  const pages: PrerenderedPage[] = [
    { path: "/", file: "index.html", html: renderPath("/"), meta: homeMeta(entries) },
  ];
  for (const entry of entries) {
    const path = `/anime/${entry.slug}`;
    pages.push({
      path,
      file: `anime/${entry.slug}.html`,
      // Its largest paint is its artwork (on the card and in the drawer): inline, the first
      // round trip brings it with the text, and no request waits for a second connection.
      html: renderPath(path, new Map([[entry.slug, artworkDataUri(entry)]])),
      meta: entryMeta(entry),
      scrollTo: { path, cardId: entryCardId(entry.slug) },
      lazyRoutes: ["src/app/routes/entry-drawer-route.tsx"],
    });
  }
  // The share pages: a shared-marks link and "My order" answer 200 with a preview of their
  // own, on any static host. Their contents come from the link or this browser's marks, so
  // the app draws them; the HTML says what the page is, also without JavaScript.
  const compare = paths.compare.pattern;
  pages.push({
    path: compare,
    file: "compare.html",
    html: renderPath(compare),
    meta: compareMeta(),
    lazyRoutes: ["src/app/routes/compare-route.tsx"],
  });
  const myOrder = paths.myOrder.getHref();
  pages.push({
    path: myOrder,
    file: "my-order.html",
    html: renderPath(myOrder),
    meta: myOrderMeta(),
    lazyRoutes: ["src/app/routes/my-order-route.tsx"],
  });
  pages.push({ path: "/404", file: "404.html", html: renderPath("/404"), meta: notFoundMeta() });
  return pages;
}
