import {
  createContext,
  useCallback,
  useContext,
  useMemo,
  useState,
  useSyncExternalStore,
  type ReactNode,
} from "react";
import type { WatchStatus } from "../entries/watch-status";
import { statusOf } from "./marks";
import type { Marks, TrackerSnapshot } from "./tracker-types";
import { SERVER_SNAPSHOT } from "./tracker-snapshot";
import type { TrackerStore } from "./tracker-store";

type Undo = { readonly message: string; readonly marksBefore: Marks; readonly id: number };
type UndoApi = {
  readonly undo: Undo | null;
  offerUndo: (message: string, marksBefore: Marks) => void;
  runUndo: () => void;
  dismissUndo: () => void;
};

const StoreContext = createContext<TrackerStore | null>(null);
const UndoContext = createContext<UndoApi | null>(null);
// offerUndo alone, which never changes: a mark's toggles need only this, and so do not
// re-render each time an Undo is offered or dismissed.
const OfferUndoContext = createContext<UndoApi["offerUndo"] | null>(null);

export function TrackerProvider({ store, children }: { store: TrackerStore; children: ReactNode }) {
  const [undo, setUndo] = useState<Undo | null>(null);
  const offerUndo = useCallback(
    (message: string, marksBefore: Marks) =>
      setUndo((current) => ({ message, marksBefore, id: (current?.id ?? 0) + 1 })),
    [],
  );
  const api = useMemo<UndoApi>(
    () => ({
      undo,
      offerUndo,
      runUndo: () => {
        if (undo) store.replaceMarks(undo.marksBefore);
        setUndo(null);
      },
      dismissUndo: () => setUndo(null),
    }),
    [undo, offerUndo, store],
  );
  return (
    <StoreContext value={store}>
      <OfferUndoContext value={offerUndo}>
        <UndoContext value={api}>{children}</UndoContext>
      </OfferUndoContext>
    </StoreContext>
  );
}

export function useTrackerStore(): TrackerStore {
  const store = useContext(StoreContext);
  if (!store) throw new Error("useTrackerStore needs a <TrackerProvider> above it");
  return store;
}

/**
 * The person's marks. Prerendering and hydration see the empty server snapshot, so the
 * HTML matches; the saved marks arrive in the render right after.
 */
export function useTrackerSnapshot(): TrackerSnapshot {
  const store = useTrackerStore();
  return useSyncExternalStore(store.subscribe, store.getSnapshot, () => SERVER_SNAPSHOT);
}

/**
 * One show's status alone: a component that shows one show's marks re-renders when that
 * show's status changes, not on every mark anywhere (a tap re-renders one card, not 21).
 */
export function useMarkStatus(slug: string): WatchStatus {
  const store = useTrackerStore();
  return useSyncExternalStore(
    store.subscribe,
    () => statusOf(store.getSnapshot().marks, slug),
    () => statusOf(SERVER_SNAPSHOT.marks, slug),
  );
}

export function useOfferUndo(): UndoApi["offerUndo"] {
  const offerUndo = useContext(OfferUndoContext);
  if (!offerUndo) throw new Error("useOfferUndo needs a <TrackerProvider> above it");
  return offerUndo;
}

export function useUndo(): UndoApi {
  const api = useContext(UndoContext);
  if (!api) throw new Error("useUndo needs a <TrackerProvider> above it");
  return api;
}
