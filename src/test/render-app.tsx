import { QueryClient } from "@tanstack/react-query";
import { render } from "@testing-library/react";
import { AppProviders } from "../app/providers";
import { AppRoutes } from "../app/routes";
import type { SafeStorage } from "../lib/safe-storage";
import { memoryStorage } from "./memory-storage";
import { memoryRouterWithProbe } from "./memory-router-probe";

/**
 * Renders the real route table at `path`, with a fresh query client that never retries
 * and marks kept in memory.
 */
export function renderApp(path = "/", { storage = memoryStorage() }: { storage?: SafeStorage } = {}) {
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  const { element, router } = memoryRouterWithProbe(<AppRoutes />, path);
  const view = render(
    <AppProviders queryClient={queryClient} storage={storage}>
      {element}
    </AppProviders>,
  );
  return { ...view, router, queryClient, storage };
}
