import { CONTENT_CATEGORY_IDS, type ContentCategory } from "../entries/vocabulary";
import * as rules from "./marks";
import type { TrackerData } from "./tracker-blob";
import type { Marks } from "./tracker-types";

// Every change to the stored data is an Operation: what the person did, as a function from
// the stored data to the new data. Storage never receives a finished blob from the screen;
// each write replays the operations on a fresh read, so changes from two tabs combine.
// For that, each operation changes only what the person touched: one show's mark, or the
// notes they switched in the avoid list.

export type Operation = {
  /** When the person made the change (ms since the epoch, the tab's clock). */
  readonly madeAt: number;
  /** How many times another tab's write was found to have missed it (tracker-cross-tab.ts). */
  readonly reapplied: number;
  /** Returns its input unchanged (the same object) when it changes nothing. */
  readonly run: (data: TrackerData) => TrackerData;
};

type Change<T> = (current: T) => T;

/** An operation on the marks alone; the same data object when they do not change. */
export function onMarks(madeAt: number, change: Change<Marks>): Operation {
  return {
    madeAt,
    reapplied: 0,
    run(data) {
      const marks = change(data.marks);
      return marks === data.marks ? data : { ...data, marks };
    },
  };
}

/** An operation on the avoid list alone; the same data object when it does not change. */
export function onAvoid(madeAt: number, change: Change<readonly ContentCategory[]>): Operation {
  return {
    madeAt,
    reapplied: 0,
    run(data) {
      const avoid = change(data.preferences.avoid);
      return rules.sameAvoid(avoid, data.preferences.avoid)
        ? data
        : { ...data, preferences: { ...data.preferences, avoid } };
    },
  };
}

/** Marks and avoid list in one operation, so an import is a single write. */
export function onBoth(
  madeAt: number,
  marks: Change<Marks>,
  avoid: Change<readonly ContentCategory[]> | null,
): Operation {
  const onlyMarks = onMarks(madeAt, marks);
  if (avoid === null) return onlyMarks;
  const onlyAvoid = onAvoid(madeAt, avoid);
  return { madeAt, reapplied: 0, run: (data) => onlyAvoid.run(onlyMarks.run(data)) };
}

/**
 * The avoid list as the notes switched on and off, not as a whole list: a tab that shows
 * [war] and switches on "suicide" must not drop the "depression" another tab just added.
 */
export function switchAvoid(
  shown: readonly ContentCategory[],
  wanted: readonly ContentCategory[],
): Change<readonly ContentCategory[]> {
  const on = new Set(wanted.filter((note) => !shown.includes(note)));
  const off = new Set(shown.filter((note) => !wanted.includes(note)));
  return (current) => {
    const next = CONTENT_CATEGORY_IDS.filter((id) => on.has(id) || (current.includes(id) && !off.has(id)));
    return rules.sameAvoid(next, current) ? current : next;
  };
}

export function replay(operations: readonly Operation[], data: TrackerData): TrackerData {
  return operations.reduce((current, operation) => operation.run(current), data);
}

/** Equal marks and avoid list: what a write would store is already stored. */
export function sameData(a: TrackerData, b: TrackerData): boolean {
  return rules.sameMarks(a.marks, b.marks) && rules.sameAvoid(a.preferences.avoid, b.preferences.avoid);
}
