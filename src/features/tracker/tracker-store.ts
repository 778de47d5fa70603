import { STORAGE_KEYS } from "../../config/storage-keys";
import type { SafeStorage } from "../../lib/safe-storage";
import { browserLocks, tabLock, type LockRequester } from "../../lib/tab-lock";
import type { ContentCategory } from "../entries/vocabulary";
import type { HitRating } from "../entries/watch-status";
import * as rules from "./marks";
import { readAvoidList } from "./read-mark";
import { repairMarks } from "./tracker-blob";
import { WRITE_LOCK } from "./tracker-cross-tab";
import { onAvoid, onBoth, onMarks, replay, switchAvoid, type Operation } from "./tracker-operations";
import { createTrackerPersistence } from "./tracker-persistence";
import { nextSnapshot, SERVER_SNAPSHOT } from "./tracker-snapshot";
import type { Marks, TrackerSnapshot } from "./tracker-types";

// The person's marks and avoid preference as an external store for useSyncExternalStore.
// Storage rules live in tracker-persistence.ts, and stable snapshots in tracker-snapshot.ts;
// this module runs each change. A change shows in the snapshot at once, before storage has
// it. Methods do not use `this`, so they can be passed around unbound.

export type TrackerStore = {
  subscribe(listener: () => void): () => void;
  /** Stable between changes, for useSyncExternalStore. */
  getSnapshot(): TrackerSnapshot;
  setWatched(slug: string, watched: boolean): void;
  setCried(slug: string, cried: boolean): void;
  /** Rates a Cried show 1–5, or clears its rating with null; does nothing for other shows. */
  setHit(slug: string, hit: HitRating | null): void;
  /**
   * These content notes become the whole avoid list; unknown notes are left out. What is
   * stored is the notes switched on and off, so another tab's switches are kept.
   */
  setAvoid(tags: readonly string[]): void;
  /**
   * Import-replace, undo and reset: these marks become the whole list. With preferences (an
   * import that carried them), their avoid list becomes the whole avoid list too.
   */
  replaceMarks(marks: Marks, preferences?: AvoidPreferences): void;
  /** Import-merge: per slug, the mark changed last wins; avoid lists are united. */
  mergeMarks(marks: Marks, preferences?: AvoidPreferences): void;
  /**
   * Import from another site: adds marks for shows not marked here, even if another tab
   * marked one since the preview; never changes or removes a mark.
   */
  addMarks(marks: Marks): void;
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
  /** Web Locks for writes shared with other tabs; null writes without them. */
  locks?: LockRequester | null;
};

/** Preferences as they come from outside: notes this version does not know are dropped. */
export type AvoidPreferences = { readonly avoid: readonly string[] };

export function createTrackerStore({
  storage,
  knownSlugs,
  now = () => new Date(),
  locks = browserLocks(),
}: TrackerStoreOptions): TrackerStore {
  if (knownSlugs.length === 0) {
    // Every stored mark would look unknown and be repaired away.
    throw new Error("createTrackerStore needs the list's slugs: create it once the entries have loaded.");
  }
  const known = new Set(knownSlugs);
  const listeners = new Set<() => void>();
  let snapshot = SERVER_SNAPSHOT;
  let destroyed = false;
  const persistence = createTrackerPersistence({
    storage,
    knownSlugs,
    now,
    lock: tabLock(WRITE_LOCK, locks),
    // A write that waited for the lock: its health (and a newer tab's marks) may show now.
    onChange: () => {
      if (!destroyed) publish();
    },
  });
  const { state } = persistence;

  /** What the person sees: what storage has, with this tab's changes it has not got yet. */
  const visible = () => replay(state.pending, state.confirmed);

  function publish() {
    const next = nextSnapshot(snapshot, visible(), state);
    if (next === snapshot) return;
    snapshot = next;
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

  /** A change that changes nothing on screen is not stored: there is nothing to keep. */
  const apply = (operation: Operation) => {
    const shown = visible();
    if (operation.run(shown) !== shown) persistence.apply(operation);
  };
  /** A change to one show's mark, stamped now; shows not on the list are ignored. */
  const applyToMark = (slug: string, change: (marks: Marks, at: Date) => Marks) => {
    const at = now();
    if (known.has(slug)) apply(onMarks(at.getTime(), (marks) => change(marks, at)));
  };
  const clean = (marks: Marks) => repairMarks(marks, knownSlugs, now()).marks;
  const cleanAvoid = (preferences: AvoidPreferences | undefined): readonly ContentCategory[] | null =>
    preferences === undefined ? null : (readAvoidList(preferences.avoid)?.avoid ?? null);
  // A tap's write waits for the lock; a page left in that moment would drop it (a reload
  // right after a tap), so leaving writes what is pending at once.
  const page = typeof window === "undefined" ? null : window;
  page?.addEventListener("pagehide", persistence.writeNow);
  const unsubscribeStorage = storage.subscribe(STORAGE_KEYS.tracker, act(persistence.takeExternalChange));
  publish();

  return {
    subscribe(listener) {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
    getSnapshot: () => snapshot,
    setWatched: act((slug: string, watched: boolean) =>
      applyToMark(slug, (marks, at) => rules.setWatched(marks, slug, watched, at)),
    ),
    setCried: act((slug: string, cried: boolean) =>
      applyToMark(slug, (marks, at) => rules.setCried(marks, slug, cried, at)),
    ),
    setHit: act((slug: string, hit: HitRating | null) =>
      applyToMark(slug, (marks, at) => rules.setHit(marks, slug, hit, at)),
    ),
    setAvoid: act((tags: readonly string[]) => {
      const avoid = cleanAvoid({ avoid: tags });
      if (avoid) apply(onAvoid(now().getTime(), switchAvoid(visible().preferences.avoid, avoid)));
    }),
    replaceMarks: act((marks: Marks, preferences?: AvoidPreferences) => {
      const replacement = clean(marks);
      const avoid = cleanAvoid(preferences);
      apply(onBoth(now().getTime(), () => replacement, avoid ? () => avoid : null));
    }),
    mergeMarks: act((marks: Marks, preferences?: AvoidPreferences) => {
      const incoming = clean(marks);
      const avoid = cleanAvoid(preferences);
      apply(
        onBoth(
          now().getTime(),
          (current) => rules.mergeMarks(current, incoming),
          avoid ? (current) => rules.mergeAvoid(current, avoid) : null,
        ),
      );
    }),
    addMarks: act((marks: Marks) => {
      const incoming = clean(marks);
      apply(onMarks(now().getTime(), (current) => rules.addMissingMarks(current, incoming)));
    }),
    overwriteNewer: act(persistence.overwriteNewer),
    dismissProblem: act(persistence.dismissProblem),
    destroy() {
      destroyed = true;
      unsubscribeStorage();
      page?.removeEventListener("pagehide", persistence.writeNow);
      listeners.clear();
    },
  };
}
