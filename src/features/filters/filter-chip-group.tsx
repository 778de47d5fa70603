import { memo, useId } from "react";
import type { Entry } from "../entries/entry-schema";
import { selectedIn, type FilterGroupId, type FilterState, type FilterValues } from "./filter-state";
import { chipOptions, FILTER_GROUPS, type FilterOption } from "./filter-groups";

/** A sentence under a group's heading, where its chips need one. */
const GROUP_HINTS: Partial<Record<FilterGroupId, string>> = {
  avoid: "This also counts notes kept with a spoiler, so a show leaving the list can hint at its story.",
};

type ChipGroupProps<K extends FilterGroupId> = {
  groupId: K;
  entries: readonly Entry[];
  /** The filters the list shows: which chips are offered. */
  filters: FilterState;
  /** Each chip's count, for the filters the list shows (facetCounts). */
  counts: ReadonlyMap<FilterValues[K], number>;
  /** The filters as just asked for: which chips are pressed (ahead of the list). */
  pressed: FilterState;
  onToggle: (groupId: K, option: FilterValues[K]) => void;
};

/**
 * Drawn again when its counts or its pressed chips change: not for a keystroke in the
 * search box, which changes neither until the list follows (the handlers keep their
 * identity, use-filters.ts).
 */
export const FilterChipGroup = memo(ChipGroup, (before, after) => {
  const { groupId } = after;
  return (
    before.groupId === groupId &&
    before.entries === after.entries &&
    before.filters === after.filters &&
    before.counts === after.counts &&
    before.onToggle === after.onToggle &&
    selectedIn(before.pressed, groupId).join() === selectedIn(after.pressed, groupId).join()
  );
}) as typeof ChipGroup;

function ChipGroup<K extends FilterGroupId>({
  groupId,
  entries,
  filters,
  counts,
  pressed,
  onToggle,
}: ChipGroupProps<K>) {
  const headingId = useId();
  const hintId = useId();
  const hint = GROUP_HINTS[groupId];
  const selected = selectedIn(pressed, groupId);
  const chips = chipOptions(groupId, entries, filters).map((option) => ({
    option,
    count: counts.get(option.value) ?? 0,
  }));
  return (
    <div
      role="group"
      aria-labelledby={headingId}
      aria-describedby={hint ? hintId : undefined}
      className="grid gap-3"
    >
      <h3 id={headingId} className="text-sm tracking-[0.15em] text-muted uppercase">
        {FILTER_GROUPS[groupId].label}
      </h3>
      {hint && (
        <p id={hintId} className="-mt-1 text-sm text-muted">
          {hint}
        </p>
      )}
      <ul className="m-0 flex list-none flex-wrap gap-2 p-0">
        {chips.map(({ option, count }) => (
          <li key={option.value} className="max-w-full">
            <FilterChip
              option={option}
              pressed={selected.includes(option.value)}
              count={count}
              onClick={() => onToggle(groupId, option.value)}
            />
          </li>
        ))}
      </ul>
    </div>
  );
}

type FilterChipProps = {
  option: FilterOption<string>;
  pressed: boolean;
  count: number;
  onClick: () => void;
};

const CHIP_LOOK = {
  pressed: "border-glow bg-glow text-night",
  // A chip that would leave nothing stays focusable and clickable, only quieter.
  empty: "border-dashed border-line bg-transparent text-muted hover:border-glow",
  normal: "border-line bg-tag text-ink hover:border-glow",
} as const;

function FilterChip({ option, pressed, count, onClick }: FilterChipProps) {
  const look = pressed ? "pressed" : count === 0 ? "empty" : "normal";
  const quiet = pressed ? "text-night" : "text-muted";
  return (
    <button
      type="button"
      aria-pressed={pressed}
      onClick={onClick}
      className={`inline-flex min-h-11 max-w-full flex-wrap items-baseline gap-x-2 rounded-full border px-4 py-2 text-left text-sm ${CHIP_LOOK[look]}`}
    >
      {/* Spaces live in text nodes between the spans: name computation trims each
          element's text, so "Film, 5 shows" needs them here. Flex drops them visually. */}
      <span className="font-medium">{option.label}</span>
      {option.description === undefined ? null : (
        <>
          <span className="sr-only">,</span> <span className={`text-xs ${quiet}`}>{option.description}</span>
        </>
      )}
      <span className="sr-only">,</span> <span className={`text-xs tabular-nums ${quiet}`}>{count}</span>{" "}
      <span className="sr-only">{count === 1 ? "show" : "shows"}</span>
    </button>
  );
}
