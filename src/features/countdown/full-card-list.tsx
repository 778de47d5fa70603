import { useEffect, useRef, type ReactNode } from "react";
import type { Entry } from "../entries/entry-schema";

type FullCardListProps = {
  entries: readonly Entry[];
  /**
   * With a filter on, the cards it leaves out stay in the page, hidden: a chip then flips
   * `hidden` on a few items instead of building and tearing down cards (issue 14).
   */
  isShown?: (entry: Entry) => boolean;
  /** The first entry's index in the whole list, when this is part of it: cards keep their sides. */
  firstIndex?: number;
  renderCard: (entry: Entry) => ReactNode;
};

/**
 * Every card in the page: the real countdown, prerendered whole, so it reads without
 * JavaScript, finds in page and hydrates as it was served.
 *
 * Cards alternate sides by their place among the cards shown, in CSS (countdown-cards.css):
 * a filter that hides a few cards draws none of the others again.
 *
 * Cards that enter after a filter change fade and rise in (CSS @starting-style, see
 * styles/countdown-cards.css). The list only opts in once it is on screen: the
 * attribute is set after the first commit, so the cards that were there from the start,
 * prerendered or not, never animate in.
 */
export function FullCardList({ entries, isShown, firstIndex = 0, renderCard }: FullCardListProps) {
  const listRef = useRef<HTMLOListElement>(null);
  useEffect(() => {
    // Set on the element, not through state: React leaves attributes it does not own,
    // and a state change here would re-render every card for one attribute.
    listRef.current?.setAttribute("data-cards-enter", "");
  }, []);

  return (
    <ol
      ref={listRef}
      data-odd-start={firstIndex % 2 === 1 ? "" : undefined}
      className="countdown-cards m-0 flex list-none flex-col gap-16 p-0 sm:gap-24"
    >
      {entries.map((entry) => (
        <li key={entry.slug} hidden={isShown ? !isShown(entry) : undefined}>
          {renderCard(entry)}
        </li>
      ))}
    </ol>
  );
}
