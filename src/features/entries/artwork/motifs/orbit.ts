import { between, type Point } from "../math";
import type { Draw } from "../scene";

export const orbit: Draw = (s) => {
  const { rng, width: w, height: h, u, palette } = s;
  s.stars(24, 0.75);
  s.ridge(0.86, 0.05, 6, palette.ink);
  // A tilted ellipse, drawn as short segments so its trail can brighten towards the head.
  const cx = w * 0.5;
  const cy = h * between(rng, 0.38, 0.46);
  const rx = w * 0.42;
  const ry = h * between(rng, 0.12, 0.18);
  const tilt = between(rng, -0.2, -0.08);
  const at = (t: number): Point => {
    const ex = rx * Math.cos(t);
    const ey = ry * Math.sin(t);
    return [cx + ex * Math.cos(tilt) - ey * Math.sin(tilt), cy + ex * Math.sin(tilt) + ey * Math.cos(tilt)];
  };
  const ring: Point[] = Array.from({ length: 24 }, (_, i) => at((i / 24) * Math.PI * 2));
  s.add({
    kind: "path",
    d: s.loop(ring),
    stroke: s.pale,
    strokeWidth: s.size(0.003),
    opacity: 0.14,
  });
  const head = between(rng, 0.1, 0.5) * Math.PI;
  const segments = 16;
  for (let i = 0; i < segments; i++) {
    const from = at(head + Math.PI * 0.75 * (1 - i / segments));
    const to = at(head + Math.PI * 0.75 * (1 - (i + 1) / segments));
    s.line(from, to, s.pale, u * (0.003 + i * 0.00025), 0.05 + (i / segments) * 0.55, false);
  }
  const [hx, hy] = at(head);
  s.glow(hx, hy, u * 0.03, palette.glow, 1.3);
  s.circle(hx, hy, u * 0.01, { fill: s.pale, opacity: 0.95 });
};
