// Fixed positions keep prerendered and client HTML identical; the drift itself is CSS.
const FIREFLIES = [
  { top: "9rem", left: "8%", delay: "0s" },
  { top: "16rem", left: "82%", delay: "-4s" },
  { top: "26rem", left: "64%", delay: "-9s" },
  { top: "5rem", left: "46%", delay: "-2s" },
  { top: "21rem", left: "22%", delay: "-7s" },
  { top: "31rem", left: "90%", delay: "-11s" },
] as const;

export function Fireflies() {
  return (
    <div
      aria-hidden="true"
      className="pointer-events-none absolute inset-x-0 top-0 h-[36rem] overflow-hidden"
    >
      {FIREFLIES.map((fly) => (
        <span
          key={`${fly.top}-${fly.left}`}
          className="firefly"
          style={{ top: fly.top, left: fly.left, animationDelay: fly.delay }}
        />
      ))}
    </div>
  );
}
