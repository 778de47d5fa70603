import { inView } from "motion";
import { animate } from "motion/mini";
import { useEffect, useRef } from "react";
import { usePrefersReducedMotion } from "./use-prefers-reduced-motion";

const REVEAL_DURATION = 0.9; // s: slow enough to feel like dusk, short enough not to keep anyone waiting
const REVEAL_OFFSET = "translateY(28px)"; // the card rises this far while it fades in
const EASE_OUT = [0.22, 1, 0.36, 1] as const;

function hide(element: HTMLElement): void {
  element.style.opacity = "0";
  element.style.transform = REVEAL_OFFSET;
}

function unhide(element: HTMLElement): void {
  element.style.opacity = "";
  element.style.transform = "";
}

/**
 * Fades and lifts an element in the first time it scrolls into view.
 *
 * The server HTML and the first client render carry no hiding styles, so content is
 * never stuck invisible when JavaScript is slow or absent. Only once mounted, and only
 * for elements still below the fold, does the effect hide them to reveal them later.
 * Under `prefers-reduced-motion: reduce` nothing is ever hidden or moved.
 * Motion's WAAPI-only `animate` (motion/mini) keeps this to a few kB.
 */
export function useRevealOnScroll<T extends HTMLElement>() {
  const ref = useRef<T>(null);
  const reduceMotion = usePrefersReducedMotion();

  useEffect(() => {
    const element = ref.current;
    if (!element || reduceMotion) return;
    if (element.getBoundingClientRect().top < window.innerHeight) return;

    hide(element);
    const stop = inView(
      element,
      () => {
        void animate(
          element,
          { opacity: [0, 1], transform: [REVEAL_OFFSET, "translateY(0px)"] },
          { duration: REVEAL_DURATION, ease: EASE_OUT },
        ).then(() => unhide(element));
      },
      { amount: 0.15 },
    );
    return () => {
      stop();
      unhide(element);
    };
  }, [reduceMotion]);

  return ref;
}
