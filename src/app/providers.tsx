import { QueryClientProvider, type QueryClient } from "@tanstack/react-query";
import type { ReactNode } from "react";
import { browserStorage, type SafeStorage } from "../lib/safe-storage";
import { TrackerStorageProvider } from "./app-tracker";

type AppProvidersProps = {
  queryClient: QueryClient;
  /** Where marks are kept; tests pass an in-memory storage. */
  storage?: SafeStorage;
  children: ReactNode;
};

const defaultStorage = browserStorage();

export function AppProviders({ queryClient, storage = defaultStorage, children }: AppProvidersProps) {
  return (
    <QueryClientProvider client={queryClient}>
      <TrackerStorageProvider storage={storage}>{children}</TrackerStorageProvider>
    </QueryClientProvider>
  );
}
