import fc from "fast-check";
import { FILTER_GROUPS } from "../filter-groups";
import type { FilterGroupId, FilterState, FilterValues } from "../filter-state";

// Test support: fast-check arbitraries for filter states.

/** Every option value of a group, in option order. */
function valuesOf<K extends FilterGroupId>(groupId: K): FilterValues[K][] {
  return FILTER_GROUPS[groupId].options.map((option) => option.value);
}

/** Picks some of a group's values: each test says how (duplicates, how many). */
export type SelectionArbitrary = <V>(values: readonly V[]) => fc.Arbitrary<V[]>;

/** A filter state: each group's selection drawn by `selection`, the search by `q`. */
export function filterStateArbitrary(
  selection: SelectionArbitrary,
  q: fc.Arbitrary<string>,
): fc.Arbitrary<FilterState> {
  return fc.record({
    format: selection(valuesOf("format")),
    theme: selection(valuesOf("theme")),
    era: selection(valuesOf("era")),
    time: selection(valuesOf("time")),
    status: selection(valuesOf("status")),
    avoid: selection(valuesOf("avoid")),
    q,
  });
}
