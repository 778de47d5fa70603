import { STORAGE_KEYS } from "../../config/storage-keys";
import type { SafeStorage } from "../../lib/safe-storage";
import { NO_MARKS } from "./marks";
import { DEFAULT_PREFERENCES, parseTrackerBlob, type BlobReadResult, type TrackerData } from "./tracker-blob";
import type { Operation } from "./tracker-operations";
import type { StorageHealth, TrackerProblem } from "./tracker-types";

// What the tracker knows of storage, and how stored text comes into it. Text this version
// would not write back as it was is handled here: corrupt text is copied to the backup key
// before anything can overwrite it, and a newer version's blob makes the visit read-only.
// The writing side is tracker-persistence.ts.

export const NO_DATA: TrackerData = Object.freeze({ marks: NO_MARKS, preferences: DEFAULT_PREFERENCES });

export type PersistenceState = {
  /** What storage holds, as far as we know (for a newer blob: the part we could read). */
  confirmed: TrackerData;
  /** Changes from this visit that storage does not have yet. */
  pending: Operation[];
  /** Changes storage has had, still checked against other tabs' writes (tracker-cross-tab.ts). */
  recent: Operation[];
  health: StorageHealth;
  problem: TrackerProblem | null;
  readOnly: boolean;
  migratedFrom: number | null;
  /** The main key holds text we could not back up: leave it alone for this visit. */
  locked: boolean;
  /** The stored text the current (or a dismissed) problem was raised for. */
  raisedFor: string | null;
};

/** What reading needs: the state it updates, the storage, and what repairing needs. */
export type StorageContext = {
  readonly state: PersistenceState;
  readonly storage: SafeStorage;
  readonly knownSlugs: readonly string[];
  readonly now: () => Date;
};

const BACKUP = STORAGE_KEYS.trackerBackup;

/** Migrated or repaired text: written back (after a backup) even when nothing changed. */
export const needsRewrite = (read: BlobReadResult): boolean =>
  read.kind === "ok" && (read.repaired || read.migratedFrom !== null);

/** True once `raw` is in the backup key (already, or now). */
export function backUp({ state, storage }: StorageContext, raw: string): boolean {
  const existing = storage.read(BACKUP);
  if (existing.ok && existing.value === raw) return true;
  const written = storage.write(BACKUP, raw);
  if (!written.ok) state.health = written.reason;
  return written.ok;
}

/** Takes in what storage holds: the data, and any problem with it. */
export function ingest(context: StorageContext, raw: string | null, onLoad: boolean): BlobReadResult {
  const { state, knownSlugs, now } = context;
  const read = parseTrackerBlob(raw, knownSlugs, now());
  switch (read.kind) {
    case "empty":
      state.confirmed = NO_DATA;
      break;
    case "ok":
      state.confirmed = { marks: read.marks, preferences: read.preferences };
      if (onLoad) state.migratedFrom = read.migratedFrom;
      break;
    case "corrupt": {
      // On load there is nothing to show; later, keep showing the last marks we could read.
      if (onLoad) state.confirmed = NO_DATA;
      if (read.raw === state.raisedFor) break; // backed up already, or locked
      const backedUp = backUp(context, read.raw);
      if (!backedUp) state.locked = true;
      state.raisedFor = read.raw;
      state.problem = { kind: "corrupt", raw: read.raw, backedUp };
      break;
    }
    case "newer":
      state.confirmed = { marks: read.marks, preferences: read.preferences };
      state.readOnly = true;
      if (read.raw !== state.raisedFor) {
        state.raisedFor = read.raw;
        state.problem = { kind: "newer", version: read.version, raw: read.raw };
      }
      break;
  }
  return read;
}
