import { inView } from "motion";
import { useAnimate } from "motion/react-mini";
import { useEffect } from "react";
import { usePrefersReducedMotion } from "./use-prefers-reduced-motion";

const REVEAL_DURATION = 0.9; // s: slow enough to feel like dusk, short enough not to keep anyone waiting
const REVEAL_OFFSET = 28; // px the card rises while it fades in
const EASE_OUT = [0.22, 1, 0.36, 1] as const;

/**
 * Fades and lifts an element in the first time it scrolls into view.
 *
 * The server HTML and the first client render carry no hiding styles, so content is
 * never stuck invisible when JavaScript is slow or absent. Only once mounted, and only
 * for elements still below the fold, does the effect hide them to reveal them later.
 * Under `prefers-reduced-motion: reduce` nothing is ever hidden or moved.
 */
export function useRevealOnScroll<T extends HTMLElement>() {
  const [scope, animate] = useAnimate<T>();
  const reduceMotion = usePrefersReducedMotion();

  useEffect(() => {
    const element = scope.current;
    if (!element || reduceMotion) return;
    if (element.getBoundingClientRect().top < window.innerHeight) return;

    element.style.opacity = "0";
    element.style.transform = `translateY(${REVEAL_OFFSET}px)`;
    const stop = inView(
      element,
      () => {
        void animate(
          element,
          { opacity: [0, 1], transform: [`translateY(${REVEAL_OFFSET}px)`, "translateY(0px)"] },
          { duration: REVEAL_DURATION, ease: EASE_OUT },
        );
      },
      { amount: 0.15 },
    );
    return () => {
      stop();
      element.style.opacity = "";
      element.style.transform = "";
    };
  }, [animate, reduceMotion, scope]);

  return scope;
}
