import type { Entry } from "../entries/entry-schema";
import { applyFilters, suggestChipToDrop, type FilterToDrop } from "./apply-filters";
import { useFilterContext } from "./filter-context";
import { useFilters } from "./use-filters";

const BUTTON = "min-h-11 rounded-full border px-5 py-2 text-sm";

function showCount(count: number): string {
  return count === 1 ? "1 show" : `${count} shows`;
}

function Suggestion({ drop, onDrop }: { drop: FilterToDrop; onDrop: () => void }) {
  const what = drop.kind === "query" ? "the search" : `“${drop.label}”`;
  const action = drop.kind === "query" ? "Clear the search" : `Drop “${drop.label}”`;
  return (
    <>
      <p className="text-muted">
        Letting go of {what} would bring back {showCount(drop.count)}.
      </p>
      <button type="button" onClick={onDrop} className={`${BUTTON} border-glow bg-glow text-night`}>
        {action}
      </button>
    </>
  );
}

/** Shown in place of the list when nothing matches; renders nothing otherwise. */
export function EmptyResult({ entries }: { entries: readonly Entry[] }) {
  const { filters, remove, setQuery, clearAll } = useFilters();
  const context = useFilterContext();
  if (applyFilters(entries, filters, context).length > 0) return null;

  const drop = suggestChipToDrop(entries, filters, context);
  const helpful = drop !== undefined && drop.count > 0;

  function handleDrop() {
    if (drop === undefined) return;
    if (drop.kind === "query") setQuery("", { typing: false });
    else remove(drop.groupId, drop.value);
  }

  return (
    <div className="mx-auto flex max-w-2xl flex-col items-center gap-4 rounded-2xl border border-line bg-surface px-6 py-10 text-center sm:px-10">
      <p className="font-serif text-2xl text-balance text-ink">Nothing fits all of that at once.</p>
      {helpful ? (
        <Suggestion drop={drop} onDrop={handleDrop} />
      ) : (
        <p className="text-muted">No single change brings a show back; starting afresh might.</p>
      )}
      <button type="button" onClick={clearAll} className={`${BUTTON} border-line text-ink hover:border-glow`}>
        Clear all
      </button>
    </div>
  );
}
