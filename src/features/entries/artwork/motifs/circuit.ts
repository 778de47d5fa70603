import { between, round2 } from "../math";
import type { Draw } from "../scene";

export const circuit: Draw = (s) => {
  const { rng, width: w, height: h, u, palette } = s;
  s.glow(w * between(rng, 0.2, 0.8), h * 0.3, u * 0.06, s.pale, 0.8);
  // The grid fades as it rises, like a display losing its signal into the sky.
  const rows = 6;
  for (let i = 0; i < rows; i++) {
    const y = h * (0.82 - i * 0.12);
    s.line([0, y], [w, y], s.pale, u * 0.002, 0.12 - i * 0.018);
  }
  const cols = 7;
  for (let i = 0; i < cols; i++) {
    const x = (w * (i + 0.5)) / cols;
    for (let j = 0; j < 3; j++) {
      s.line(
        [x, h * (0.82 - j * 0.24)],
        [x, h * (0.82 - (j + 1) * 0.24)],
        s.pale,
        u * 0.002,
        0.1 - j * 0.03,
        false,
      );
    }
  }
  s.ridge(0.82, 0.04, 5, palette.ink);
  for (let i = 0; i < 5; i++) {
    const x0 = w * (0.12 + i * 0.19 + between(rng, -0.04, 0.04));
    const y1 = h * between(rng, 0.6, 0.72);
    const dx = u * between(rng, -0.08, 0.08);
    const y2 = y1 - Math.abs(dx);
    const y3 = h * between(rng, 0.3, 0.5);
    s.add({
      kind: "path",
      d: `M${s.point(x0, h)} L${s.point(x0, y1)} L${s.point(x0 + dx, y2)} L${s.point(x0 + dx, y3)}`,
      stroke: s.pale,
      strokeWidth: s.size(0.003),
      opacity: round2(between(rng, 0.2, 0.4)),
    });
    s.circle(x0 + dx, y3, u * 0.03, { fill: palette.glow, soft: true, opacity: 0.5 });
    s.circle(x0 + dx, y3, u * 0.008, { fill: s.pale, opacity: 0.85 });
  }
};
