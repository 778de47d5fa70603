import { loadAnimate } from "../../lib/load-motion";
import { prefersReducedMotion } from "../../lib/use-prefers-reduced-motion";

// The cards' scroll reveal where CSS cannot drive it. Chromium and WebKit fade each card
// in from its scroll position alone (a view timeline, styles/countdown-cards.css);
// Firefox has no scroll-driven animations, so there a card fades in with Motion when it
// first scrolls into view. Nothing is ever hidden ahead of time: a card is fully there
// until the moment it enters, then fades from clear to solid, so no slow script and no
// missing script can keep a card out of sight. Cards already on screen never fade.

const REVEAL = { duration: 0.7, ease: [0.22, 1, 0.36, 1] } as const;

let observer: IntersectionObserver | undefined;
/** Motion, asked for as soon as the first card is watched: loaded long before a scroll needs it. */
let motion: Promise<Awaited<ReturnType<typeof loadAnimate>> | undefined> | undefined;
/** Cards seen outside the viewport at least once: only they fade when they come in. */
const waiting = new WeakSet<Element>();

function needsFallback(): boolean {
  return (
    typeof IntersectionObserver !== "undefined" &&
    typeof CSS !== "undefined" &&
    typeof CSS.supports === "function" && // jsdom has none
    !CSS.supports("animation-timeline: view()")
  );
}

function onCrossings(records: IntersectionObserverEntry[]): void {
  for (const { target, isIntersecting } of records) {
    if (!isIntersecting) {
      waiting.add(target);
    } else if (waiting.has(target)) {
      observer?.unobserve(target);
      if (!prefersReducedMotion()) {
        // Without Motion (its file failed to load) the card is simply there.
        void motion?.then((animate) => animate?.(target, { opacity: [0.15, 1] }, REVEAL));
      }
    } else {
      observer?.unobserve(target); // on screen from the start: it stays as it is
    }
  }
}

/** A card's ref callback: fades it in on first entering the viewport, where CSS cannot. */
export function revealCardWhereNeeded(card: HTMLElement): () => void {
  if (!needsFallback()) return () => {};
  observer ??= new IntersectionObserver(onCrossings);
  // Caught at once: a page left (or offline) before Motion arrives must not log an error.
  motion ??= loadAnimate().catch(() => undefined);
  observer.observe(card);
  return () => observer?.unobserve(card);
}
