import type { ContentCategory, Format, Theme } from "../entries/vocabulary";
import type { WatchStatus } from "../entries/watch-status";

// What a filter state is: the groups' value types, the state the URL describes, and the
// derived facts (decade, time to watch) some groups match on. The groups themselves are
// described in filter-groups.ts; changing a state is filter-edits.ts.

/** A decade, "1980s". Only the decades FIRST_YEAR…LAST_YEAR are ever accepted. */
export type Era = `${number}0s`;

export const TIMES_TO_WATCH = {
  evening: { label: "An evening", description: "up to 2 h", maxMinutes: 120 },
  weekend: { label: "A weekend", description: "up to 10 h", maxMinutes: 600 },
  "long-haul": { label: "A long haul", description: "more than 10 h", maxMinutes: Number.POSITIVE_INFINITY },
} as const;

export type TimeToWatch = keyof typeof TIMES_TO_WATCH;
export const TIME_TO_WATCH_IDS = [
  "evening",
  "weekend",
  "long-haul",
] as const satisfies readonly TimeToWatch[];

/**
 * What filtering needs beyond the URL, provided by the app: the person's marks (filters
 * never read storage), and the content notes they have asked to avoid (used whenever the
 * URL does not say otherwise).
 */
export type FilterContext = {
  readonly statusOf: (slug: string) => WatchStatus;
  readonly avoidPreference?: readonly ContentCategory[];
  readonly saveAvoidPreference?: (avoid: readonly ContentCategory[]) => void;
};

/** The context before any marks are known: everything is not watched yet. */
export const NO_MARKS: FilterContext = { statusOf: () => "unwatched" };

/** The value type of each group's options. */
export type FilterValues = {
  format: Format;
  theme: Theme;
  era: Era;
  time: TimeToWatch;
  status: WatchStatus;
  avoid: ContentCategory;
};

export type FilterGroupId = keyof FilterValues;
export type FilterValue<K extends FilterGroupId = FilterGroupId> = FilterValues[K];
export type FilterSelections = { readonly [K in FilterGroupId]: readonly FilterValues[K][] };

/** Everything the URL can say about filtering. Values are kept in canonical order. */
export type FilterState = FilterSelections & { readonly q: string };

/**
 * One value for every group. The only place that lists the groups by name, so a new group
 * is added here (and in FILTER_GROUPS) rather than in every builder.
 */
export function mapGroups(
  value: <K extends FilterGroupId>(groupId: K) => readonly FilterValues[K][],
): FilterSelections {
  return {
    format: value("format"),
    theme: value("theme"),
    era: value("era"),
    time: value("time"),
    status: value("status"),
    avoid: value("avoid"),
  };
}

export const EMPTY_FILTERS: FilterState = { ...mapGroups(() => []), q: "" };

/** Longest search query kept, in characters (code points). */
export const MAX_QUERY_LENGTH = 100;

export function eraOf(year: number): Era {
  return `${Math.floor(year / 10)}0s`;
}

export function timeToWatchOf(runtimeMinutes: number): TimeToWatch {
  return TIME_TO_WATCH_IDS.find((id) => runtimeMinutes <= TIMES_TO_WATCH[id].maxMinutes) ?? "long-haul";
}

/** The selected values of one group (typed per group, which indexing FilterState directly is not). */
export function selectedIn<K extends FilterGroupId>(
  state: FilterSelections,
  groupId: K,
): readonly FilterValues[K][] {
  return state[groupId];
}
