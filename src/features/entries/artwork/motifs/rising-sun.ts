import { between, mix, type Point } from "../math";
import type { Draw } from "../scene";

export const risingSun: Draw = (s) => {
  const { rng, width: w, height: h, u, palette } = s;
  const horizon = h * 0.74;
  const sunX = w * between(rng, 0.3, 0.7);
  s.glow(sunX, horizon, u * 0.11, palette.glow, 1.2);
  s.circle(sunX, horizon, u * 0.075, { fill: mix(palette.glow, "#fff1dc", 0.3), opacity: 0.9 });
  s.ridge(0.745, 0.03, 6, s.haze);
  s.ridge(0.83, 0.05, 4, palette.ink);
  // Power lines are the everyday geometry of leaving home; poles recede to the right.
  const poles = [0.14, 0.5, 0.84].map((f, i) => {
    const base = h * (0.87 - i * 0.04);
    return {
      x: w * (f + between(rng, -0.04, 0.04)),
      base,
      top: base - u * (0.5 - i * 0.1),
      weight: 0.01 - i * 0.002,
    };
  });
  for (const pole of poles) {
    s.line([pole.x, pole.base], [pole.x, pole.top], palette.ink, u * pole.weight, 1);
    const arm = pole.top + u * 0.03;
    s.line([pole.x - u * 0.05, arm], [pole.x + u * 0.05, arm], palette.ink, u * 0.006, 1);
  }
  // Each wire enters from the left edge, sags between poles and leaves at the right edge.
  const first = poles[0]?.top ?? 0;
  const last = poles[poles.length - 1]?.top ?? 0;
  for (const offset of [-0.045, 0.045, 0]) {
    const drop = u * (offset === 0 ? 0.005 : 0.03);
    const wire: Point[] = [
      [0, first + u * 0.06],
      ...poles.map((pole): Point => [pole.x + offset * u, pole.top + drop]),
      [w, last + u * 0.02],
    ];
    const d = wire.reduce((path, b, i) => {
      const a = wire[i - 1];
      if (!a) return `M${s.point(b[0], b[1])}`;
      return `${path} Q${s.point((a[0] + b[0]) / 2, Math.max(a[1], b[1]) + u * 0.06)} ${s.point(b[0], b[1])}`;
    }, "");
    s.add({ kind: "path", d, stroke: palette.ink, strokeWidth: s.size(0.003), opacity: 0.9 });
  }
  for (let i = 0; i < 3; i++) {
    const bx = w * between(rng, 0.2, 0.8);
    const by = h * between(rng, 0.18, 0.4);
    const span = u * between(rng, 0.012, 0.02);
    s.add({
      kind: "path",
      d: `M${s.point(bx - span, by - span * 0.4)} Q${s.point(bx - span * 0.4, by - span * 0.5)} ${s.point(bx, by)} Q${s.point(bx + span * 0.4, by - span * 0.5)} ${s.point(bx + span, by - span * 0.4)}`,
      stroke: palette.ink,
      strokeWidth: s.size(0.004),
      lineCap: "round",
    });
  }
};
