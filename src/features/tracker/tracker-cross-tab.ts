import { STORAGE_KEYS } from "../../config/storage-keys";
import { markOf, markTime, marksEqual } from "./marks";
import type { TrackerData } from "./tracker-blob";
import { replay, sameData, type Operation } from "./tracker-operations";

// How two tabs never lose a mark, in three layers; each does what the one before cannot.
//
// 1. Operations, not blobs (tracker-operations.ts): every write re-reads storage and replays
//    this tab's changes on it, so it keeps what other tabs stored before.
// 2. One lock for every write (WRITE_LOCK, a Web Lock: src/lib/tab-lock.ts), so two tabs'
//    read-replay-write never interleave. The screen does not wait for it: a tap shows at
//    once, from the pending operations; only the write waits for the lock.
// 3. A check after the write. Chromium and Firefox keep a copy of localStorage in each tab's
//    process and update it from other processes asynchronously, so the lock is not enough:
//    a tab can take it just after another tab's write and still read storage as it was
//    before that write. Chromium under the lock lost a mark in 22 of 100 rounds of two tabs
//    marking at the same instant (decision 012). So written operations are kept for
//    VERIFY_WINDOW; each time another tab's write arrives (the storage event) they are
//    replayed on it, and if anything is missing they are applied and written again.
//
// Never undone: another tab's later, deliberate change. A re-applied operation leaves alone
// any mark changed after the operation was made (marks carry their times; the mark changed
// last wins, as in mergeMarks). Removals carry no time, so for them two limits hold: an
// operation is re-applied at most MAX_REAPPLIED times and only within VERIFY_WINDOW of
// being made. The tab whose change was later re-applies last, so its change stays.

/** Every tab holds this Web Lock while it reads, replays and writes the tracker key. */
export const WRITE_LOCK = `${STORAGE_KEYS.tracker}:write`;

/**
 * How long after it was made an operation is checked against other tabs' writes. A stale
 * copy lasts as long as a write takes to reach the other tab: at most 144 ms in Chromium
 * and 465 ms in Firefox (a background tab) in our measurements. Seeing another tab's mark
 * appear and undoing it on purpose takes a person longer than that.
 */
export const VERIFY_WINDOW = 2_000; // ms

/**
 * Each stale overwrite costs an operation one re-apply, and a tab writes stale only until
 * the other tab's write reaches it, a few milliseconds: more than two are rare (the property
 * tests, with any interleaving, need two). The limit is for two tabs that disagree on
 * purpose about one show, one marking it as the other un-marks it: each gives up after this
 * many tries, the tab whose change was first gives up first, and the later change stays.
 */
export const MAX_REAPPLIED = 5;

/** The same operation applied once more, leaving alone any mark changed after it was made. */
export function reapply(operation: Operation): Operation {
  return {
    madeAt: operation.madeAt,
    reapplied: operation.reapplied + 1,
    run(data) {
      const next = operation.run(data);
      const newer = Object.entries(data.marks).filter(
        ([slug, mark]) => markTime(mark) > operation.madeAt && !marksEqual(mark, markOf(next.marks, slug)),
      );
      if (newer.length === 0) return next;
      return { ...next, marks: { ...next.marks, ...Object.fromEntries(newer) } };
    },
  };
}

export type CrossTabCheck = {
  /** Written operations to go on checking. */
  readonly recent: Operation[];
  /** Operations to write again, before any pending ones (they were made earlier). */
  readonly reapply: Operation[];
};

/** The written operations still worth checking: recent enough, and not re-applied too often. */
export function stillChecked(recent: readonly Operation[], now: number): Operation[] {
  return recent.filter(
    (operation) => now - operation.madeAt <= VERIFY_WINDOW && operation.reapplied < MAX_REAPPLIED,
  );
}

/** Replays this tab's recent operations on what another tab wrote: does it hold them all? */
export function checkAgainst(stored: TrackerData, recent: readonly Operation[], now: number): CrossTabCheck {
  const live = stillChecked(recent, now);
  const again = live.map(reapply);
  if (sameData(replay(again, stored), stored)) return { recent: live, reapply: [] };
  return { recent: [], reapply: again };
}
