import { STORAGE_KEYS } from "../../../config/storage-keys";
import { createTrackerStore, type TrackerStore } from "../tracker-store";
import { parseTrackerBlob, type TrackerData } from "../tracker-blob";
import { delayedTabs, fakeLocks, type DelayedTabs, type FakeLocks } from "./delayed-tabs";
import { NOW, SLUGS_IN_RANK_ORDER } from "./tracker-arbitraries";

// Test support: two tracker stores in two "processes" (delayed-tabs.ts), sharing a clock
// and, unless told otherwise, a lock manager whose grants the test hands out.

export type TwoTabStores = {
  readonly tabs: DelayedTabs;
  readonly locks: FakeLocks | null;
  readonly stores: readonly [TrackerStore, TrackerStore];
  now(): Date;
  advance(ms: number): void;
  /** Grants every lock and delivers every change until nothing is left to do. */
  settle(): void;
  /** What the shared store holds, read as this version reads it. */
  stored(): TrackerData;
};

export function twoTabStores({
  initial = {},
  withLocks = true,
}: { initial?: Readonly<Record<string, string>>; withLocks?: boolean } = {}): TwoTabStores {
  const tabs = delayedTabs(initial);
  const locks = withLocks ? fakeLocks() : null;
  let time = NOW.getTime();
  const now = () => new Date(time);
  const open = () =>
    createTrackerStore({ storage: tabs.openTab(), knownSlugs: SLUGS_IN_RANK_ORDER, now, locks });
  const stores: readonly [TrackerStore, TrackerStore] = [open(), open()];
  return {
    tabs,
    locks,
    stores,
    now,
    advance(ms) {
      time += ms;
    },
    settle() {
      do {
        while (locks?.grant());
        tabs.deliverAll();
      } while ((locks?.waiting ?? 0) > 0);
    },
    stored() {
      const read = parseTrackerBlob(tabs.stored(STORAGE_KEYS.tracker) ?? null, SLUGS_IN_RANK_ORDER, now());
      if (read.kind === "empty") return { marks: {}, preferences: { avoid: [] } };
      if (read.kind !== "ok") throw new Error(`the stored blob is ${read.kind}`);
      return { marks: read.marks, preferences: read.preferences };
    },
  };
}
