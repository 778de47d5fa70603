import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { memoryStorage } from "../../test/memory-storage";
import { CONTENT_CATEGORY_IDS, type ContentCategory } from "../entries/vocabulary";
import type { HitRating } from "../entries/watch-status";
import { hitArbitrary, SLUGS_IN_RANK_ORDER } from "./testing/tracker-arbitraries";
import { twoTabStores } from "./testing/two-tab-stores";
import type { TrackerData } from "./tracker-blob";
import { createTrackerStore, type TrackerStore } from "./tracker-store";

// For any interleaving of two tabs' changes (on different shows, and different avoid
// notes), of lock grants and of deliveries between the tabs' copies of storage, everything
// each tab did is stored once all is delivered, and both tabs show it. The waits add up to
// less than VERIFY_WINDOW (60 steps of at most 20 ms): the check assumes a write reaches
// the other tab within it.

/** Tab 0 owns the even-ranked shows and notes, tab 1 the odd ones. */
const owned = <T>(items: readonly T[], tab: number) => items.filter((_, index) => index % 2 === tab);
const TABS = [0, 1] as const;

type Change =
  | { readonly kind: "watched" | "cried"; readonly slug: string; readonly on: boolean }
  | { readonly kind: "hit"; readonly slug: string; readonly hit: HitRating | null }
  | { readonly kind: "avoid"; readonly note: ContentCategory; readonly on: boolean };

type Step =
  | { readonly kind: "change"; readonly tab: 0 | 1; readonly change: Change }
  | { readonly kind: "deliver"; readonly tab: 0 | 1 }
  | { readonly kind: "grant" }
  | { readonly kind: "wait"; readonly ms: number };

type ChangeArbitrary = (tab: 0 | 1) => fc.Arbitrary<Change>;

const showOf = (tab: 0 | 1) => fc.constantFrom(...owned(SLUGS_IN_RANK_ORDER, tab).slice(0, 4));
const marksChange: ChangeArbitrary = (tab) =>
  fc.record({ kind: fc.constantFrom("watched", "cried"), slug: showOf(tab), on: fc.boolean() });
const ratingsChange: ChangeArbitrary = (tab) =>
  fc.oneof(
    fc.record({ kind: fc.constant("cried"), slug: showOf(tab), on: fc.boolean() }),
    fc.record({ kind: fc.constant("hit"), slug: showOf(tab), hit: fc.option(hitArbitrary, { nil: null }) }),
  );
const avoidChange: ChangeArbitrary = (tab) =>
  fc.record({
    kind: fc.constant("avoid"),
    note: fc.constantFrom(...owned(CONTENT_CATEGORY_IDS, tab)),
    on: fc.boolean(),
  });

const stepsOf = (change: ChangeArbitrary): fc.Arbitrary<Step[]> =>
  fc.array(
    fc.oneof(
      {
        weight: 3,
        arbitrary: fc
          .constantFrom(...TABS)
          .chain((tab) => change(tab).map((c) => ({ kind: "change" as const, tab, change: c }))),
      },
      { weight: 2, arbitrary: fc.record({ kind: fc.constant("deliver"), tab: fc.constantFrom(...TABS) }) },
      { weight: 2, arbitrary: fc.constant({ kind: "grant" as const }) },
      { weight: 1, arbitrary: fc.record({ kind: fc.constant("wait"), ms: fc.integer({ min: 1, max: 20 }) }) },
    ),
    { maxLength: 60 },
  );

function make(store: TrackerStore, change: Change) {
  switch (change.kind) {
    case "watched":
      return store.setWatched(change.slug, change.on);
    case "cried":
      return store.setCried(change.slug, change.on);
    case "hit":
      return store.setHit(change.slug, change.hit);
    case "avoid": {
      // As the filter chips do: the whole list as this tab shows it, with one note switched.
      const shown = store.getSnapshot().avoid.filter((note) => note !== change.note);
      return store.setAvoid(change.on ? [...shown, change.note] : shown);
    }
  }
}

/** One tab's part of the data: its own shows and notes. */
function partOf(
  data: Pick<TrackerData, "marks"> & { readonly avoid: readonly ContentCategory[] },
  tab: 0 | 1,
) {
  const shows = owned(SLUGS_IN_RANK_ORDER, tab);
  const notes = owned(CONTENT_CATEGORY_IDS, tab);
  return {
    marks: Object.fromEntries(Object.entries(data.marks).filter(([slug]) => shows.includes(slug))),
    avoid: data.avoid.filter((note) => notes.includes(note)),
  };
}

function runSteps(steps: readonly Step[]) {
  const two = twoTabStores();
  // What each tab alone would have: the same changes, at the same times, in one tab.
  const single = () =>
    createTrackerStore({
      storage: memoryStorage(),
      knownSlugs: SLUGS_IN_RANK_ORDER,
      now: two.now,
      locks: null,
    });
  const alone: readonly [TrackerStore, TrackerStore] = [single(), single()];
  for (const step of steps) {
    if (step.kind === "change") {
      make(two.stores[step.tab], step.change);
      make(alone[step.tab], step.change);
    } else if (step.kind === "deliver") two.tabs.deliver(step.tab);
    else if (step.kind === "grant") two.locks?.grant();
    else two.advance(step.ms);
  }
  two.settle();
  const stored = two.stored();
  for (const tab of TABS) {
    const expected = alone[tab].getSnapshot();
    expect(partOf({ marks: stored.marks, avoid: stored.preferences.avoid }, tab)).toEqual(
      partOf(expected, tab),
    );
    const shown = two.stores[tab].getSnapshot();
    expect(shown.marks).toEqual(stored.marks);
    expect(shown.avoid).toEqual(stored.preferences.avoid);
  }
}

describe("two tabs, any interleaving", () => {
  test.each([
    ["Watched and Cried marks", marksChange],
    ["ratings", ratingsChange],
    ["the avoid list", avoidChange],
  ])("%s: every change of both tabs is stored, and both tabs show it", (_label, change) => {
    fc.assert(fc.property(stepsOf(change), runSteps), { numRuns: 300 });
  });
});
