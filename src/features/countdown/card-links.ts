// Each card's title link carries data-card-link="<slug>": the drawer returns focus to
// it, search sends focus to the first result, and j / k walk through them.
export const CARD_LINK_SELECTOR = "[data-card-link]";

/** Looks a card up by slug: cards leaving the list stay in the DOM while they fade out. */
export function cardLinkFor(slug: string): HTMLElement | null {
  return document.querySelector<HTMLElement>(`[data-card-link="${CSS.escape(slug)}"]`);
}

export function focusCard(slug: string | undefined): void {
  if (slug !== undefined) cardLinkFor(slug)?.focus();
}
