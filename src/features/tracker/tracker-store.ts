import { STORAGE_KEYS } from "../../config/storage-keys";
import type { SafeStorage } from "../../lib/safe-storage";
import * as rules from "./marks";
import { repairMarks } from "./tracker-blob";
import { createTrackerPersistence, type Operation } from "./tracker-persistence";
import type { Marks, TrackerSnapshot } from "./tracker-types";

// The person's marks as an external store for useSyncExternalStore. Storage rules live in
// tracker-persistence.ts; this module turns its state into stable snapshots. Methods do
// not use `this`, so they can be passed around unbound.

export type TrackerStore = {
  subscribe(listener: () => void): () => void;
  /** Stable between changes, for useSyncExternalStore. */
  getSnapshot(): TrackerSnapshot;
  setWatched(slug: string, watched: boolean): void;
  setCried(slug: string, cried: boolean): void;
  /** Import-replace, undo and reset: these marks become the whole list. */
  replaceMarks(marks: Marks): void;
  /** Import-merge: per slug, the mark changed last wins. */
  mergeMarks(marks: Marks): void;
  /** Replaces a newer version's blob with this visit's marks, after backing the blob up. */
  overwriteNewer(): void;
  /** Hides the notice; a newer blob stays protected (readOnly) all the same. */
  dismissProblem(): void;
  destroy(): void;
};

export type TrackerStoreOptions = {
  storage: SafeStorage;
  /** Marks for other slugs are ignored, and dropped from storage after a backup. */
  knownSlugs: readonly string[];
  now?: () => Date;
};

/** For getServerSnapshot: the page renders as if nothing were marked, then hydrates. */
export const SERVER_SNAPSHOT: TrackerSnapshot = Object.freeze({
  marks: rules.NO_MARKS,
  storage: "ok",
  problem: null,
  readOnly: false,
  migratedFrom: null,
});

export function createTrackerStore({
  storage,
  knownSlugs,
  now = () => new Date(),
}: TrackerStoreOptions): TrackerStore {
  if (knownSlugs.length === 0) {
    // Every stored mark would look unknown and be repaired away.
    throw new Error("createTrackerStore needs the list's slugs: create it once the entries have loaded.");
  }
  const known = new Set(knownSlugs);
  const listeners = new Set<() => void>();
  const persistence = createTrackerPersistence(storage, knownSlugs, now);
  const { state } = persistence;
  let snapshot = SERVER_SNAPSHOT;
  let destroyed = false;

  function publish() {
    const marks = state.pending.reduce((current, operation) => operation(current), state.confirmed);
    const stableMarks = rules.sameMarks(marks, snapshot.marks) ? snapshot.marks : marks;
    const unchanged =
      stableMarks === snapshot.marks &&
      state.health === snapshot.storage &&
      state.problem === snapshot.problem &&
      state.readOnly === snapshot.readOnly &&
      state.migratedFrom === snapshot.migratedFrom;
    if (unchanged) return;
    snapshot = {
      marks: stableMarks,
      storage: state.health,
      problem: state.problem,
      readOnly: state.readOnly,
      migratedFrom: state.migratedFrom,
    };
    for (const listener of [...listeners]) listener();
  }

  /** Runs one change unless the store is gone, then tells the listeners. */
  const act =
    <A extends unknown[]>(run: (...args: A) => void) =>
    (...args: A) => {
      if (destroyed) return;
      run(...args);
      publish();
    };

  const apply = (operation: Operation) => persistence.apply(operation);
  const clean = (marks: Marks) => repairMarks(marks, knownSlugs, now()).marks;
  const unsubscribeStorage = storage.subscribe(STORAGE_KEYS.tracker, act(persistence.takeExternalChange));
  publish();

  return {
    subscribe(listener) {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
    getSnapshot: () => snapshot,
    setWatched: act((slug: string, watched: boolean) => {
      const at = now();
      if (known.has(slug)) apply((marks) => rules.setWatched(marks, slug, watched, at));
    }),
    setCried: act((slug: string, cried: boolean) => {
      const at = now();
      if (known.has(slug)) apply((marks) => rules.setCried(marks, slug, cried, at));
    }),
    replaceMarks: act((marks: Marks) => {
      const replacement = clean(marks);
      apply(() => replacement);
    }),
    mergeMarks: act((marks: Marks) => {
      const incoming = clean(marks);
      apply((current) => rules.mergeMarks(current, incoming));
    }),
    overwriteNewer: act(persistence.overwriteNewer),
    dismissProblem: act(persistence.dismissProblem),
    destroy() {
      destroyed = true;
      unsubscribeStorage();
      listeners.clear();
    },
  };
}
