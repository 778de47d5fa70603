import { StrictMode } from "react";
import { renderToString } from "react-dom/server";
import {
  createStaticHandler,
  createStaticRouter,
  StaticRouterProvider,
  type RouteObject,
} from "react-router";
import rawEntries from "../../data/entries.json";
import { entriesQueryKey } from "../features/entries/entries-query";
import { parseEntries } from "../features/entries/parse-entries";
import { makeQueryClient } from "../lib/query-client";
import { browserStorage } from "../lib/safe-storage";
import { entryMeta, homeMeta, notFoundMeta, type PageMeta } from "./page-meta";
import { AppProviders } from "./providers";
import { routes } from "./routes";

// Build-time rendering (scripts/prerender-plugin.ts loads this through Vite's module
// runner): every route becomes finished HTML that hydrates in the browser.

export type PrerenderedPage = {
  /** Path the page is served at, e.g. "/anime/hal". */
  path: string;
  /** File under dist/ to write, e.g. "anime/hal.html". */
  file: string;
  html: string;
  meta: PageMeta;
};

const ORIGIN_FOR_REQUESTS = "http://prerender.local";

/** Swaps every lazy route for its loaded module, recursively. */
async function resolveLazyRoutes(table: RouteObject[]): Promise<void> {
  for (const route of table) {
    if (typeof route.lazy === "function") Object.assign(route, await route.lazy(), { lazy: undefined });
    if (route.children) await resolveLazyRoutes(route.children);
  }
}

// Resolved while this module loads: the build loads it through Vite's module runner,
// which closes once the import returns, so later dynamic imports would fail.
await resolveLazyRoutes(routes);

async function renderPath(path: string): Promise<string> {
  const entries = parseEntries(rawEntries);
  const queryClient = makeQueryClient();
  queryClient.setQueryData(entriesQueryKey, entries);
  const handler = createStaticHandler(routes);
  const context = await handler.query(new Request(new URL(path, ORIGIN_FOR_REQUESTS)));
  if (context instanceof Response) throw new Error(`Prerendering ${path} returned a redirect or response`);
  const router = createStaticRouter(handler.dataRoutes, context);
  return renderToString(
    <StrictMode>
      {/* No window here: storage reports "unavailable" and marks render empty, as hydration expects. */}
      <AppProviders queryClient={queryClient} storage={browserStorage()}>
        {/* hydrate={false}: no inline hydration script, so the CSP needs no 'unsafe-inline'. */}
        <StaticRouterProvider router={router} context={context} hydrate={false} />
      </AppProviders>
    </StrictMode>,
  );
}

/** Every page the site has: the countdown, each entry, and the not-found page. */
export async function prerenderAll(): Promise<PrerenderedPage[]> {
  const entries = parseEntries(rawEntries);
  const pages: PrerenderedPage[] = [
    { path: "/", file: "index.html", html: await renderPath("/"), meta: homeMeta(entries) },
  ];
  for (const entry of entries) {
    const path = `/anime/${entry.slug}`;
    pages.push({
      path,
      file: `anime/${entry.slug}.html`,
      html: await renderPath(path),
      meta: entryMeta(entry),
    });
  }
  pages.push({ path: "/404", file: "404.html", html: await renderPath("/404"), meta: notFoundMeta() });
  return pages;
}
