import { hasQuery } from "./filter-edits";
import { FILTER_GROUP_IDS, FILTER_GROUPS, optionLabel } from "./filter-groups";
import { selectedIn, type FilterGroupId, type FilterState } from "./filter-state";

function groupPart<K extends FilterGroupId>(state: FilterState, groupId: K): string | undefined {
  const labels = selectedIn(state, groupId).map((value) => optionLabel(groupId, value));
  if (labels.length === 0) return undefined;
  const joined = labels.join(" or ");
  // An exclusion reads as one: "not Suicide or Abuse" would say the opposite.
  return FILTER_GROUPS[groupId].combine === "none" ? `without ${labels.join(", ")}` : joined;
}

/**
 * One line naming what is active, in page order: "War · Film or OVA · without Suicide ·
 * “clannad”". Empty when nothing is.
 */
export function describeActiveFilters(state: FilterState): string {
  const parts = FILTER_GROUP_IDS.map((groupId) => groupPart(state, groupId)).filter(
    (part) => part !== undefined,
  );
  if (hasQuery(state)) parts.push(`“${state.q.trim()}”`);
  return parts.join(" · ");
}
