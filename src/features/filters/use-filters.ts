import { startTransition, useCallback, useLayoutEffect, useMemo, useOptimistic, useRef } from "react";
import { useNavigate, useSearchParams } from "react-router";
import { afterNextPaint } from "../../lib/next-task";
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
  /** The filters in the URL: what the list shows. */
  filters: FilterState;
  /**
   * What the controls show: the filters as just asked for, ahead of the list. A chip or a
   * keystroke shows at once; the list follows after that paint (useOptimistic).
   */
  asked: FilterState;
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
  const [asked, ask] = useOptimistic(filters);

  // The handlers keep their identity from render to render, so the chip groups (memoized)
  // are not drawn again by a keystroke in the search box. They read the state as of the
  // last render when they are called.
  const latest = useRef({ filters, asked, ask, navigate, searchParams, saveAvoidPreference });
  useLayoutEffect(() => {
    latest.current = { filters, asked, ask, navigate, searchParams, saveAvoidPreference };
  });

  const write = useCallback((next: FilterState, typing = false) => {
    const { filters, ask, navigate, searchParams, saveAvoidPreference } = latest.current;
    // Avoid chips are also remembered in this browser, as the default for the next visit.
    if (next.avoid.join() !== filters.avoid.join()) saveAvoidPreference?.(next.avoid);
    // The control answers at once: an optimistic update renders synchronously, in the
    // event, so the search box (its value is `asked.q`) keeps its caret. The list follows
    // once that is painted, rendered in one task (the URL changes after the `await`, so
    // outside the transition); the optimistic state holds until every such action is done.
    startTransition(async () => {
      ask(next);
      await afterNextPaint();
      void navigate(
        { search: buildFilterSearch(next, searchParams) },
        // One history entry per search, not per keystroke.
        { replace: typing },
      );
    });
  }, []);

  // Edits start from what the controls show, so two taps in a row both count.
  const toggle = useCallback(
    <K extends FilterGroupId>(groupId: K, option: FilterValues[K]) =>
      write(toggleOption(latest.current.asked, groupId, option)),
    [write],
  );
  const remove = useCallback(
    <K extends FilterGroupId>(groupId: K, option: FilterValues[K]) =>
      write(removeOption(latest.current.asked, groupId, option)),
    [write],
  );
  const setQuery = useCallback(
    (q: string, { typing = true }: { typing?: boolean } = {}) =>
      write(withQuery(latest.current.asked, q), typing),
    [write],
  );
  const clearAll = useCallback(() => write(EMPTY_FILTERS), [write]);
  return { filters, asked, toggle, remove, setQuery, clearAll };
}
