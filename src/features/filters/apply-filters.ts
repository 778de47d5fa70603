import type { Entry } from "../entries/entry-schema";
import {
  EMPTY_FILTERS,
  selectedIn,
  NO_MARKS,
  type FilterContext,
  type FilterGroupId,
  type FilterSelections,
  type FilterState,
  type FilterValues,
} from "./filter-state";
import { FILTER_GROUP_IDS, FILTER_GROUPS, optionLabel, type FilterGroup } from "./filter-groups";
import { hasQuery, removeOption, withQuery } from "./filter-edits";
import { entryMatchesQuery } from "./search-text";

function passesGroup<K extends FilterGroupId>(
  entry: Entry,
  state: FilterSelections,
  groupId: K,
  context: FilterContext,
): boolean {
  const selected = selectedIn(state, groupId);
  if (selected.length === 0) return true;
  const group: FilterGroup<K> = FILTER_GROUPS[groupId];
  return group.matches(entry, selected, context);
}

/** Each group decides within itself (usually OR); the groups and the search combine with AND. */
export function entryMatchesFilters(
  entry: Entry,
  state: FilterState,
  context: FilterContext = NO_MARKS,
): boolean {
  return (
    FILTER_GROUP_IDS.every((groupId) => passesGroup(entry, state, groupId, context)) &&
    entryMatchesQuery(entry, state.q)
  );
}

/** The entries that pass, in the order given (countdown order), as the same objects. */
export function applyFilters<E extends Entry>(
  entries: readonly E[],
  state: FilterState,
  context: FilterContext = NO_MARKS,
): E[] {
  return entries.filter((entry) => entryMatchesFilters(entry, state, context));
}

/** Every chip's count, by group and option (see facetCounts). */
export type FacetCounts = { readonly [K in FilterGroupId]: ReadonlyMap<FilterValues[K], number> };

/**
 * How many entries would show for each option if it were the only selection in its group,
 * the other groups and the search staying as they are (the usual faceted count); for an
 * exclusion group, if the option were avoided as well as what already is.
 *
 * One pass over the entries for every chip at once: an entry that fails the search or two
 * groups counts for no chip; one that fails one group counts only for that group's chips;
 * one that fails none, for every group's. At a thousand entries, asking each chip apart ran
 * the search 36 times per entry on every keystroke (decision 014).
 */
export function facetCounts(
  entries: readonly Entry[],
  state: FilterState,
  context: FilterContext = NO_MARKS,
): FacetCounts {
  const counts: { [K in FilterGroupId]: Map<FilterValues[K], number> } = {
    format: new Map(),
    theme: new Map(),
    era: new Map(),
    time: new Map(),
    status: new Map(),
    avoid: new Map(),
  };
  const tallies: Record<FilterGroupId, (entry: Entry) => void> = {
    format: chipTally("format", state, context, counts.format),
    theme: chipTally("theme", state, context, counts.theme),
    era: chipTally("era", state, context, counts.era),
    time: chipTally("time", state, context, counts.time),
    status: chipTally("status", state, context, counts.status),
    avoid: chipTally("avoid", state, context, counts.avoid),
  };
  for (const entry of entries) {
    if (!entryMatchesQuery(entry, state.q)) continue;
    const failing = FILTER_GROUP_IDS.filter((groupId) => !passesGroup(entry, state, groupId, context));
    if (failing.length > 1) continue;
    for (const groupId of failing.length === 1 ? failing : FILTER_GROUP_IDS) tallies[groupId](entry);
  }
  return counts;
}

/**
 * Counts an entry for each of a group's chips it would pass if that chip were the group's
 * selection. The selections are built once per count, not once per entry and chip (36,000
 * arrays per keystroke at a thousand entries).
 */
function chipTally<K extends FilterGroupId>(
  groupId: K,
  state: FilterState,
  context: FilterContext,
  tally: Map<FilterValues[K], number>,
): (entry: Entry) => void {
  const group: FilterGroup<K> = FILTER_GROUPS[groupId];
  const selected = selectedIn(state, groupId);
  const chips = group.options.map(({ value }) => ({
    value,
    selection: group.combine === "none" ? [...selected, value] : [value],
  }));
  return (entry) => {
    for (const { value, selection } of chips) {
      if (group.matches(entry, selection, context)) tally.set(value, (tally.get(value) ?? 0) + 1);
    }
  };
}

/** One option's facet count (facetCounts); 0 for an option no entry has. */
export function facetCount<K extends FilterGroupId>(
  entries: readonly Entry[],
  state: FilterState,
  groupId: K,
  option: FilterValues[K],
  context: FilterContext = NO_MARKS,
): number {
  const counts: ReadonlyMap<FilterValues[K], number> = facetCounts(entries, state, context)[groupId];
  return counts.get(option) ?? 0;
}

/** Selected options plus a non-blank search. */
export function activeFilterCount(state: FilterState): number {
  const options = FILTER_GROUP_IDS.reduce((sum, groupId) => sum + state[groupId].length, 0);
  return options + (hasQuery(state) ? 1 : 0);
}

export type OptionToDrop<K extends FilterGroupId> = {
  readonly kind: "option";
  readonly groupId: K;
  readonly value: FilterValues[K];
  readonly label: string;
  /** How many entries would show without it. */
  readonly count: number;
};

// groupId and value are not correlated in the type (FilterToDrop holds any group);
// values only ever come from the group's own selection.
export type FilterToDrop =
  OptionToDrop<FilterGroupId> | { readonly kind: "query"; readonly query: string; readonly count: number };

function optionsToDrop<K extends FilterGroupId>(
  entries: readonly Entry[],
  state: FilterState,
  groupId: K,
  context: FilterContext,
): OptionToDrop<K>[] {
  return selectedIn(state, groupId).map((value) => ({
    kind: "option",
    groupId,
    value,
    label: optionLabel(groupId, value),
    count: applyFilters(entries, removeOption(state, groupId, value), context).length,
  }));
}

/**
 * The selected chip (or the search) whose removal brings back the most entries; ties go
 * to the first in page order (groups, then the search). Undefined when nothing is selected.
 */
export function suggestChipToDrop(
  entries: readonly Entry[],
  state: FilterState,
  context: FilterContext = NO_MARKS,
): FilterToDrop | undefined {
  const candidates: FilterToDrop[] = FILTER_GROUP_IDS.flatMap((groupId) =>
    optionsToDrop(entries, state, groupId, context),
  );
  if (hasQuery(state)) {
    candidates.push({
      kind: "query",
      query: state.q,
      count: applyFilters(entries, withQuery(state, EMPTY_FILTERS.q), context).length,
    });
  }
  return candidates.reduce<FilterToDrop | undefined>((best, candidate) => {
    return best === undefined || candidate.count > best.count ? candidate : best;
  }, undefined);
}
