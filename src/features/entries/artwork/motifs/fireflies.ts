import { between, mix, round2 } from "../math";
import type { Draw } from "../scene";

export const fireflies: Draw = (s) => {
  const { rng, width: w, height: h, u, palette } = s;
  const light = mix(palette.glow, "#e4f0a8", 0.55);
  s.stars(8, 0.35, 0.6);
  s.ridge(0.72, 0.06, 4, s.haze, 0.6);
  // Cedars at the edges frame the clearing the fireflies rise from.
  for (const f of [between(rng, 0.02, 0.12), between(rng, 0.85, 0.96)]) {
    const cx = w * f;
    const base = h * 0.86;
    const treeH = u * between(rng, 0.5, 0.65);
    const half = u * 0.08;
    let d = "";
    for (let t = 0; t < 3; t++) {
      const top = base - treeH + t * treeH * 0.25;
      d += `M${s.point(cx, top)} L${s.point(cx + half * (0.6 + t * 0.3), top + treeH * 0.35)} L${s.point(cx - half * (0.6 + t * 0.3), top + treeH * 0.35)} Z `;
    }
    s.add({ kind: "path", d: d.trim(), fill: palette.ink });
  }
  const ground = h * 0.88;
  let blades = `M${s.point(0, h)} L${s.point(0, ground)}`;
  for (let x = 0; x < w; x += u * 0.025) {
    blades += ` L${s.point(x + u * between(rng, -0.01, 0.02), ground - u * between(rng, 0.02, 0.07))} L${s.point(x + u * 0.0125, ground)}`;
  }
  s.add({ kind: "path", d: `${blades} L${s.point(w, ground)} L${s.point(w, h)} Z`, fill: palette.ink });
  for (let i = 0; i < 16; i++) {
    const fx = w * between(rng, 0.12, 0.88);
    const fy = h * (0.9 - rng() ** 1.4 * 0.6);
    const r = u * between(rng, 0.005, 0.009);
    s.circle(fx, fy, r * 6, { fill: light, soft: true, opacity: 0.45 });
    s.circle(fx, fy, r, { fill: light, opacity: round2(between(rng, 0.6, 0.95)) });
  }
};
