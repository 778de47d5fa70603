import { startTransition, StrictMode } from "react";
import { createRoot, hydrateRoot } from "react-dom/client";
import { BrowserRouter } from "react-router";
import { entriesQueryOptions } from "../features/entries/entries-query";
import { makeQueryClient } from "../lib/query-client";
import { AppProviders } from "./providers";
import { takeEarlyTaps, type KeptIntent } from "./early-clicks";
import { AppRoutes, preloadRoutes } from "./routes";

/**
 * Startup, stage 4 (boot.ts): takes over the page once `stylesheetReady` has settled (the
 * app renders views the inlined CSS does not cover). Its data and the route's code load
 * meanwhile, so the stylesheet, the data and the code all arrive side by side. Returns the
 * taps made before, for boot.ts to replay once the app is live.
 */
export async function takeOverPage(stylesheetReady: Promise<void>): Promise<readonly KeptIntent[]> {
  const container = document.getElementById("root");
  if (!container) throw new Error("index.html has no #root element");
  const queryClient = makeQueryClient();
  // The HTML was rendered with the list in hand: fetch the same data and the route's
  // code before React takes over, so the first client render matches it.
  await Promise.all([
    queryClient.prefetchQuery(entriesQueryOptions()),
    preloadRoutes(window.location.pathname),
    stylesheetReady,
  ]);
  const app = (
    <StrictMode>
      <AppProviders queryClient={queryClient}>
        {/* Navigations render at once rather than in a transition: a chip shows its new
            state in the frame after the click, and the URL-driven search box never lags
            a keystroke behind. */}
        <BrowserRouter useTransitions={false}>
          <AppRoutes />
        </BrowserRouter>
      </AppProviders>
    </StrictMode>
  );

  // From here React sees every tap. Before it renders: the tapped toggles still show what
  // the person saw.
  const earlyTaps = takeEarlyTaps();

  // A prerendered page hydrates only at the address it was rendered for. A single-page
  // fallback can serve index.html at any path, and a query string (filters, shared
  // marks) changes what the page shows; then the HTML is replaced by a fresh render.
  const { pathname, search } = window.location;
  if (container.dataset.prerendered === pathname && search === "") {
    // As a transition, hydration yields to the browser between components instead of
    // holding the main thread for the whole page: the page stays responsive as it wakes.
    startTransition(() => {
      hydrateRoot(container, app);
    });
  } else {
    container.replaceChildren();
    createRoot(container).render(app);
  }
  return earlyTaps;
}
