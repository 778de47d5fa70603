import { useMediaQuery } from "./use-media-query";

const REDUCED_MOTION = "(prefers-reduced-motion: reduce)";

// Without a window (prerendering) we assume reduced motion: nothing is hidden or moved.
export function usePrefersReducedMotion(): boolean {
  return useMediaQuery(REDUCED_MOTION, true);
}

/** The same question, asked once at the moment of a motion (a scroll, a settle), outside rendering. */
export function prefersReducedMotion(): boolean {
  return window.matchMedia(REDUCED_MOTION).matches;
}
