import { useRef } from "react";
import { Sheet } from "../../components/ui/sheet";
import type { Entry } from "../entries/entry-schema";
import { activeFilterCount } from "./apply-filters";
import { FilterPanel } from "./filter-panel";
import { useFilters } from "./use-filters";

type FilterSheetProps = {
  entries: readonly Entry[];
  /** How many entries the filters leave: the button that closes the sheet says so. */
  shown: number;
  /** Opened with Search (or "/"): the search box takes focus. */
  focusSearch: boolean;
  onClose: () => void;
  /** Enter in the search box. */
  onSearchSubmit: (query: string) => void;
};

function showLabel(shown: number, total: number): string {
  if (shown === 0) return "Back to the list";
  if (shown >= total) return `Show all ${total} shows`;
  return shown === 1 ? "Show 1 show" : `Show ${shown} shows`;
}

const BUTTON = "inline-flex min-h-11 items-center rounded-full px-5 py-2 text-sm";

/** The search and chips, in a sheet opened from the countdown bar. The list updates behind it. */
export function FilterSheet({ entries, shown, focusSearch, onClose, onSearchSubmit }: FilterSheetProps) {
  const { filters, clearAll } = useFilters();
  const formRef = useRef<HTMLDivElement>(null);
  const active = activeFilterCount(filters);

  function handleClearAll() {
    clearAll();
    // The button goes with the filters; focus lands on the search box.
    formRef.current?.querySelector<HTMLInputElement>('input[type="search"]')?.focus();
  }

  return (
    <Sheet
      title="Find one for tonight"
      onClose={onClose}
      footer={
        <div className="flex flex-wrap items-center justify-between gap-3">
          {active > 0 ? (
            <button
              type="button"
              onClick={handleClearAll}
              className={`${BUTTON} border border-line text-ink hover:border-glow`}
            >
              Clear all
            </button>
          ) : (
            <span />
          )}
          <button type="button" onClick={onClose} className={`${BUTTON} bg-glow font-medium text-night`}>
            {showLabel(shown, entries.length)}
          </button>
        </div>
      }
    >
      <div ref={formRef}>
        <FilterPanel entries={entries} focusSearch={focusSearch} onSearchSubmit={onSearchSubmit} />
      </div>
    </Sheet>
  );
}
