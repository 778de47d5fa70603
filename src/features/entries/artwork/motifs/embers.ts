import { between, mix, round, round2 } from "../math";
import type { Draw } from "../scene";

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
