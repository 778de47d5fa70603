import { STORAGE_KEYS } from "../../config/storage-keys";
import type { SafeStorage } from "../../lib/safe-storage";
import type { ContentNote } from "../entries/vocabulary";
import * as rules from "./marks";
import { readAvoidList } from "./read-mark";
import { repairMarks } from "./tracker-blob";
import { createTrackerPersistence, type Operation } from "./tracker-persistence";
import type { HitRating, Marks, TrackerSnapshot } from "./tracker-types";

// The person's marks and avoid preference as an external store for useSyncExternalStore.
// Storage rules live in tracker-persistence.ts; this module turns its state into stable
// snapshots. Methods do not use `this`, so they can be passed around unbound.

export type TrackerStore = {
  subscribe(listener: () => void): () => void;
  /** Stable between changes, for useSyncExternalStore. */
  getSnapshot(): TrackerSnapshot;
  setWatched(slug: string, watched: boolean): void;
  setCried(slug: string, cried: boolean): void;
  /** Rates a Cried show 1–5, or clears its rating with null; does nothing for other shows. */
  setHit(slug: string, hit: HitRating | null): void;
  /** These content notes become the whole avoid list; unknown notes are left out. */
  setAvoid(tags: readonly string[]): void;
  /**
   * Import-replace, undo and reset: these marks become the whole list. With preferences (an
   * import that carried them), their avoid list becomes the whole avoid list too.
   */
  replaceMarks(marks: Marks, preferences?: AvoidPreferences): void;
  /** Import-merge: per slug, the mark changed last wins; avoid lists are united. */
  mergeMarks(marks: Marks, preferences?: AvoidPreferences): void;
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

/** Preferences as they come from outside: notes this version does not know are dropped. */
export type AvoidPreferences = { readonly avoid: readonly string[] };

/** For getServerSnapshot: the page renders as if nothing were marked, then hydrates. */
export const SERVER_SNAPSHOT: TrackerSnapshot = Object.freeze({
  marks: rules.NO_MARKS,
  avoid: rules.NO_AVOID,
  storage: "ok",
  problem: null,
  readOnly: false,
  migratedFrom: null,
});

type Change<T> = (current: T) => T;

/** An operation on the marks alone; the same data object when they do not change. */
function onMarks(change: Change<Marks>): Operation {
  return (data) => {
    const marks = change(data.marks);
    return marks === data.marks ? data : { ...data, marks };
  };
}

/** An operation on the avoid list alone; the same data object when it does not change. */
function onAvoid(change: Change<readonly ContentNote[]>): Operation {
  return (data) => {
    const avoid = change(data.preferences.avoid);
    return rules.sameAvoid(avoid, data.preferences.avoid)
      ? data
      : { ...data, preferences: { ...data.preferences, avoid } };
  };
}

/** Marks and avoid list in one operation, so an import is a single write. */
function both(marks: Change<Marks>, avoid: Change<readonly ContentNote[]> | null): Operation {
  const onlyMarks = onMarks(marks);
  return avoid === null ? onlyMarks : (data) => onAvoid(avoid)(onlyMarks(data));
}

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
    const { marks, preferences } = state.pending.reduce(
      (data, operation) => operation(data),
      state.confirmed,
    );
    const stableMarks = rules.sameMarks(marks, snapshot.marks) ? snapshot.marks : marks;
    const stableAvoid = rules.sameAvoid(preferences.avoid, snapshot.avoid)
      ? snapshot.avoid
      : preferences.avoid;
    const unchanged =
      stableMarks === snapshot.marks &&
      stableAvoid === snapshot.avoid &&
      state.health === snapshot.storage &&
      state.problem === snapshot.problem &&
      state.readOnly === snapshot.readOnly &&
      state.migratedFrom === snapshot.migratedFrom;
    if (unchanged) return;
    snapshot = {
      marks: stableMarks,
      avoid: stableAvoid,
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
  const cleanAvoid = (preferences: AvoidPreferences | undefined): readonly ContentNote[] | null =>
    preferences === undefined ? null : (readAvoidList(preferences.avoid)?.avoid ?? null);
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
      if (known.has(slug)) apply(onMarks((marks) => rules.setWatched(marks, slug, watched, at)));
    }),
    setCried: act((slug: string, cried: boolean) => {
      const at = now();
      if (known.has(slug)) apply(onMarks((marks) => rules.setCried(marks, slug, cried, at)));
    }),
    setHit: act((slug: string, hit: HitRating | null) => {
      const at = now();
      if (known.has(slug)) apply(onMarks((marks) => rules.setHit(marks, slug, hit, at)));
    }),
    setAvoid: act((tags: readonly string[]) => {
      const avoid = cleanAvoid({ avoid: tags });
      if (avoid) apply(onAvoid(() => avoid));
    }),
    replaceMarks: act((marks: Marks, preferences?: AvoidPreferences) => {
      const replacement = clean(marks);
      const avoid = cleanAvoid(preferences);
      apply(both(() => replacement, avoid ? () => avoid : null));
    }),
    mergeMarks: act((marks: Marks, preferences?: AvoidPreferences) => {
      const incoming = clean(marks);
      const avoid = cleanAvoid(preferences);
      apply(
        both(
          (current) => rules.mergeMarks(current, incoming),
          avoid ? (current) => rules.mergeAvoid(current, avoid) : null,
        ),
      );
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
