import { between, mix, round, round2 } from "../math";
import type { Draw } from "../scene";

export const litWindows: Draw = (s) => {
  const { rng, width: w, height: h, u, palette } = s;
  s.stars(8, 0.4, 0.7);
  s.glow(w * between(rng, 0.2, 0.8), h * 0.62, u * 0.1, palette.glow, 0.9);
  s.ridge(0.68, 0.08, 4, s.haze, 0.6);
  const ground = h * 0.84;
  s.add({
    kind: "rect",
    x: 0,
    y: round(ground - 1),
    width: round(w),
    height: round(h - ground + 1),
    fill: palette.ink,
  });
  const windowColor = mix(palette.glow, "#ffe9c2", 0.35);
  // Houses are placed in one left-to-right pass, so they lean on each other like a street.
  let x = w * between(rng, 0.02, 0.1);
  let lit = 0;
  while (x < w * 0.9 && s.shapes.length < 50) {
    const houseW = u * between(rng, 0.16, 0.24);
    const bodyH = u * between(rng, 0.12, 0.2);
    const roofH = u * between(rng, 0.06, 0.1);
    const right = Math.min(x + houseW, w);
    const top = ground - bodyH;
    s.add({
      kind: "path",
      d: `M${s.point(x, ground)} L${s.point(x, top)} L${s.point((x + right) / 2, top - roofH)} L${s.point(right, top)} L${s.point(right, ground)} Z`,
      fill: palette.ink,
    });
    const panes = Math.max(1, Math.floor((right - x) / (u * 0.07)));
    for (let i = 0; i < panes; i++) {
      if (rng() < 0.3 && lit > 0) continue;
      lit++;
      const paneW = u * 0.03;
      const px = x + ((i + 0.5) * (right - x)) / panes - paneW / 2;
      s.add({
        kind: "rect",
        x: round(px),
        y: round(top + bodyH * 0.3),
        width: s.size(0.03),
        height: s.size(0.04),
        fill: windowColor,
        opacity: round2(between(rng, 0.65, 0.95)),
      });
    }
    x = right + u * between(rng, -0.01, 0.05);
  }
};
