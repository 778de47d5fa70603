import { Heart, Search, SlidersHorizontal } from "lucide-react";
import { useEffect, useRef, useState } from "react";
import { useLocation } from "react-router";
import { focusCard } from "../../features/countdown/card-links";
import { useCardInView } from "../../features/countdown/card-in-view";
import { COUNTDOWN_TITLE_ID } from "../../features/countdown/countdown-page";
import { CountdownPosition } from "../../features/countdown/countdown-position";
import { entryCardId } from "../../features/countdown/card-links";
import type { Entry } from "../../features/entries/entry-schema";
import { activeFilterCount } from "../../features/filters/apply-filters";
import { ResultSummary } from "../../features/filters/result-summary";
import { useFilters } from "../../features/filters/use-filters";
import { prefersReducedMotion } from "../../lib/use-prefers-reduced-motion";
import { ProgressStatus, useProgress } from "../../features/tracker/your-marks";
import { ROOT_ATTRIBUTE, useRootAttribute } from "../../lib/root-attributes";
import { FilterSheet, MarksSheet, preloadSheets } from "./bar-sheets";
import { FilteredRow } from "./filtered-row";

/**
 * Brings the top of the list into view when it is above the screen: just under the bar
 * where the bar is stuck to the top (wide screens), at the top of the screen on phones.
 */
function scrollToListStart(bar: HTMLElement | null): void {
  const list = document.getElementById(COUNTDOWN_TITLE_ID)?.parentElement;
  if (!list || !bar || list.getBoundingClientRect().top >= 0) return;
  const under = getComputedStyle(bar).position === "sticky" ? bar.offsetHeight : 0;
  window.scrollTo({
    top: window.scrollY + list.getBoundingClientRect().top - under,
    behavior: prefersReducedMotion() ? "auto" : "smooth",
  });
}

type Open = { sheet: "filters"; focusSearch: boolean } | { sheet: "marks" } | null;

type CountdownBarProps = {
  entries: readonly Entry[];
  /** The entries the filters leave, in countdown order. */
  visible: readonly Entry[];
  /** Opens an entry's drawer: Pick for me, in "Your marks". */
  onPick: (slug: string) => void;
};

const PILL =
  "inline-flex min-h-11 items-center justify-center gap-2 rounded-full border border-line px-3 text-sm text-ink hover:border-glow sm:px-4";
const BUTTON = `${PILL} min-w-11 shrink-0`;
const SHRINKING_BUTTON = `${PILL} min-w-0`; // its text truncates on a 320 px phone

/**
 * The bar that stays within reach down the list (styles/countdown-bar.css): at the
 * foot of the screen on phones, under the thumb; stuck to the top on wider screens. It
 * says where you are (#14 and a line) and how far your marks go, and opens the filters
 * and "Your marks" as sheets. It is in the prerendered page, taking its space from the
 * start; a tap on it before the app is live is replayed once it is (early-clicks.ts, which
 * finds a button again by its id if the app renders the page afresh).
 */
export function CountdownBar({ entries, visible, onPick }: CountdownBarProps) {
  const [open, setOpen] = useState<Open>(null);
  // What to do once the sheet has closed (and handed focus back to the bar).
  const afterClose = useRef<(() => void) | undefined>(undefined);
  const { search } = useLocation();
  const searchWhenOpened = useRef(search);
  const barRef = useRef<HTMLElement>(null);
  const filterButton = useRef<HTMLButtonElement>(null);
  const { filters, clearAll } = useFilters();
  // Enter in search: the first result takes focus once the sheet has closed and the list
  // shows that query (it renders after the paint that answers the last keystroke).
  const focusFirstFor = useRef<string | undefined>(undefined);
  const active = activeFilterCount(filters);
  const progressOfMarks = useProgress(entries);
  const { watched, total } = progressOfMarks;

  const cardInView = useCardInView();
  const index = Math.max(
    0,
    visible.findIndex((entry) => entryCardId(entry.slug) === cardInView),
  );
  const current = visible[index];
  const progress = cardInView === undefined || visible.length === 0 ? 0 : (index + 1) / visible.length;

  useEffect(preloadSheets, []);
  // The page keeps room for the bar, one row or two (styles/countdown-bar.css).
  useRootAttribute(ROOT_ATTRIBUTE.countdownBar, active > 0 ? "filtered" : "");

  useEffect(() => {
    if (open !== null) return;
    afterClose.current?.();
    afterClose.current = undefined;
  }, [open]);

  useEffect(() => {
    if (focusFirstFor.current !== filters.q || open !== null) return;
    focusFirstFor.current = undefined;
    focusCard(visible[0]?.slug);
  }, [open, filters.q, visible]);

  const openSheet = (next: NonNullable<Open>) => {
    searchWhenOpened.current = search;
    setOpen(next);
  };
  const close = () => setOpen(null);
  // Filters changed deep in the list: the result starts where the list starts, so go there.
  const closeFilters = () => {
    if (search !== searchWhenOpened.current) afterClose.current = () => scrollToListStart(barRef.current);
    close();
  };

  return (
    <section
      ref={barRef}
      aria-label="Countdown tools"
      className="countdown-bar"
      data-filtered={active > 0 || undefined}
    >
      <div className="mx-auto max-w-5xl px-3 sm:px-5">
        {active > 0 && (
          <FilteredRow
            filters={filters}
            shown={visible.length}
            total={entries.length}
            onClear={() => {
              clearAll();
              // The row goes with the filters; focus lands on Filter, not on the page.
              filterButton.current?.focus();
            }}
          />
        )}
        <div className="flex h-16 items-center gap-2 sm:gap-3">
          <CountdownPosition label={current ? `#${current.rank}` : "–"} progress={progress} />
          <button
            type="button"
            aria-haspopup="dialog"
            id="bar-marks"
            onClick={() => openSheet({ sheet: "marks" })}
            className={SHRINKING_BUTTON}
          >
            <Heart aria-hidden="true" className="size-4 shrink-0 text-rose max-[359px]:hidden" />
            {/* Spaces stay in text nodes between the spans: name computation trims each
                element's text ("Your marks · 3 of 21 watched"). */}
            <span className="truncate">
              <span className="max-sm:sr-only">Your marks ·</span> {watched} of {total}{" "}
              <span className="max-[359px]:sr-only">watched</span>
            </span>
          </button>
          <span className="flex-1" />
          <button
            type="button"
            aria-haspopup="dialog"
            id="bar-search"
            data-shortcut="search"
            onClick={() => openSheet({ sheet: "filters", focusSearch: true })}
            className={BUTTON}
          >
            <Search aria-hidden="true" className="size-4" />
            <span className="max-sm:sr-only">Search</span>
          </button>
          <button
            type="button"
            aria-haspopup="dialog"
            ref={filterButton}
            id="bar-filter"
            onClick={() => openSheet({ sheet: "filters", focusSearch: false })}
            className={BUTTON}
          >
            <SlidersHorizontal aria-hidden="true" className="size-4" />
            <span className="max-sm:sr-only">Filter</span>
            {active > 0 && (
              <>
                {" "}
                <span className="rounded-full bg-glow px-1.5 text-xs leading-5 font-medium text-night tabular-nums">
                  {active} <span className="sr-only">active</span>
                </span>
              </>
            )}
          </button>
        </div>
      </div>
      <ProgressStatus progress={progressOfMarks} />
      <ResultSummary shown={visible.length} total={entries.length} className="sr-only" />
      {open?.sheet === "filters" && (
        <FilterSheet
          entries={entries}
          shown={visible.length}
          focusSearch={open.focusSearch}
          onClose={closeFilters}
          onSearchSubmit={(query) => {
            // Enter: the first result takes focus (and so comes into view). A query of
            // spaces alone is no query: the URL drops it.
            focusFirstFor.current = query.trim() === "" ? "" : query;
            close();
          }}
        />
      )}
      {open?.sheet === "marks" && (
        <MarksSheet entries={entries} visible={visible} onPick={onPick} onClose={close} />
      )}
    </section>
  );
}
