import { useEffect, useLayoutEffect, useRef, useState } from "react";
import type { Entry } from "../entries/entry-schema";
import { centreCard } from "./card-links";
import { MAX_FULL_LIST } from "./card-window";

/**
 * Cards an entry page holds behind its drawer on each side of the open card, until the
 * drawer first closes. One fills the space around the card at phone and desktop sizes
 * (390×844, 1440×900); each more costs an entry page about 0.35 kB gzip.
 */
const PRERENDERED_NEIGHBOURS = 1; // cards

/**
 * The open card with up to `neighbours` cards on each side, as indexes [start, end) into a
 * list of `count`; the whole list when `index` is not in it.
 */
export function cardsAround(
  count: number,
  index: number,
  neighbours: number,
): { start: number; end: number } {
  if (index < 0 || index >= count) return { start: 0, end: count };
  return { start: Math.max(0, index - neighbours), end: Math.min(count, index + neighbours + 1) };
}

type OpenCard = {
  /** Whether the whole countdown is in the page; false on an entry page until its drawer first closes. */
  whole: boolean;
  /** The part of `visible` in the page while it is not whole, as [start, end); null: all of it. */
  shown: { start: number; end: number } | null;
};

/**
 * Everything about the card open in the drawer, in one place:
 * - An entry's own page opens on its drawer and holds only what is in view behind it: the
 *   open card and its neighbours. So the prerendered page's first round trip carries all
 *   its first paint needs, and the app changes nothing behind the modal drawer. The rest of
 *   the countdown joins the first time the drawer closes, in that same frame.
 * - The open card stays in the middle of the screen behind the drawer: when a drawer opens
 *   or steps to another entry, and when the rest of the list joins above it (it would be
 *   pushed down and out of view; Safari has no scroll anchoring to prevent that).
 */
export function useOpenCard(visible: readonly Entry[], openSlug: string | undefined): OpenCard {
  const [whole, setWhole] = useState(openSlug === undefined);
  const [opened, setOpened] = useState(openSlug); // the last entry open while not whole
  // Set during render, so the frame in which the drawer closes already has every card.
  if (!whole && openSlug !== undefined && openSlug !== opened) setOpened(openSlug);
  if (!whole && openSlug === undefined) setWhole(true);
  const partial = !whole && visible.length <= MAX_FULL_LIST;
  const openIndex = visible.findIndex((entry) => entry.slug === opened);

  useEffect(() => {
    if (openSlug !== undefined) centreCard(openSlug);
  }, [openSlug]);

  // Before the frame is painted, so the card never shows out of place.
  const wasPartial = useRef(partial);
  useLayoutEffect(() => {
    if (wasPartial.current && !partial && opened !== undefined) centreCard(opened);
    wasPartial.current = partial;
  }, [opened, partial]);

  return { whole, shown: partial ? cardsAround(visible.length, openIndex, PRERENDERED_NEIGHBOURS) : null };
}
