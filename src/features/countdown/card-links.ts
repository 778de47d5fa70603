/** The id of an entry's card (its <article>): the bar tracks it, the loader and the drawer centre it. */
export const entryCardId = (slug: string) => `entry-${slug}`;

// Each card's title link carries data-card-link="<slug>": the drawer returns focus to
// it, search sends focus to the first result, and j / k walk through them.
// A card a filter hid stays in the page (its <li> is hidden) and is skipped.
export const CARD_LINK_SELECTOR = "[data-card-link]:not([hidden] *)";

/**
 * Looks a card up by slug in the page. A long (virtualized) list holds only the cards near
 * the viewport, the focused one and the open entry's: null for the others.
 */
export function cardLinkFor(slug: string): HTMLElement | null {
  return document.querySelector<HTMLElement>(`[data-card-link="${CSS.escape(slug)}"]`);
}

export function focusCard(slug: string | undefined): void {
  if (slug !== undefined) cardLinkFor(slug)?.focus();
}

/**
 * Scrolls an entry's card to the middle of the screen, where the drawer keeps it behind
 * itself. The page's boot loader does the same before the app starts (src/app/boot-loader.js,
 * which has no modules to import). A long (virtualized) list may not hold the card yet:
 * VirtualCardList brings it into the page first.
 */
export function centreCard(slug: string): void {
  document.getElementById(entryCardId(slug))?.scrollIntoView({ block: "center" });
}
