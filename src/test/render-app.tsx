import { QueryClient } from "@tanstack/react-query";
import { render } from "@testing-library/react";
import { flushSync } from "react-dom";
import { createMemoryRouter, RouterProvider } from "react-router";
import { AppProviders } from "../app/providers";
import { memoryStorage, type SafeStorage } from "../lib/safe-storage";
import { routes } from "../app/routes";

/**
 * Renders the real route table at `path`, with a fresh query client that never retries
 * and marks kept in memory.
 * `flushSync` is what react-router/dom's provider passes in the browser; without it,
 * typing into the URL-driven search box would lag a render behind.
 */
export function renderApp(path = "/", { storage = memoryStorage() }: { storage?: SafeStorage } = {}) {
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  const router = createMemoryRouter(routes, { initialEntries: [path] });
  const view = render(
    <AppProviders queryClient={queryClient} storage={storage}>
      <RouterProvider router={router} flushSync={(fn) => void flushSync(fn)} />
    </AppProviders>,
  );
  return { ...view, router, queryClient, storage };
}
