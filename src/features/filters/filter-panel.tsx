import { useId, useMemo } from "react";
import type { Entry } from "../entries/entry-schema";
import { facetCounts } from "./apply-filters";
import { FilterChipGroup } from "./filter-chip-group";
import { useFilterContext } from "./filter-context";
import { MAX_QUERY_LENGTH } from "./filter-state";
import { FILTER_GROUP_IDS } from "./filter-groups";
import { useFilters } from "./use-filters";

type FilterPanelProps = {
  entries: readonly Entry[];
  /** Enter in the search box, with the query as typed: the app moves focus to the first result. */
  onSearchSubmit?: (query: string) => void;
  /** Opened with Search (or "/"): the search box takes focus. */
  focusSearch?: boolean;
};

/** The search box and the chip groups, as the filter sheet holds them. */
export function FilterPanel({ entries, onSearchSubmit, focusSearch = false }: FilterPanelProps) {
  const { filters, asked, toggle, setQuery } = useFilters();
  const searchId = useId();
  const context = useFilterContext();
  // Every chip's count, in one pass over the list: redone when the list, the filters or the
  // marks change, not for a keystroke the list has not caught up with yet.
  const counts = useMemo(() => facetCounts(entries, filters, context), [entries, filters, context]);

  return (
    <form
      role="search"
      aria-label="Search and filters"
      onSubmit={(event) => {
        event.preventDefault();
        onSearchSubmit?.(asked.q);
      }}
    >
      <label htmlFor={searchId} className="block text-sm text-muted">
        Search titles
      </label>
      <input
        id={searchId}
        type="search"
        value={asked.q}
        onChange={(event) => setQuery(event.target.value)}
        placeholder="English, romaji or Japanese"
        maxLength={MAX_QUERY_LENGTH}
        autoComplete="off"
        spellCheck={false}
        enterKeyHint="search"
        data-autofocus={focusSearch || undefined}
        className="mt-2 block min-h-11 w-full rounded-full border border-line bg-night px-5 py-2.5 text-base text-ink placeholder:text-muted hover:border-glow"
      />
      <div className="mt-8 flex flex-col gap-6">
        {FILTER_GROUP_IDS.map((groupId) => (
          <FilterChipGroup
            key={groupId}
            groupId={groupId}
            entries={entries}
            filters={filters}
            counts={counts[groupId]}
            pressed={asked}
            onToggle={toggle}
          />
        ))}
      </div>
    </form>
  );
}
