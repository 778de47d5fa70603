import { createContext, useContext, type ReactNode } from "react";
import type { Entry } from "../features/entries/entry-schema";
import { TrackerProvider } from "../features/tracker/tracker-context";
import { createTrackerStore, type TrackerStore } from "../features/tracker/tracker-store";
import { UndoBar } from "../features/tracker/undo-bar";
import type { SafeStorage } from "../lib/safe-storage";

const StorageContext = createContext<SafeStorage | null>(null);

// One store per storage for the life of the page: routes come and go, the marks stay.
const stores = new WeakMap<SafeStorage, TrackerStore>();

function storeFor(storage: SafeStorage, entries: readonly Entry[]): TrackerStore {
  let store = stores.get(storage);
  if (!store) {
    store = createTrackerStore({ storage, knownSlugs: entries.map((entry) => entry.slug) });
    stores.set(storage, store);
  }
  return store;
}

/** Where marks are kept: the browser's localStorage, or memory in tests. */
export function TrackerStorageProvider({ storage, children }: { storage: SafeStorage; children: ReactNode }) {
  return <StorageContext value={storage}>{children}</StorageContext>;
}

/**
 * The tracker needs the list's slugs (marks for unknown shows are dropped), so routes
 * wrap their content in this once the entries have loaded.
 */
export function TrackerScope({ entries, children }: { entries: readonly Entry[]; children: ReactNode }) {
  const storage = useContext(StorageContext);
  if (!storage) throw new Error("TrackerScope needs a <TrackerStorageProvider> above it");
  return (
    <TrackerProvider store={storeFor(storage, entries)}>
      {children}
      <UndoBar />
    </TrackerProvider>
  );
}
