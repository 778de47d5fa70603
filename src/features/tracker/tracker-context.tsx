import {
  createContext,
  useCallback,
  useContext,
  useMemo,
  useState,
  useSyncExternalStore,
  type ReactNode,
} from "react";
import type { Marks, TrackerSnapshot } from "./tracker-types";
import { SERVER_SNAPSHOT, type TrackerStore } from "./tracker-store";

type Undo = { readonly message: string; readonly marksBefore: Marks; readonly id: number };
type UndoApi = {
  readonly undo: Undo | null;
  offerUndo: (message: string, marksBefore: Marks) => void;
  runUndo: () => void;
  dismissUndo: () => void;
};

const StoreContext = createContext<TrackerStore | null>(null);
const UndoContext = createContext<UndoApi | null>(null);

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
      <UndoContext value={api}>{children}</UndoContext>
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

export function useUndo(): UndoApi {
  const api = useContext(UndoContext);
  if (!api) throw new Error("useUndo needs a <TrackerProvider> above it");
  return api;
}
