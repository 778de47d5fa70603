import { useMediaQuery } from "./use-media-query";

// Without a window (prerendering) we assume reduced motion: nothing is hidden or moved.
export function usePrefersReducedMotion(): boolean {
  return useMediaQuery("(prefers-reduced-motion: reduce)", true);
}
