import {
  EMPTY_FILTERS,
  mapGroups,
  type FilterGroupId,
  type FilterSelections,
  type FilterState,
  type FilterValues,
} from "./filter-state";
import { FILTER_GROUP_IDS, findOption } from "./filter-groups";
import { normalizeFilters } from "./filter-edits";

// The one parser and the one builder for the filters in the URL query:
//   ?format=film&theme=war,grief&era=2010s&time=evening&q=hal
// The URL comes from outside (typed, pasted, shared, old), so the parser repairs what
// it can and drops the rest; it never throws.

const QUERY_KEY = "q";

/** The URL keys this feature owns. Other keys are left alone when the filters are written. */
export const FILTER_SEARCH_KEYS: readonly string[] = [...FILTER_GROUP_IDS, QUERY_KEY];

function isGroupId(key: string): key is FilterGroupId {
  return FILTER_GROUP_IDS.some((id) => id === key);
}

function toParams(search: string | URLSearchParams): URLSearchParams {
  if (typeof search !== "string") return search;
  // URLSearchParams decodes malformed percent-encoding to U+FFFD instead of throwing,
  // and drops one leading "?".
  return new URLSearchParams(search);
}

function parseValues<K extends FilterGroupId>(groupId: K, raw: readonly string[]): FilterValues[K][] {
  return raw
    .flatMap((value) => value.split(","))
    .map((value) => value.trim().toLowerCase())
    .flatMap((value) => {
      const option = findOption(groupId, value);
      return option ? [option.value] : [];
    });
}

/**
 * A group whose key is absent from the URL takes its value from `defaults` (the Avoid
 * preference the person saved); a key that is present, even empty, wins.
 */
function valuesFor<K extends FilterGroupId>(
  groupId: K,
  raw: ReadonlyMap<FilterGroupId, readonly string[]>,
  defaults: Partial<FilterSelections>,
): FilterValues[K][] {
  const fromUrl = raw.get(groupId);
  const fallback: readonly FilterValues[K][] | undefined = defaults[groupId];
  if (!fromUrl && fallback) return [...fallback];
  return parseValues(groupId, fromUrl ?? []);
}

export function parseFilterSearch(
  search: string | URLSearchParams,
  defaults: Partial<FilterSelections> = {},
): FilterState {
  const params = toParams(search);
  const raw = new Map<FilterGroupId, string[]>();
  let q: string | undefined;
  for (const [rawKey, value] of params) {
    const key = rawKey.trim().toLowerCase();
    if (isGroupId(key)) raw.set(key, [...(raw.get(key) ?? []), value]);
    else if (key === QUERY_KEY && q === undefined && value.trim() !== "") q = value;
  }
  return normalizeFilters({
    ...mapGroups((groupId) => valuesFor(groupId, raw, defaults)),
    q: q ?? EMPTY_FILTERS.q,
  });
}

/**
 * "" or "?format=film&theme=war,grief&q=hal": groups in FILTER_GROUP_IDS order, values
 * in option order, joined by unescaped commas (values are plain slugs). Keys of
 * `others` that the filters do not own are kept, after the filters.
 */
export function buildFilterSearch(state: FilterState, others?: URLSearchParams): string {
  const canonical = normalizeFilters(state);
  const parts: string[] = [];
  for (const groupId of FILTER_GROUP_IDS) {
    const values: readonly string[] = canonical[groupId];
    if (values.length > 0) parts.push(`${groupId}=${values.map(encodeURIComponent).join(",")}`);
  }
  if (canonical.q !== "") parts.push(new URLSearchParams({ [QUERY_KEY]: canonical.q }).toString());
  if (others) {
    const kept = new URLSearchParams();
    for (const [key, value] of others) {
      if (!FILTER_SEARCH_KEYS.includes(key.trim().toLowerCase())) kept.append(key, value);
    }
    const rest = kept.toString();
    if (rest !== "") parts.push(rest);
  }
  return parts.length === 0 ? "" : `?${parts.join("&")}`;
}
