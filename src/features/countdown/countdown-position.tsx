import { useEffect, useRef, useState } from "react";
import { loadAnimate } from "../../lib/load-motion";
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
 * movement made with Motion's `animate`: the number rises into place and the line eases to
 * its new length. Under reduced motion (and where there are no Web Animations) the number
 * just changes and the line is set, with nothing moving, and Motion is never loaded.
 */
export function CountdownPosition({ label, progress }: CountdownPositionProps) {
  const rankRef = useRef<HTMLSpanElement>(null);
  const lineRef = useRef<HTMLSpanElement>(null);
  // The line's first length comes with the HTML; after that only this effect sets it, so a
  // re-render never snaps it back while it eases.
  const [firstProgress] = useState(progress);
  const shown = useRef({ label, progress });

  useEffect(() => {
    const before = shown.current;
    shown.current = { label, progress };
    const line = lineRef.current;
    const rank = rankRef.current;
    if (!line || !rank || (label === before.label && progress === before.progress)) return;
    const scale = `scaleX(${progress})`;
    if (prefersReducedMotion() || typeof line.animate !== "function") {
      line.style.transform = scale;
      return;
    }
    let current = true; // a newer change supersedes this one
    void loadAnimate()
      .then((animate) => {
        if (!current) return;
        void animate(line, { transform: scale }, { duration: 0.6, ease: SOFT });
        if (label !== before.label) {
          void animate(
            rank,
            { opacity: [0, 1], transform: ["translateY(0.35em)", "translateY(0)"] },
            { duration: 0.45, ease: SOFT },
          );
        }
      })
      .catch(() => {
        line.style.transform = scale; // Motion did not load: the line is still right
      });
    return () => {
      current = false;
    };
  }, [label, progress]);

  return (
    <div className="countdown-position">
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
