import { useWindowVirtualizer } from "@tanstack/react-virtual";
import { useCallback, useEffect, useRef, useState, type FocusEvent, type ReactNode } from "react";
import type { Entry } from "../entries/entry-schema";
import { cardsToRender, estimateCardHeight, OVERSCAN } from "./card-window";
import { useDocumentTop } from "./use-document-top";

type VirtualCardListProps = {
  entries: readonly Entry[];
  /** The entry open in the drawer: its card is brought into the page behind it. */
  openSlug?: string;
  renderCard: (entry: Entry) => ReactNode;
};

// The space between cards is padding inside each item (measured with it), not the list's gap.
const SPACE_BELOW = "pb-16 sm:pb-24";

function indexOf(target: EventTarget | null): number {
  const item = target instanceof Element ? target.closest<HTMLElement>("li[data-index]") : null;
  return item ? Number(item.dataset.index) : -1;
}

/**
 * A countdown too long to render whole (see MAX_FULL_LIST): only the cards near the
 * viewport are in the page, each placed where it would be in the full list and measured
 * as it renders (cards differ in height, phones and desktops lay them out differently).
 * The list keeps honest semantics: every item says which of how many it is
 * (aria-posinset / aria-setsize), and the focused card stays in the page with its
 * neighbours (cardsToRender), so keyboard users walk the whole list.
 * Loaded on demand: the 21-entry countdown never downloads it.
 */
export function VirtualCardList({ entries, openSlug, renderCard }: VirtualCardListProps) {
  const listRef = useRef<HTMLOListElement>(null);
  const listTop = useDocumentTop(listRef);
  const [focusedSlug, setFocusedSlug] = useState<string | null>(null);
  const focusedIndex = focusedSlug === null ? -1 : entries.findIndex((entry) => entry.slug === focusedSlug);

  // Stable between renders unless the list or the window's width class changes: the
  // virtualizer recomputes every card's position (O(n)) whenever one of them changes.
  const estimate = estimateCardHeight(window.innerWidth);
  const estimateSize = useCallback(() => estimate, [estimate]);
  const getItemKey = useCallback((index: number) => entries[index]?.slug ?? index, [entries]);
  const virtualizer = useWindowVirtualizer({
    count: entries.length,
    estimateSize,
    overscan: OVERSCAN,
    scrollMargin: listTop,
    getItemKey,
    rangeExtractor: (range) => cardsToRender(range, focusedIndex),
  });

  // Opening an entry by link, or stepping through the drawer, can name a card that is
  // not in the page; scroll to it, so it is behind the drawer and takes focus on close.
  // A card already in the page is left to the drawer, which keeps it in view itself.
  useEffect(() => {
    if (openSlug === undefined) return;
    const index = entries.findIndex((entry) => entry.slug === openSlug);
    if (index >= 0 && !virtualizer.getVirtualIndexes().includes(index)) {
      virtualizer.scrollToIndex(index, { align: "center" });
    }
  }, [openSlug, entries, listTop, virtualizer]);

  const onFocus = (event: FocusEvent<HTMLOListElement>) => {
    const entry = entries[indexOf(event.target)];
    if (entry) setFocusedSlug(entry.slug);
  };
  const onBlur = (event: FocusEvent<HTMLOListElement>) => {
    if (!event.currentTarget.contains(event.relatedTarget)) setFocusedSlug(null);
  };

  return (
    <ol
      ref={listRef}
      onFocus={onFocus}
      onBlur={onBlur}
      className="relative m-0 list-none p-0"
      style={{ height: virtualizer.getTotalSize() }}
    >
      {virtualizer.getVirtualItems().map((item) => {
        const entry = entries[item.index];
        if (!entry) return null;
        return (
          <li
            key={item.key}
            ref={virtualizer.measureElement}
            data-index={item.index}
            data-flipped={item.index % 2 === 1 ? "" : undefined}
            aria-posinset={item.index + 1}
            aria-setsize={entries.length}
            className={`absolute left-0 w-full ${item.index < entries.length - 1 ? SPACE_BELOW : ""}`}
            // `top`, not a transform: the scroll reveal's view timeline follows layout
            // positions and would not see a card moved by a transform.
            style={{ top: item.start - virtualizer.options.scrollMargin }}
          >
            {renderCard(entry)}
          </li>
        );
      })}
    </ol>
  );
}
