import { SlidersHorizontal } from "lucide-react";
import { useId, useRef, useState } from "react";
import type { Entry } from "../entries/entry-schema";
import { activeFilterCount } from "./apply-filters";
import { FilterChipGroup } from "./filter-chip-group";
import { MAX_QUERY_LENGTH } from "./filter-state";
import { FILTER_GROUP_IDS } from "./filter-groups";
import { useFilters } from "./use-filters";

type FilterPanelProps = {
  entries: readonly Entry[];
  /** Enter in the search box: the app moves focus to the first result. */
  onSearchSubmit?: () => void;
};

export function FilterPanel({ entries, onSearchSubmit }: FilterPanelProps) {
  const { filters, toggle, setQuery, clearAll } = useFilters();
  const searchRef = useRef<HTMLInputElement>(null);
  const titleId = useId();
  const searchId = useId();
  const groupsId = useId();
  // Phones get the chips behind one button, so the countdown starts on the first screen.
  const [chipsOpen, setChipsOpen] = useState(false);
  const active = activeFilterCount(filters);

  function handleClearAll() {
    clearAll();
    // The button disappears with the filters; give focus a place to land.
    searchRef.current?.focus();
  }

  return (
    <form
      role="search"
      aria-labelledby={titleId}
      className="mx-auto max-w-5xl px-5"
      onSubmit={(event) => {
        event.preventDefault();
        onSearchSubmit?.();
      }}
    >
      <div className="flex flex-wrap items-center justify-between gap-x-6 gap-y-3">
        <h2 id={titleId} className="font-serif text-2xl text-ink sm:text-3xl">
          Find one for tonight
        </h2>
        {active > 0 ? (
          <button
            type="button"
            onClick={handleClearAll}
            className="min-h-11 rounded-full border border-line px-5 py-2 text-sm text-ink hover:border-glow"
          >
            Clear all
          </button>
        ) : null}
      </div>

      <div className="mt-6 max-w-xl">
        <label htmlFor={searchId} className="block text-sm text-muted">
          Search titles
        </label>
        <input
          ref={searchRef}
          id={searchId}
          type="search"
          value={filters.q}
          onChange={(event) => setQuery(event.target.value)}
          placeholder="English, romaji or Japanese"
          maxLength={MAX_QUERY_LENGTH}
          autoComplete="off"
          spellCheck={false}
          enterKeyHint="search"
          className="mt-2 block min-h-11 w-full rounded-full border border-line bg-surface px-5 py-2.5 text-base text-ink placeholder:text-muted hover:border-glow"
        />
      </div>

      <button
        type="button"
        aria-expanded={chipsOpen}
        aria-controls={groupsId}
        onClick={() => setChipsOpen((open) => !open)}
        className="mt-4 inline-flex min-h-11 items-center gap-2 rounded-full border border-line px-5 py-2 text-sm text-ink hover:border-glow sm:hidden"
      >
        <SlidersHorizontal aria-hidden="true" className="size-4" />
        {chipsOpen ? "Hide filters" : "Show filters"}
        {active > 0 && <span className="text-muted">· {active} on</span>}
      </button>

      <div id={groupsId} className={`mt-6 flex-col gap-6 sm:mt-8 sm:flex ${chipsOpen ? "flex" : "hidden"}`}>
        {FILTER_GROUP_IDS.map((groupId) => (
          <FilterChipGroup
            key={groupId}
            groupId={groupId}
            entries={entries}
            filters={filters}
            onToggle={toggle}
          />
        ))}
      </div>
    </form>
  );
}
