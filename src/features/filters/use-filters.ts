import { startTransition, useMemo } from "react";
import { useNavigate, useSearchParams } from "react-router";
import { useFilterContext } from "./filter-context";
import { buildFilterSearch, parseFilterSearch } from "./filter-search";
import {
  EMPTY_FILTERS,
  type FilterContext,
  type FilterGroupId,
  type FilterState,
  type FilterValues,
} from "./filter-state";
import { removeOption, toggleOption, withQuery } from "./filter-edits";

export type UseFilters = {
  filters: FilterState;
  toggle: <K extends FilterGroupId>(groupId: K, option: FilterValues[K]) => void;
  remove: <K extends FilterGroupId>(groupId: K, option: FilterValues[K]) => void;
  /** Typing (the default) replaces the history entry; pass `{ typing: false }` for a button. */
  setQuery: (q: string, options?: { typing?: boolean }) => void;
  clearAll: () => void;
};

/**
 * The filters live in the URL and nowhere else: read on every render, written only by
 * these handlers. Writes go through `navigate` with buildFilterSearch's string, not
 * setSearchParams, which would re-encode the commas ("theme=war%2Cgrief").
 */
export function useFilters(explicitContext?: FilterContext): UseFilters {
  const [searchParams] = useSearchParams();
  const navigate = useNavigate();
  const contextFromTree = useFilterContext();
  const { avoidPreference, saveAvoidPreference } = explicitContext ?? contextFromTree;
  const filters = useMemo(
    () => parseFilterSearch(searchParams, avoidPreference ? { avoid: avoidPreference } : {}),
    [searchParams, avoidPreference],
  );

  function write(next: FilterState, typing = false) {
    // Avoid chips are also remembered in this browser, as the default for the next visit.
    if (next.avoid.join() !== filters.avoid.join()) saveAvoidPreference?.(next.avoid);
    const go = () =>
      void navigate(
        { search: buildFilterSearch(next, searchParams) },
        // One history entry per search, not per keystroke.
        { replace: typing },
      );
    // A keystroke renders at once, so the search box (its value lives in the URL) keeps
    // its caret. A chip's change renders as a transition: the click is answered in the
    // next frame, and the list, however long, follows as soon as it is rendered.
    if (typing) go();
    else startTransition(go);
  }

  return {
    filters,
    toggle: (groupId, option) => write(toggleOption(filters, groupId, option)),
    remove: (groupId, option) => write(removeOption(filters, groupId, option)),
    setQuery: (q, { typing = true } = {}) => write(withQuery(filters, q), typing),
    clearAll: () => write(EMPTY_FILTERS),
  };
}
