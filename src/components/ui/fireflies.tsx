import type { CSSProperties } from "react";

type Firefly = {
  side: "left" | "right";
  top: string;
  /** How far out into a wide screen's side margin it glows, as a share of the margin (0–1). */
  out: number;
  delay: string;
  /** Shown in a phone's narrow side gutter too, not only in a wide screen's margin. */
  onPhones: boolean;
};

// Fixed positions keep prerendered and client HTML identical; where they land at each
// width, and the drift itself, is CSS (styles/fireflies.css). No page puts words in the
// side gutters or margins, so a firefly there never drifts over text (issue 13). All glow
// above 28rem: lower down, from 768 px, the countdown's bar may already be in the way.
const FIREFLIES: readonly Firefly[] = [
  { side: "left", top: "9rem", out: 0.35, delay: "0s", onPhones: true },
  { side: "right", top: "16rem", out: 0.5, delay: "-4s", onPhones: true },
  { side: "right", top: "24rem", out: 0.2, delay: "-9s", onPhones: true },
  { side: "right", top: "5rem", out: 0.15, delay: "-2s", onPhones: false },
  { side: "left", top: "20rem", out: 0.6, delay: "-7s", onPhones: true },
  { side: "left", top: "26rem", out: 0.25, delay: "-11s", onPhones: false },
];

export function Fireflies() {
  return (
    <div
      aria-hidden="true"
      className="pointer-events-none absolute inset-x-0 top-0 h-[36rem] overflow-hidden"
    >
      {FIREFLIES.map((fly) => {
        const style: CSSProperties & { "--firefly-out": string } = {
          top: fly.top,
          animationDelay: fly.delay,
          "--firefly-out": String(fly.out),
        };
        return (
          <span
            key={`${fly.side}-${fly.top}`}
            className="firefly"
            data-side={fly.side}
            data-wide-only={fly.onPhones ? undefined : ""}
            style={style}
          />
        );
      })}
    </div>
  );
}
