import { useSyncExternalStore } from "react";

// Which card the person is reading: the last card to cross a thin band 40–45 % down the
// viewport. The countdown bar shows its rank. One IntersectionObserver watches every card
// (each card registers itself as it mounts, so a virtualized list works too); nothing runs
// on scroll, and the browser calls back only when a card enters or leaves the band.

const READING_BAND = "-40% 0px -55% 0px";

let cardInView: string | undefined; // the card's element id
const listeners = new Set<() => void>();
let observer: IntersectionObserver | undefined;

function onCrossings(records: IntersectionObserverEntry[]): void {
  const entered = records.filter((record) => record.isIntersecting).at(-1);
  if (!entered || entered.target.id === cardInView) return;
  cardInView = entered.target.id;
  for (const listener of listeners) listener();
}

/** A card's ref callback: watched while it is in the page. */
export function watchCardInView(card: HTMLElement): () => void {
  if (typeof IntersectionObserver === "undefined") return () => {};
  observer ??= new IntersectionObserver(onCrossings, { rootMargin: READING_BAND });
  observer.observe(card);
  return () => observer?.unobserve(card);
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The element id of the card being read, or undefined before any card has reached the band. */
export function useCardInView(): string | undefined {
  return useSyncExternalStore(
    subscribe,
    () => cardInView,
    () => undefined,
  );
}
