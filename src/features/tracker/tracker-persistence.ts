import { STORAGE_KEYS } from "../../config/storage-keys";
import type { SafeStorage } from "../../lib/safe-storage";
import { NO_MARKS } from "./marks";
import {
  DEFAULT_PREFERENCES,
  parseTrackerBlob,
  serializeTrackerBlob,
  type TrackerData,
} from "./tracker-blob";
import type { StorageHealth, TrackerProblem } from "./tracker-types";

// How the tracker's marks, and the preferences stored beside them, meet storage. The
// promise: bad input gets a clear message, and nothing is lost. So:
// - stored text we would not write back as it was (corrupt, newer, migrated, repaired) is
//   never overwritten until its raw text sits in the backup key; if that copy fails, the
//   main key is left alone for the rest of the visit;
// - every change is an operation, replayed on a fresh read right before each write, so two
//   tabs marking different shows both keep their marks;
// - when storage is blocked or full, marks keep working in memory, and the operations that
//   could not be saved stay queued and ride along with the next write that succeeds.

/** One change to the stored data. Returns its input unchanged (same object) for a no-op. */
export type Operation = (data: TrackerData) => TrackerData;

export const NO_DATA: TrackerData = Object.freeze({ marks: NO_MARKS, preferences: DEFAULT_PREFERENCES });

export type PersistenceState = {
  /** What storage holds, as far as we know (for a newer blob: the part we could read). */
  confirmed: TrackerData;
  /** Changes from this visit that storage does not have yet. */
  pending: Operation[];
  health: StorageHealth;
  problem: TrackerProblem | null;
  readOnly: boolean;
  migratedFrom: number | null;
  /** The main key holds text we could not back up: leave it alone for this visit. */
  locked: boolean;
  /** The stored text the current (or a dismissed) problem was raised for. */
  raisedFor: string | null;
};

export type TrackerPersistence = {
  readonly state: Readonly<PersistenceState>;
  apply(operation: Operation): void;
  takeExternalChange(): void;
  overwriteNewer(): void;
  dismissProblem(): void;
};

const MAIN = STORAGE_KEYS.tracker;
const BACKUP = STORAGE_KEYS.trackerBackup;

/** Reads the stored data at once (the load), and writes back a migrated or repaired blob. */
export function createTrackerPersistence(
  storage: SafeStorage,
  knownSlugs: readonly string[],
  now: () => Date,
): TrackerPersistence {
  const state: PersistenceState = {
    confirmed: NO_DATA,
    pending: [],
    health: "ok",
    problem: null,
    readOnly: false,
    migratedFrom: null,
    locked: false,
    raisedFor: null,
  };

  /** True once `raw` is in the backup key (already, or now). */
  function backUp(raw: string): boolean {
    const existing = storage.read(BACKUP);
    if (existing.ok && existing.value === raw) return true;
    const written = storage.write(BACKUP, raw);
    if (!written.ok) state.health = written.reason;
    return written.ok;
  }

  /** Takes in what storage holds. Returns whether the stored text needs rewriting. */
  function ingest(raw: string | null, onLoad: boolean): boolean {
    const read = parseTrackerBlob(raw, knownSlugs, now());
    switch (read.kind) {
      case "empty":
        state.confirmed = NO_DATA;
        return false;
      case "ok":
        state.confirmed = { marks: read.marks, preferences: read.preferences };
        if (onLoad) state.migratedFrom = read.migratedFrom;
        return read.repaired || read.migratedFrom !== null;
      case "corrupt": {
        // On load there is nothing to show; later, keep showing the last marks we could read.
        if (onLoad) state.confirmed = NO_DATA;
        if (read.raw === state.raisedFor) return false; // backed up already, or locked
        const backedUp = backUp(read.raw);
        if (!backedUp) state.locked = true;
        state.raisedFor = read.raw;
        state.problem = { kind: "corrupt", raw: read.raw, backedUp };
        return false;
      }
      case "newer":
        state.confirmed = { marks: read.marks, preferences: read.preferences };
        state.readOnly = true;
        if (read.raw !== state.raisedFor) {
          state.raisedFor = read.raw;
          state.problem = { kind: "newer", version: read.version, raw: read.raw };
        }
        return false;
    }
  }

  function write(data: TrackerData): boolean {
    const written = storage.write(MAIN, serializeTrackerBlob(data.marks, data.preferences));
    state.health = written.ok ? "ok" : written.reason;
    if (!written.ok) return false;
    state.confirmed = data;
    state.pending = [];
    return true;
  }

  /** Re-reads storage, replays the pending operations on it, and writes the result. */
  function flush(rewrite: boolean) {
    if (state.locked || state.readOnly || (state.pending.length === 0 && !rewrite)) return;
    const stored = storage.read(MAIN);
    if (!stored.ok) {
      state.health = stored.reason;
      return;
    }
    const raw = stored.value;
    const read = parseTrackerBlob(raw, knownSlugs, now());
    let mustWrite = rewrite;
    if (read.kind === "corrupt" || read.kind === "newer") {
      ingest(raw, false);
      if (state.locked || state.readOnly) return;
      // Corrupt and backed up: build on the last marks we could read.
    } else if (read.kind === "ok") {
      mustWrite ||= read.repaired || read.migratedFrom !== null;
      if (mustWrite && raw !== null && !backUp(raw)) {
        state.locked = true;
        return;
      }
      state.confirmed = { marks: read.marks, preferences: read.preferences };
    } else {
      state.confirmed = NO_DATA;
    }
    const next = state.pending.reduce((data, operation) => operation(data), state.confirmed);
    if (next === state.confirmed && !mustWrite) state.pending = [];
    else write(next);
  }

  const initial = storage.read(MAIN);
  if (!initial.ok) state.health = initial.reason;
  else if (ingest(initial.value, true)) flush(true);

  return {
    state,
    apply(operation) {
      state.pending.push(operation);
      flush(false);
    },
    takeExternalChange() {
      const stored = storage.read(MAIN);
      if (stored.ok) ingest(stored.value, false);
      else state.health = stored.reason;
    },
    overwriteNewer() {
      if (!state.readOnly) return;
      const stored = storage.read(MAIN);
      if (!stored.ok) {
        state.health = stored.reason;
        return;
      }
      if (stored.value !== null && !backUp(stored.value)) return;
      const visible = state.pending.reduce((data, operation) => operation(data), state.confirmed);
      if (!write(visible)) return;
      state.readOnly = false;
      state.locked = false;
      state.problem = null;
    },
    dismissProblem() {
      state.problem = null;
    },
  };
}
