import { between, mix, round, round2 } from "../math";
import type { Draw, Scene } from "../scene";

function teardrop(s: Scene, x: number, base: number, height: number, width: number): string {
  const tip = base - height;
  const half = width / 2;
  return (
    `M${s.point(x, tip)} C${s.point(x + half * 0.2, tip + height * 0.3)} ${s.point(x + half, tip + height * 0.45)} ${s.point(x + half, tip + height * 0.7)}` +
    ` C${s.point(x + half, base - height * 0.05)} ${s.point(x + half * 0.4, base)} ${s.point(x, base)}` +
    ` C${s.point(x - half * 0.4, base)} ${s.point(x - half, base - height * 0.05)} ${s.point(x - half, tip + height * 0.7)}` +
    ` C${s.point(x - half, tip + height * 0.45)} ${s.point(x - half * 0.2, tip + height * 0.3)} ${s.point(x, tip)} Z`
  );
}

export const flame: Draw = (s) => {
  const { rng, width: w, height: h, u, palette } = s;
  s.stars(10, 0.45, 0.6);
  s.ridge(0.8, 0.04, 4, palette.ink);
  const x = w * between(rng, 0.4, 0.6);
  const ground = h * 0.82;
  const candleH = u * 0.14;
  const flameBase = ground - candleH - u * 0.012;
  const flameH = u * 0.1;
  s.glow(x, flameBase - flameH * 0.4, u * 0.1, palette.glow, 1.3);
  s.add({
    kind: "rect",
    x: round(x - u * 0.022),
    y: round(ground - candleH),
    width: s.size(0.044),
    height: round(candleH),
    rx: s.size(0.006),
    fill: mix(palette.ink, s.pale, 0.55),
  });
  s.line([x, ground - candleH], [x, flameBase + u * 0.004], palette.ink, u * 0.004, 1);
  s.add({ kind: "path", d: teardrop(s, x, flameBase, flameH, u * 0.044), fill: palette.glow, opacity: 0.95 });
  s.add({
    kind: "path",
    d: teardrop(s, x, flameBase - u * 0.004, flameH * 0.5, u * 0.02),
    fill: s.pale,
    opacity: 0.9,
  });
  for (let i = 0; i < 5; i++) {
    s.circle(
      x + u * between(rng, -0.06, 0.06),
      flameBase - flameH - u * between(rng, 0.03, 0.25),
      u * between(rng, 0.003, 0.006),
      { fill: palette.glow, opacity: round2(between(rng, 0.3, 0.7)) },
    );
  }
};
