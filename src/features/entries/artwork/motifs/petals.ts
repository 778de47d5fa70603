import { between, mix, round2, type Point } from "../math";
import type { Draw, Scene } from "../scene";

function lens(s: Scene, cx: number, cy: number, length: number, angle: number, fullness: number): string {
  const cos = Math.cos(angle);
  const sin = Math.sin(angle);
  const at = (along: number, across: number): string =>
    s.point(cx + along * cos - across * sin, cy + along * sin + across * cos);
  return `M${at(length, 0)} Q${at(0, length * fullness)} ${at(-length, 0)} Q${at(0, -length * fullness)} ${at(length, 0)} Z`;
}

export const petals: Draw = (s) => {
  const { rng, width: w, height: h, u, palette } = s;
  const petal = mix(palette.glow, "#f3c9d3", 0.65);
  s.glow(w * between(rng, 0.55, 0.75), h * 0.5, u * 0.1, palette.glow, 0.8);
  s.ridge(0.8, 0.06, 4, s.haze, 0.6);
  s.ridge(0.9, 0.04, 3, palette.ink);
  // The branch enters from a top corner so the falling petals have somewhere to come from.
  const fromLeft = rng() < 0.5;
  const reach = between(rng, 0.85, 1.2);
  const dip = between(rng, -0.05, 0.08);
  const bx = (f: number): number => (fromLeft ? f * reach : 1 - f * reach) * w;
  const by = (f: number): number => (f + dip) * h;
  const branch: Point[] = [
    [bx(0), by(0.1)],
    [bx(0.14), by(0.16)],
    [bx(0.26), by(0.14)],
    [bx(0.4), by(0.24)],
  ];
  s.add({
    kind: "path",
    d: s.smooth(branch),
    stroke: palette.ink,
    strokeWidth: s.size(0.014),
    lineCap: "round",
  });
  s.add({
    kind: "path",
    d: s.smooth([
      [bx(0.16), by(0.16)],
      [bx(0.22), by(0.28)],
      [bx(0.3), by(0.32)],
    ]),
    stroke: palette.ink,
    strokeWidth: s.size(0.008),
    lineCap: "round",
  });
  const clusters: Point[] = [
    [bx(0.12), by(0.13)],
    [bx(0.2), by(0.17)],
    [bx(0.27), by(0.13)],
    [bx(0.33), by(0.19)],
    [bx(0.4), by(0.24)],
    [bx(0.25), by(0.29)],
    [bx(0.3), by(0.33)],
  ];
  for (const [cx, cy] of clusters) {
    s.circle(cx, cy, u * 0.05, { fill: petal, soft: true, opacity: 0.3 });
    s.circle(cx - u * 0.008, cy + u * 0.004, u * between(rng, 0.011, 0.016), { fill: petal, opacity: 0.7 });
    s.circle(cx + u * 0.01, cy - u * 0.005, u * between(rng, 0.01, 0.014), { fill: petal, opacity: 0.9 });
  }
  for (let i = 0; i < 14; i++) {
    const x = w * (fromLeft ? between(rng, 0.1, 1) : between(rng, 0, 0.9));
    const y = h * between(rng, 0.25, 0.92);
    s.add({
      kind: "path",
      d: lens(s, x, y, u * between(rng, 0.014, 0.024), rng() * Math.PI, 0.6),
      fill: petal,
      opacity: round2(between(rng, 0.45, 0.9)),
    });
  }
};
