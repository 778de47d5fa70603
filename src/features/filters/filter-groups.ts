import { FIRST_YEAR, LAST_YEAR, type Entry } from "../entries/entry-schema";
import {
  CONTENT_CATEGORY_IDS,
  CONTENT_CATEGORIES,
  contentCategoryNamed,
  type ContentCategory,
  FORMAT_IDS,
  FORMATS,
  THEME_IDS,
  THEMES,
} from "../entries/vocabulary";
import type { WatchStatus } from "../entries/watch-status";
import {
  eraOf,
  TIME_TO_WATCH_IDS,
  TIMES_TO_WATCH,
  timeToWatchOf,
  type Era,
  type FilterContext,
  selectedIn,
  type FilterGroupId,
  type FilterSelections,
  type FilterValues,
} from "./filter-state";

// The filter groups, described as data: the chips, the URL codec and the matching
// logic are all generated from FILTER_GROUPS. A new group (say "Status" from the
// tracker, or "Avoid", which excludes entries carrying a content note) is a new key in
// FilterValues and one more description below; applyFilters does not change.

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
  /** A value from an older link, read as the option that replaced it. */
  readonly alias?: (value: string) => FilterValues[K] | undefined;
  /** Whether to offer an option as a chip for this data; all are offered if absent. */
  readonly isOffered?: (value: FilterValues[K], entries: readonly Entry[]) => boolean;
  /**
   * Whether an entry passes this group, given a non-empty selection. The group owns
   * its logic: most are "any of" (OR), an exclusion group would be "none of".
   */
  readonly matches: (entry: Entry, selected: readonly FilterValues[K][], context: FilterContext) => boolean;
};

const STATUS_OPTIONS = [
  { value: "unwatched", label: "Not watched yet" },
  { value: "watched", label: "Watched" },
  { value: "cried", label: "Cried" },
] as const satisfies readonly FilterOption<WatchStatus>[];

/** Every decade the data may hold, oldest first. */
const ALL_ERAS: readonly Era[] = Array.from(
  { length: Math.floor(LAST_YEAR / 10) - Math.floor(FIRST_YEAR / 10) + 1 },
  (_, i) => eraOf(FIRST_YEAR + i * 10),
);

const warnsOf = (entry: Entry, category: ContentCategory) =>
  entry.contentCategories.includes(category) || entry.spoilerCategories.includes(category);

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
    options: optionsFrom(CONTENT_CATEGORY_IDS, (id) => CONTENT_CATEGORIES[id]),
    // Links made before the categories (issue 16) still say, for example, avoid=graphic-violence.
    alias: contentCategoryNamed,
    // Avoid also honours the warnings kept with a spoiler: someone avoiding a child's
    // death must not meet one because naming it would have spoiled the story.
    isOffered: (category, entries) => entries.some((entry) => warnsOf(entry, category)),
    matches: (entry, selected) => !selected.some((category) => warnsOf(entry, category)),
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
  const wanted = group.alias?.(value) ?? value;
  return group.options.find((option) => option.value === wanted);
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
