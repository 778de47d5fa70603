// Which cards a long (virtualized) countdown keeps in the page. Pure, so it is tested
// without a browser.

/** Longer lists are virtualized: only the cards near the viewport are in the page. */
export const MAX_FULL_LIST = 60; // cards

/** Cards rendered beyond each edge of the viewport, so a quick scroll finds them ready. */
export const OVERSCAN = 2; // cards

// A first guess at one card's height with the space below it, before it is measured:
// one column of artwork over text on phones, two columns from Tailwind's `md` up. Only
// the scrollbar's first length depends on it; every card is measured once rendered.
const TWO_COLUMNS_FROM = 768; // px of viewport width
const PHONE_CARD_HEIGHT = 740; // px, at 390 px wide (measured 700–830)
const DESKTOP_CARD_HEIGHT = 540; // px, from 1024 px wide (measured 520–630)

export function estimateCardHeight(viewportWidth: number): number {
  return viewportWidth >= TWO_COLUMNS_FROM ? DESKTOP_CARD_HEIGHT : PHONE_CARD_HEIGHT;
}

type WindowRange = { startIndex: number; endIndex: number; overscan: number; count: number };

/**
 * The cards in the viewport (plus overscan), and also the card holding focus with its two
 * neighbours wherever it is. Focus then never falls out of the page when someone scrolls
 * away, and Tab, Shift+Tab, j and k always find the next card in the DOM, however far the
 * window has moved. Returns ascending indexes, each once.
 */
export function cardsToRender(range: WindowRange, focusedIndex: number): number[] {
  const first = Math.max(0, range.startIndex - range.overscan);
  const last = Math.min(range.count - 1, range.endIndex + range.overscan);
  const indexes = new Set<number>();
  for (let index = first; index <= last; index += 1) indexes.add(index);
  if (focusedIndex >= 0 && focusedIndex < range.count) {
    for (const index of [focusedIndex - 1, focusedIndex, focusedIndex + 1]) {
      if (index >= 0 && index < range.count) indexes.add(index);
    }
  }
  return [...indexes].sort((a, b) => a - b);
}
