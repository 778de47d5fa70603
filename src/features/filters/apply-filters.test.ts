import fc from "fast-check";
import { expect, test } from "vitest";
import type { Entry } from "../entries/entry-schema";
import rawEntries from "../../../data/entries.json";
import { parseEntries } from "../entries/parse-entries";
import type { WatchStatus } from "../entries/watch-status";
import {
  activeFilterCount,
  applyFilters,
  facetCount,
  facetCounts,
  suggestChipToDrop,
  type FacetCounts,
} from "./apply-filters";
import { normalizeFilters, withSelection } from "./filter-edits";
import {
  EMPTY_FILTERS,
  eraOf,
  selectedIn,
  timeToWatchOf,
  type FilterContext,
  type FilterGroupId,
  type FilterState,
  type FilterValues,
} from "./filter-state";
import { chipOptions, FILTER_GROUP_IDS, FILTER_GROUPS, type FilterGroup } from "./filter-groups";
import { filterStateArbitrary } from "./testing/filter-arbitraries";

const entries = parseEntries(rawEntries);

function ranks(state: Partial<FilterState>): number[] {
  return applyFilters(entries, { ...EMPTY_FILTERS, ...state }).map((entry) => entry.rank);
}

test("no filters keep every entry in countdown order", () => {
  const shown = applyFilters(entries, EMPTY_FILTERS);
  expect(shown).toEqual(entries);
  expect(shown.map((entry) => entry.rank)).toEqual(Array.from({ length: 21 }, (_, i) => 21 - i));
});

test("user can filter by format", () => {
  expect(ranks({ format: ["film"] })).toEqual([21, 18, 14, 12, 5]);
  expect(ranks({ format: ["ova"] })).toEqual([19, 15]);
});

test("user can filter by theme", () => {
  expect(ranks({ theme: ["androids"] })).toEqual([14, 9]);
  expect(ranks({ theme: ["war"] })).toEqual([20, 16, 15, 8, 7, 5]);
});

test("user can filter by era", () => {
  expect(ranks({ era: ["1980s"] })).toEqual([5]);
  expect(ranks({ era: ["1990s"] })).toEqual([16, 15]);
});

test("user can filter by time to watch", () => {
  expect(ranks({ time: ["evening"] })).toEqual([21, 19, 18, 15, 14, 12, 5]);
  expect(ranks({ time: ["long-haul"] })).toEqual([20, 13]);
  expect(ranks({ time: ["weekend"] })).toHaveLength(12);
});

test("options within a group widen the result (OR)", () => {
  expect(ranks({ format: ["film", "ova"] })).toEqual([21, 19, 18, 15, 14, 12, 5]);
  expect(ranks({ theme: ["androids", "sacrifice"] })).toEqual([20, 17, 14, 9, 7]);
});

test("groups narrow each other (AND), and so does the search", () => {
  expect(ranks({ format: ["film"], theme: ["war"] })).toEqual([5]);
  expect(ranks({ format: ["tv"], theme: ["war", "androids"], era: ["2000s"] })).toEqual([20, 8]);
  expect(ranks({ theme: ["grief"], q: "hal" })).toEqual([14]);
  expect(ranks({ format: ["film"], theme: ["sacrifice"] })).toEqual([]);
});

test("filtering keeps the original entries and their ranks", () => {
  const shown = applyFilters(entries, { ...EMPTY_FILTERS, theme: ["family"] });
  for (const entry of shown) expect(entries).toContain(entry);
  expect(shown.map((entry) => entry.rank)).toEqual([20, 7, 5, 4, 3, 2]);
});

test("eras and times to watch are derived from year and runtime", () => {
  expect(eraOf(1988)).toBe("1980s");
  expect(eraOf(2010)).toBe("2010s");
  expect(eraOf(2009)).toBe("2000s");
  expect(timeToWatchOf(120)).toBe("evening");
  expect(timeToWatchOf(121)).toBe("weekend");
  expect(timeToWatchOf(600)).toBe("weekend");
  expect(timeToWatchOf(601)).toBe("long-haul");
});

test("era chips are the decades in the data, oldest first, plus any selected", () => {
  const eras = (state: FilterState) => chipOptions("era", entries, state).map((option) => option.label);
  expect(eras(EMPTY_FILTERS)).toEqual(["1980s", "1990s", "2000s", "2010s"]);
  expect(eras({ ...EMPTY_FILTERS, era: ["1950s"] })).toEqual(["1950s", "1980s", "1990s", "2000s", "2010s"]);
});

test("every group is listed once, in page order", () => {
  expect([...FILTER_GROUP_IDS].sort()).toEqual(Object.keys(FILTER_GROUPS).sort());
  expect(FILTER_GROUP_IDS.map((id) => FILTER_GROUPS[id].label)).toEqual([
    "Format",
    "Theme",
    "Era",
    "Time to watch",
    "Status",
    "Avoid",
  ]);
});

test("the Status group matches the person's marks; Watched includes Cried", () => {
  const marks: Record<string, WatchStatus> = { hal: "watched", air: "cried" };
  const context: FilterContext = { statusOf: (slug) => marks[slug] ?? "unwatched" };
  const slugsFor = (status: WatchStatus[]) =>
    applyFilters(entries, { ...EMPTY_FILTERS, status }, context).map((entry) => entry.slug);
  expect(slugsFor(["watched"])).toEqual(["hal", "air"]);
  expect(slugsFor(["cried"])).toEqual(["air"]);
  expect(slugsFor(["unwatched"])).toHaveLength(19);
  expect(slugsFor(["unwatched", "cried"])).toHaveLength(20);
  expect(facetCount(entries, { ...EMPTY_FILTERS, format: ["film"] }, "status", "watched", context)).toBe(1);
  // Without marks, nothing is watched yet.
  expect(applyFilters(entries, { ...EMPTY_FILTERS, status: ["watched"] })).toEqual([]);
});

test("a facet count is what that option alone would show in its group", () => {
  expect(facetCount(entries, EMPTY_FILTERS, "format", "film")).toBe(5);
  expect(facetCount(entries, EMPTY_FILTERS, "format", "tv")).toBe(14);
  // Other groups narrow the count...
  expect(facetCount(entries, { ...EMPTY_FILTERS, theme: ["war"] }, "format", "film")).toBe(1);
  // ...the option's own group does not.
  expect(facetCount(entries, { ...EMPTY_FILTERS, format: ["ova"] }, "format", "film")).toBe(5);
  expect(facetCount(entries, { ...EMPTY_FILTERS, q: "hal" }, "theme", "androids")).toBe(1);
});

test("facet counts of a group add up to the total when each entry has one value", () => {
  for (const groupId of ["format", "era", "time"] as const) {
    const total = chipOptions(groupId, entries, EMPTY_FILTERS).reduce(
      (sum, option) => sum + facetCount(entries, EMPTY_FILTERS, groupId, option.value),
      0,
    );
    expect(total).toBe(21);
  }
});

test("the active filter count counts options and a non-blank search", () => {
  expect(activeFilterCount(EMPTY_FILTERS)).toBe(0);
  expect(activeFilterCount({ ...EMPTY_FILTERS, theme: ["war", "grief"], era: ["2010s"] })).toBe(3);
  expect(activeFilterCount({ ...EMPTY_FILTERS, q: "hal" })).toBe(1);
  expect(activeFilterCount({ ...EMPTY_FILTERS, q: "  " })).toBe(0);
});

test("the chip to drop is the one that brings back the most entries", () => {
  // Film + sacrifice is empty; without "Film" three shows return, without "Sacrifice" five.
  expect(suggestChipToDrop(entries, { ...EMPTY_FILTERS, format: ["film"], theme: ["sacrifice"] })).toEqual({
    kind: "option",
    groupId: "theme",
    value: "sacrifice",
    label: "Sacrifice",
    count: 5,
  });
  // OVA + 2010s: without "2010s" two shows return, without "OVA" eight.
  expect(suggestChipToDrop(entries, { ...EMPTY_FILTERS, format: ["ova"], era: ["2010s"] })).toMatchObject({
    groupId: "format",
    label: "OVA",
    count: 8,
  });
});

test("a tie goes to the chip that comes first on the page", () => {
  // OVA + androids: dropping either brings back two shows.
  expect(
    suggestChipToDrop(entries, { ...EMPTY_FILTERS, format: ["ova"], theme: ["androids"] }),
  ).toMatchObject({
    groupId: "format",
    value: "ova",
    count: 2,
  });
});

test("the search can be the thing to drop", () => {
  expect(suggestChipToDrop(entries, { ...EMPTY_FILTERS, theme: ["war"], q: "doraemon" })).toEqual({
    kind: "query",
    query: "doraemon",
    count: 6,
  });
});

test("nothing to drop when nothing is selected", () => {
  expect(suggestChipToDrop(entries, EMPTY_FILTERS)).toBeUndefined();
});

test("Avoid hides every entry carrying any of the chosen categories", () => {
  const warns = (entry: Entry) =>
    [...entry.contentCategories, ...entry.spoilerCategories].some((c) => c === "war" || c === "suicide");
  const avoided = applyFilters(entries, { ...EMPTY_FILTERS, avoid: ["war", "suicide"] });
  expect(avoided.length).toBeGreaterThan(0);
  for (const entry of avoided) expect(warns(entry)).toBe(false);
  const hidden = entries.filter((entry) => !avoided.includes(entry));
  for (const entry of hidden) expect(warns(entry)).toBe(true);
  expect(avoided.map((entry) => entry.slug)).not.toContain("grave-of-the-fireflies");
});

test("Avoid also hides a show whose matching warning is kept with its spoiler", () => {
  const tokyo = entries.find((entry) => entry.slug === "tokyo-magnitude-8-0");
  expect(tokyo?.contentCategories).not.toContain("child-death");
  expect(tokyo?.spoilerCategories).toContain("child-death");
  const left = applyFilters(entries, { ...EMPTY_FILTERS, avoid: ["child-death"] }).map((entry) => entry.slug);
  expect(left).not.toContain("tokyo-magnitude-8-0");
  expect(left).toContain("hal");
});

test("an Avoid chip counts what would be left if it were avoided too", () => {
  const withWar = { ...EMPTY_FILTERS, avoid: ["war" as const] };
  const left = applyFilters(entries, { ...EMPTY_FILTERS, avoid: ["war", "suicide"] }).length;
  expect(facetCount(entries, withWar, "avoid", "suicide")).toBe(left);
  expect(facetCount(entries, withWar, "avoid", "war")).toBe(applyFilters(entries, withWar).length);
});

test("every chip's count from the one pass is what filtering with that option alone gives", () => {
  const state = filterStateArbitrary(
    (values) => fc.uniqueArray(fc.constantFrom(...values), { maxLength: 3 }),
    fc.constantFrom("", "a", "no", "the", "hal", "ほ", "zz"),
  );
  const marks = fc.dictionary(
    fc.constantFrom(...entries.map((entry) => entry.slug)),
    fc.constantFrom<WatchStatus>("watched", "cried"),
  );
  // The definition, chip by chip: this group's selection replaced by the option (added to
  // it, for an exclusion group), the list filtered in full.
  const expectGroup = <K extends FilterGroupId>(
    groupId: K,
    filters: FilterState,
    counts: FacetCounts,
    context: FilterContext,
  ) => {
    const group: FilterGroup<K> = FILTER_GROUPS[groupId];
    const found: ReadonlyMap<FilterValues[K], number> = counts[groupId];
    for (const { value } of group.options) {
      const chosen = group.combine === "none" ? [...selectedIn(filters, groupId), value] : [value];
      const expected = applyFilters(entries, withSelection(filters, groupId, chosen), context).length;
      expect(found.get(value) ?? 0).toBe(expected);
    }
  };
  fc.assert(
    fc.property(state, marks, (raw, marked) => {
      const filters = normalizeFilters(raw);
      const context: FilterContext = { statusOf: (slug) => marked[slug] ?? "unwatched" };
      const counts = facetCounts(entries, filters, context);
      for (const groupId of FILTER_GROUP_IDS) expectGroup(groupId, filters, counts, context);
    }),
    { numRuns: 200 },
  );
});
