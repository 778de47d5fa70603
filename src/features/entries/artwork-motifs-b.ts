// Motifs for the generated artwork, split over three files to keep each readable: lanterns, rising sun, orbit, embers.
import type { Draw } from "./artwork-motifs-a";
import { between, mix, quadAt, round, round2, type Point } from "./artwork-math";

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

export const embers: Draw = (s) => {
  const { rng, width: w, height: h, u, palette } = s;
  const horizon = 0.78;
  const ember = mix(palette.glow, "#ffb070", 0.35);
  // Fire-light pools along the horizon, far away and in more than one place.
  for (let i = 0; i < 3; i++) {
    s.circle(w * (0.15 + i * 0.35 + between(rng, -0.08, 0.08)), h * horizon, u * between(rng, 0.18, 0.26), {
      fill: palette.glow,
      soft: true,
      opacity: round2(between(rng, 0.3, 0.5)),
    });
  }
  // Smoke is a column of soft dark puffs that widen and lean with the wind as they rise.
  const lean = u * between(rng, 0.03, 0.07) * (rng() < 0.5 ? -1 : 1);
  for (let i = 0; i < 3; i++) {
    const baseX = w * (0.2 + i * 0.3 + between(rng, -0.08, 0.08));
    for (let j = 0; j < 5; j++) {
      s.circle(
        baseX + lean * j + u * between(rng, -0.02, 0.02),
        h * (horizon - 0.04 - j * 0.1),
        u * (0.13 + j * 0.04),
        {
          fill: palette.ink,
          soft: true,
          opacity: round2(0.42 - j * 0.06),
        },
      );
    }
  }
  s.ridge(horizon + 0.02, 0.05, 8, palette.ink);
  s.add({
    kind: "rect",
    x: 0,
    y: s.y(horizon + 0.06),
    width: round(w),
    height: round(h * (1 - horizon - 0.06)),
    fill: palette.ink,
  });
  // Embers thin out as they rise, so most of them sit close to the horizon.
  for (let i = 0; i < 24; i++) {
    const rise = rng() ** 1.8;
    s.circle(w * between(rng, 0.05, 0.95), h * (horizon - rise * 0.7), u * between(rng, 0.003, 0.008), {
      fill: ember,
      opacity: round2(0.95 - rise * 0.6),
    });
  }
};
