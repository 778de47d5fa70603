import { FIRST_YEAR, LAST_YEAR, type Entry } from "../entries/entry-schema";
import {
  CONTENT_NOTE_IDS,
  CONTENT_NOTES,
  FORMAT_IDS,
  FORMATS,
  THEME_IDS,
  THEMES,
  type ContentNote,
  type Format,
  type Theme,
} from "../entries/vocabulary";

// The filter groups, described as data: the chips, the URL codec and the matching
// logic are all generated from FILTER_GROUPS. A new group (say "Status" from the
// tracker, or "Avoid", which excludes entries carrying a content note) is a new key in
// FilterValues and one more description below; applyFilters does not change.

/** A decade, "1980s". Only the decades FIRST_YEAR…LAST_YEAR are ever accepted. */
export type Era = `${number}0s`;

export const TIMES_TO_WATCH = {
  evening: { label: "An evening", description: "up to 2 h", maxMinutes: 120 },
  weekend: { label: "A weekend", description: "up to 10 h", maxMinutes: 600 },
  "long-haul": { label: "A long haul", description: "more than 10 h", maxMinutes: Number.POSITIVE_INFINITY },
} as const;

export type TimeToWatch = keyof typeof TIMES_TO_WATCH;
const TIME_TO_WATCH_IDS = ["evening", "weekend", "long-haul"] as const satisfies readonly TimeToWatch[];

/** Where the person is with a show, as their tracker says. Filters never read storage. */
export type EntryStatus = "unwatched" | "watched" | "cried";

/**
 * What filtering needs beyond the URL, provided by the app: the person's marks, and the
 * content notes they have asked to avoid (used whenever the URL does not say otherwise).
 */
export type FilterContext = {
  readonly statusOf: (slug: string) => EntryStatus;
  readonly avoidPreference?: readonly ContentNote[];
  readonly saveAvoidPreference?: (avoid: readonly ContentNote[]) => void;
};

/** The context before any marks are known: everything is not watched yet. */
export const NO_MARKS: FilterContext = { statusOf: () => "unwatched" };

const STATUS_OPTIONS = [
  { value: "unwatched", label: "Not watched yet" },
  { value: "watched", label: "Watched" },
  { value: "cried", label: "Cried" },
] as const satisfies readonly FilterOption<EntryStatus>[];

/** The value type of each group's options. */
export type FilterValues = {
  format: Format;
  theme: Theme;
  era: Era;
  time: TimeToWatch;
  status: EntryStatus;
  avoid: ContentNote;
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

/** Every decade the data may hold, oldest first. */
const ALL_ERAS: readonly Era[] = Array.from(
  { length: Math.floor(LAST_YEAR / 10) - Math.floor(FIRST_YEAR / 10) + 1 },
  (_, i) => eraOf(FIRST_YEAR + i * 10),
);

export type FilterOption<V> = {
  readonly value: V;
  readonly label: string;
  readonly description?: string;
};

export type FilterGroup<K extends FilterGroupId> = {
  readonly id: K;
  readonly label: string;
  /** Every value the URL may carry, in canonical (display) order. */
  readonly options: readonly FilterOption<FilterValues[K]>[];
  /**
   * "any": an entry passes when it matches one of the selected options (OR);
   * "none": it passes when it matches none of them (an exclusion, like Avoid).
   */
  readonly combine: "any" | "none";
  /** Whether to offer an option as a chip for this data; all are offered if absent. */
  readonly isOffered?: (value: FilterValues[K], entries: readonly Entry[]) => boolean;
  /**
   * Whether an entry passes this group, given a non-empty selection. The group owns
   * its logic: most are "any of" (OR), an exclusion group would be "none of".
   */
  readonly matches: (entry: Entry, selected: readonly FilterValues[K][], context: FilterContext) => boolean;
};

function optionsFrom<V extends string>(ids: readonly V[], label: (id: V) => string): FilterOption<V>[] {
  return ids.map((value) => ({ value, label: label(value) }));
}

export const FILTER_GROUPS: { readonly [K in FilterGroupId]: FilterGroup<K> } = {
  format: {
    id: "format",
    label: "Format",
    combine: "any",
    options: optionsFrom(FORMAT_IDS, (id) => FORMATS[id]),
    matches: (entry, selected) => selected.includes(entry.format),
  },
  theme: {
    id: "theme",
    label: "Theme",
    combine: "any",
    options: optionsFrom(THEME_IDS, (id) => THEMES[id]),
    matches: (entry, selected) => entry.themes.some((theme) => selected.includes(theme)),
  },
  era: {
    id: "era",
    label: "Era",
    combine: "any",
    options: optionsFrom(ALL_ERAS, (era) => era),
    isOffered: (era, entries) => entries.some((entry) => eraOf(entry.year) === era),
    matches: (entry, selected) => selected.includes(eraOf(entry.year)),
  },
  time: {
    id: "time",
    label: "Time to watch",
    combine: "any",
    options: TIME_TO_WATCH_IDS.map((value) => ({
      value,
      label: TIMES_TO_WATCH[value].label,
      description: TIMES_TO_WATCH[value].description,
    })),
    matches: (entry, selected) => selected.includes(timeToWatchOf(entry.runtimeMinutes)),
  },
  status: {
    id: "status",
    label: "Status",
    combine: "any",
    options: STATUS_OPTIONS,
    // "Watched" means watched at all, so it includes the shows that made you cry.
    matches: (entry, selected, context) => {
      const status = context.statusOf(entry.slug);
      return selected.some((wanted) => (wanted === "watched" ? status !== "unwatched" : wanted === status));
    },
  },
  avoid: {
    id: "avoid",
    label: "Avoid",
    combine: "none",
    options: optionsFrom(CONTENT_NOTE_IDS, (id) => CONTENT_NOTES[id]),
    isOffered: (tag, entries) => entries.some((entry) => entry.contentNotes.some((note) => note.tag === tag)),
    matches: (entry, selected) => !entry.contentNotes.some((note) => selected.includes(note.tag)),
  },
};

/** Group order: the order of the chips on the page and of the keys in the URL. */
export const FILTER_GROUP_IDS = [
  "format",
  "theme",
  "era",
  "time",
  "status",
  "avoid",
] as const satisfies readonly FilterGroupId[];

/** The option of a group with this exact value, or undefined: the one way to validate a value. */
export function findOption<K extends FilterGroupId>(
  groupId: K,
  value: string,
): FilterOption<FilterValues[K]> | undefined {
  const group: FilterGroup<K> = FILTER_GROUPS[groupId];
  return group.options.find((option) => option.value === value);
}

export function optionLabel<K extends FilterGroupId>(groupId: K, value: FilterValues[K]): string {
  return findOption(groupId, value)?.label ?? value;
}

/**
 * The chips to show for a group: its offered options, plus any selected one that is
 * not offered (a shared link may name an era the data lacks; it must stay removable).
 */
export function chipOptions<K extends FilterGroupId>(
  groupId: K,
  entries: readonly Entry[],
  state: FilterSelections,
): readonly FilterOption<FilterValues[K]>[] {
  const group: FilterGroup<K> = FILTER_GROUPS[groupId];
  const selected = selectedIn(state, groupId);
  const { isOffered } = group;
  if (!isOffered) return group.options;
  return group.options.filter(
    (option) => selected.includes(option.value) || isOffered(option.value, entries),
  );
}

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

/** The selected values of one group (typed per group, which indexing FilterState directly is not). */
export function selectedIn<K extends FilterGroupId>(
  state: FilterSelections,
  groupId: K,
): readonly FilterValues[K][] {
  return state[groupId];
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
  return withSelection(
    state,
    groupId,
    selected.includes(value) ? selected.filter((v) => v !== value) : [...selected, value],
  );
}

export function removeOption<K extends FilterGroupId>(
  state: FilterState,
  groupId: K,
  value: FilterValues[K],
): FilterState {
  const selected = selectedIn(state, groupId);
  return withSelection(
    state,
    groupId,
    selected.filter((v) => v !== value),
  );
}

export function withQuery(state: FilterState, q: string): FilterState {
  return normalizeFilters({ ...state, q });
}

/** Whether the query narrows anything (a query of spaces or punctuation does not). */
export function hasQuery(state: Pick<FilterState, "q">): boolean {
  return state.q.trim() !== "";
}
