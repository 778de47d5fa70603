import { LazyMotion, MotionConfig } from "motion/react";
import type { ReactNode } from "react";

const loadFeatures = () => import("./motion-features").then((module) => module.domMax);

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
