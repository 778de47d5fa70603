import { X } from "lucide-react";
import { describeActiveFilters } from "../../features/filters/active-filters";
import type { FilterState } from "../../features/filters/filter-state";

type FilteredRowProps = {
  filters: FilterState;
  shown: number;
  total: number;
  /** Clears every filter; the row goes with them, so this also moves focus somewhere stable. */
  onClear: () => void;
};

/** The bar's second row while filters are on: what they are, how many shows they leave, and Clear. */
export function FilteredRow({ filters, shown, total, onClear }: FilteredRowProps) {
  return (
    <div className="flex h-11 items-center gap-3 border-b border-line text-sm">
      <p className="min-w-0 flex-1 truncate text-muted">
        <span className="sr-only">Filtered by </span>
        <span className="text-ink">{describeActiveFilters(filters)}</span>
        {" · "}
        {shown} of {total}
      </p>
      <button
        type="button"
        onClick={onClear}
        className="inline-flex min-h-11 shrink-0 items-center gap-1 px-2 text-ink underline decoration-line underline-offset-4 hover:decoration-glow"
      >
        <X aria-hidden="true" className="size-4" />
        Clear filters
      </button>
    </div>
  );
}
