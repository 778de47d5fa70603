import { between, mix, quadAt, round, round2, type Point } from "../math";
import type { Draw } from "../scene";

export const lanterns: Draw = (s) => {
  const { rng, width: w, height: h, u, palette } = s;
  s.stars(10, 0.3, 0.8);
  s.ridge(0.76, 0.08, 5, s.haze, 0.6);
  s.ridge(0.88, 0.05, 4, palette.ink);
  const strings: [Point, Point, Point][] = [
    [
      [0, h * between(rng, 0.14, 0.22)],
      [w * 0.5, h * between(rng, 0.42, 0.52)],
      [w, h * between(rng, 0.12, 0.2)],
    ],
    [
      [0, h * between(rng, 0.34, 0.42)],
      [w * 0.55, h * between(rng, 0.6, 0.68)],
      [w, h * between(rng, 0.32, 0.4)],
    ],
  ];
  const lantern = mix(palette.glow, "#ffcf9a", 0.3);
  strings.forEach(([a, c, b], row) => {
    s.add({
      kind: "path",
      d: `M${s.point(a[0], a[1])} Q${s.point(c[0], c[1])} ${s.point(b[0], b[1])}`,
      stroke: palette.ink,
      strokeWidth: s.size(0.004),
      opacity: 0.8,
    });
    const count = row === 0 ? 4 + Math.floor(rng() * 3) : 3 + Math.floor(rng() * 2);
    for (let i = 0; i < count; i++) {
      const [lx, ly] = quadAt(a, c, b, (i + 0.5 + (row === 0 ? 0 : 0.25)) / (count + (row === 0 ? 0 : 0.5)));
      const bodyW = u * (row === 0 ? 0.032 : 0.042);
      const hang = u * 0.02;
      s.line([lx, ly], [lx, ly + hang], palette.ink, u * 0.003, 0.8);
      s.circle(lx, ly + hang + bodyW * 0.7, bodyW * 3, { fill: palette.glow, soft: true, opacity: 0.45 });
      s.add({
        kind: "rect",
        x: round(lx - bodyW / 2),
        y: round(ly + hang),
        width: round(bodyW),
        height: round(bodyW * 1.35),
        rx: round(bodyW * 0.4),
        fill: lantern,
        opacity: round2(between(rng, 0.75, 0.95)),
      });
    }
  });
};
