import { useAnimate } from "motion/react-mini";
import { useEffect, useRef, useState } from "react";
import { prefersReducedMotion } from "../../lib/use-prefers-reduced-motion";

type CountdownPositionProps = {
  /** The rank of the card being read, "#21" … "#1" ("–" when the filters leave none). */
  label: string;
  /** How far through the shown list that card is, 0 to 1. */
  progress: number;
};

const SOFT = [0.22, 1, 0.36, 1] as const;

/**
 * "#14" and a thin line that fills as the countdown goes on. Each change is a short, soft
 * movement made with Motion (its small WAAPI build, motion/react-mini): the number rises
 * into place and the line eases to its new length. Under reduced motion the number just
 * changes and the line is set, with nothing moving.
 */
export function CountdownPosition({ label, progress }: CountdownPositionProps) {
  const [scope, animate] = useAnimate<HTMLDivElement>();
  const rankRef = useRef<HTMLSpanElement>(null);
  const lineRef = useRef<HTMLSpanElement>(null);
  // The line's first length comes with the HTML; after that only Motion sets it, so a
  // re-render never snaps it back while it eases.
  const [firstProgress] = useState(progress);
  const shown = useRef({ label, progress });

  useEffect(() => {
    const before = shown.current;
    shown.current = { label, progress };
    const still = prefersReducedMotion();
    const line = lineRef.current;
    if (line && typeof line.animate !== "function") {
      line.style.transform = `scaleX(${progress})`; // no Web Animations (jsdom): just set it
      return;
    }
    if (progress !== before.progress && line) {
      void animate(line, { transform: `scaleX(${progress})` }, { duration: still ? 0 : 0.6, ease: SOFT });
    }
    if (label !== before.label && rankRef.current && !still) {
      void animate(
        rankRef.current,
        { opacity: [0, 1], transform: ["translateY(0.35em)", "translateY(0)"] },
        { duration: 0.45, ease: SOFT },
      );
    }
  }, [label, progress, animate]);

  return (
    <div ref={scope} className="countdown-position">
      <p className="font-serif text-2xl leading-none text-glow tabular-nums">
        <span className="sr-only">Now reading </span>
        <span ref={rankRef} className="inline-block">
          {label}
        </span>
      </p>
      <span aria-hidden="true" className="countdown-line">
        <span
          ref={lineRef}
          className="countdown-line-fill"
          style={{ transform: `scaleX(${firstProgress})` }}
        />
      </span>
    </div>
  );
}
