import { LazyMotion, MotionConfig } from "motion/react";
import type { ReactNode } from "react";

// Layout animations and drag are only needed once someone filters or drags, so their
// code waits until the browser is idle after the first paint.
function whenIdle(): Promise<void> {
  return new Promise((resolve) => {
    if ("requestIdleCallback" in window) window.requestIdleCallback(() => resolve(), { timeout: 2000 });
    else setTimeout(resolve, 200);
  });
}

const loadFeatures = () => whenIdle().then(() => import("./motion-features").then((module) => module.domMax));

/**
 * `m.*` components render plain elements until the features arrive, and
 * `reducedMotion="user"` makes every transform and layout animation instant for people
 * who ask for less motion (opacity still changes, which does not move anything).
 */
export function MotionProvider({ children }: { children: ReactNode }) {
  return (
    <LazyMotion features={loadFeatures} strict>
      <MotionConfig reducedMotion="user">{children}</MotionConfig>
    </LazyMotion>
  );
}
