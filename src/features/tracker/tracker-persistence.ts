import { STORAGE_KEYS } from "../../config/storage-keys";
import type { SafeStorage } from "../../lib/safe-storage";
import type { TabLock } from "../../lib/tab-lock";
import { parseTrackerBlob, serializeTrackerBlob, type TrackerData } from "./tracker-blob";
import { checkAgainst, stillChecked } from "./tracker-cross-tab";
import { replay, type Operation } from "./tracker-operations";
import {
  backUp,
  ingest,
  NO_DATA,
  needsRewrite,
  type PersistenceState,
  type StorageContext,
} from "./tracker-stored-text";

// How the tracker's marks, and the preferences stored beside them, meet storage (reading
// stored text into the state is in tracker-stored-text.ts). The
// promise: bad input gets a clear message, and nothing is lost. So:
// - stored text we would not write back as it was (corrupt, newer, migrated, repaired) is
//   never overwritten until its raw text sits in the backup key; if that copy fails, the
//   main key is left alone for the rest of the visit;
// - every change is an operation, replayed on a fresh read right before each write, under a
//   lock all tabs share, and checked against other tabs' writes afterwards, so two tabs
//   marking at the same instant both keep their marks (tracker-cross-tab.ts);
// - when storage is blocked or full, marks keep working in memory, and the operations that
//   could not be saved stay queued and ride along with the next write that succeeds.

export type TrackerPersistence = {
  readonly state: Readonly<PersistenceState>;
  /** Queues the change, and writes it under the lock: at once without Web Locks, else soon. */
  apply(operation: Operation): void;
  takeExternalChange(): void;
  /** The page is going away: writes what is pending now, without waiting for the lock. */
  writeNow(): void;
  overwriteNewer(): void;
  dismissProblem(): void;
};

export type PersistenceOptions = {
  storage: SafeStorage;
  knownSlugs: readonly string[];
  now: () => Date;
  /** Keeps other tabs out while this one reads, replays and writes. */
  lock: TabLock;
  /** Called when work that waited for the lock has changed the state. */
  onChange: () => void;
};

const MAIN = STORAGE_KEYS.tracker;

/** Reads the stored data at once (the load), and writes back a migrated or repaired blob. */
export function createTrackerPersistence({
  storage,
  knownSlugs,
  now,
  lock,
  onChange,
}: PersistenceOptions): TrackerPersistence {
  const state: PersistenceState = {
    confirmed: NO_DATA,
    pending: [],
    recent: [],
    health: "ok",
    problem: null,
    readOnly: false,
    migratedFrom: null,
    locked: false,
    raisedFor: null,
  };
  const context: StorageContext = { state, storage, knownSlugs, now };
  /** The stored text must be written back (migrated or repaired), even with nothing pending. */
  let rewrite = false;
  let writeQueued = false;

  /** Storage has the pending operations now: check them against other tabs' writes for a while. */
  function settle() {
    state.recent = stillChecked([...state.recent, ...state.pending], now().getTime());
    state.pending = [];
  }

  function write(data: TrackerData): boolean {
    const written = storage.write(MAIN, serializeTrackerBlob(data.marks, data.preferences));
    state.health = written.ok ? "ok" : written.reason;
    if (!written.ok) return false;
    state.confirmed = data;
    rewrite = false;
    settle();
    return true;
  }

  /** Re-reads storage, replays the pending operations on it, and writes the result. */
  function flush() {
    if (state.locked || state.readOnly || (state.pending.length === 0 && !rewrite)) return;
    const stored = storage.read(MAIN);
    if (!stored.ok) {
      state.health = stored.reason;
      return;
    }
    const raw = stored.value;
    const read = parseTrackerBlob(raw, knownSlugs, now());
    const mustWrite = rewrite || needsRewrite(read);
    if (read.kind === "corrupt" || read.kind === "newer") {
      ingest(context, raw, false);
      if (state.locked || state.readOnly) return;
      // Corrupt and backed up: build on the last marks we could read.
    } else if (read.kind === "ok") {
      if (mustWrite && raw !== null && !backUp(context, raw)) {
        state.locked = true;
        return;
      }
      state.confirmed = { marks: read.marks, preferences: read.preferences };
    } else {
      state.confirmed = NO_DATA;
    }
    const next = replay(state.pending, state.confirmed);
    if (next === state.confirmed && !mustWrite) settle();
    else write(next);
  }

  /** Runs work under the lock, and tells the store when the work had to wait for it. */
  function underLock(work: () => void) {
    let waited = false;
    lock(() => {
      work();
      if (waited) onChange();
    });
    waited = true;
  }

  /** One write at a time is enough: it takes every operation pending when it runs. */
  function requestWrite() {
    if (writeQueued) return;
    writeQueued = true;
    underLock(() => {
      writeQueued = false;
      flush();
    });
  }

  const initial = storage.read(MAIN);
  if (!initial.ok) state.health = initial.reason;
  else if (needsRewrite(ingest(context, initial.value, true))) {
    rewrite = true;
    requestWrite();
  }

  return {
    state,
    apply(operation) {
      state.pending.push(operation);
      requestWrite();
    },
    writeNow: () => flush(),
    takeExternalChange() {
      const stored = storage.read(MAIN);
      if (!stored.ok) {
        state.health = stored.reason;
        return;
      }
      // Only a blob that some tab wrote can have missed our changes; an empty key was cleared.
      if (ingest(context, stored.value, false).kind !== "ok") return;
      const check = checkAgainst(state.confirmed, state.recent, now().getTime());
      state.recent = check.recent;
      if (check.reapply.length === 0) return;
      state.pending = [...check.reapply, ...state.pending];
      requestWrite();
    },
    overwriteNewer() {
      if (!state.readOnly) return;
      underLock(() => {
        if (!state.readOnly) return; // a second tap while the first waited for the lock
        const stored = storage.read(MAIN);
        if (!stored.ok) {
          state.health = stored.reason;
          return;
        }
        if (stored.value !== null && !backUp(context, stored.value)) return;
        if (!write(replay(state.pending, state.confirmed))) return;
        state.readOnly = false;
        state.locked = false;
        state.problem = null;
      });
    },
    dismissProblem() {
      state.problem = null;
    },
  };
}
