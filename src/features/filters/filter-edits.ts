import { FILTER_GROUPS, type FilterGroup } from "./filter-groups";
import {
  mapGroups,
  selectedIn,
  MAX_QUERY_LENGTH,
  type FilterGroupId,
  type FilterState,
  type FilterValues,
} from "./filter-state";

// Every change to a filter state goes through here and comes out canonical.

/** Keeps what a query may hold: no lone surrogates or control characters, at most MAX_QUERY_LENGTH. */
function repairQuery(q: string): string {
  const repaired = Array.from(q.replace(/\p{Cs}/gu, "\uFFFD").replace(/\p{Cc}/gu, " "))
    .slice(0, MAX_QUERY_LENGTH)
    .join("");
  return repaired.trim() === "" ? "" : repaired;
}

function canonicalValues<K extends FilterGroupId>(groupId: K, values: readonly string[]): FilterValues[K][] {
  const group: FilterGroup<K> = FILTER_GROUPS[groupId];
  return group.options.filter((option) => values.includes(option.value)).map((option) => option.value);
}

/** The canonical form of a state: known values only, no duplicates, in option order; a repaired query. */
export function normalizeFilters(state: FilterState): FilterState {
  return {
    ...mapGroups((groupId) => canonicalValues(groupId, selectedIn(state, groupId))),
    q: repairQuery(state.q),
  };
}

export function withSelection<K extends FilterGroupId>(
  state: FilterState,
  groupId: K,
  values: readonly FilterValues[K][],
): FilterState {
  return normalizeFilters({ ...state, [groupId]: values });
}

export function toggleOption<K extends FilterGroupId>(
  state: FilterState,
  groupId: K,
  value: FilterValues[K],
): FilterState {
  const selected = selectedIn(state, groupId);
  if (selected.includes(value)) return removeOption(state, groupId, value);
  return withSelection(state, groupId, [...selected, value]);
}

export function removeOption<K extends FilterGroupId>(
  state: FilterState,
  groupId: K,
  value: FilterValues[K],
): FilterState {
  return withSelection(
    state,
    groupId,
    selectedIn(state, groupId).filter((v) => v !== value),
  );
}

export function withQuery(state: FilterState, q: string): FilterState {
  return normalizeFilters({ ...state, q });
}

/** Whether the query narrows anything (a query of spaces or punctuation does not). */
export function hasQuery(state: Pick<FilterState, "q">): boolean {
  return state.q.trim() !== "";
}
