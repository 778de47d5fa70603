import { between, round2, type Point } from "../math";
import type { Draw, Scene } from "../scene";

function crescent(s: Scene, cx: number, cy: number, r: number, facingLeft: boolean): string {
  const k = 0.5523 * r;
  const side = facingLeft ? -1 : 1;
  const p = (dx: number, dy: number): string => s.point(cx + side * dx, cy + dy);
  return (
    `M${p(0, -r)} C${p(k, -r)} ${p(r, -k)} ${p(r, 0)} C${p(r, k)} ${p(k, r)} ${p(0, r)}` +
    ` C${p(r * 0.6, r * 0.55)} ${p(r * 0.6, -r * 0.55)} ${p(0, -r)} Z`
  );
}

export const twoLights: Draw = (s) => {
  const { rng, width: w, height: h, u, palette } = s;
  s.stars(14, 0.6, 0.9);
  const moonX = w * between(rng, 0.12, 0.3);
  const moonY = h * between(rng, 0.18, 0.26);
  s.circle(moonX, moonY, u * 0.14, { fill: s.pale, soft: true, opacity: 0.22 });
  s.add({ kind: "path", d: crescent(s, moonX, moonY, u * 0.045, rng() < 0.5), fill: s.pale, opacity: 0.85 });
  s.ridge(0.8, 0.07, 5, s.haze, 0.65);
  s.ridge(0.9, 0.04, 4, palette.ink);
  // The two lights drift on trails that bend towards each other but stop short of meeting.
  const gap = u * between(rng, 0.1, 0.16);
  const mid: Point = [w * between(rng, 0.5, 0.62), h * between(rng, 0.45, 0.55)];
  const lights: Point[] = [
    [mid[0] - gap, mid[1] + u * 0.04],
    [mid[0] + gap, mid[1] - u * 0.04],
  ];
  lights.forEach(([lx, ly], which) => {
    const away = which === 0 ? -1 : 1;
    for (let i = 1; i <= 6; i++) {
      s.circle(lx + away * i * u * 0.045, ly + away * i * i * u * 0.004, u * 0.005, {
        fill: s.pale,
        opacity: round2(0.5 - i * 0.07),
      });
    }
    s.glow(lx, ly, u * 0.03, which === 0 ? palette.glow : s.pale, 1.3);
    s.circle(lx, ly, u * 0.011, { fill: s.pale, opacity: 0.95 });
  });
};
