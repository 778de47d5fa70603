import { between } from "../math";
import type { Draw } from "../scene";

export const rain: Draw = (s) => {
  const { rng, width: w, height: h, u, palette } = s;
  s.ridge(0.7, 0.08, 5, s.haze, 0.7);
  s.ridge(0.84, 0.05, 4, palette.ink);
  const lampX = w * between(rng, 0.62, 0.8);
  const lampY = h * 0.42;
  const ground = h * 0.86;
  s.glow(lampX - u * 0.05, lampY + u * 0.02, u * 0.07, palette.glow, 1.4);
  s.line([lampX, ground], [lampX, lampY], palette.ink, u * 0.008, 1);
  s.line([lampX, lampY], [lampX - u * 0.05, lampY], palette.ink, u * 0.006, 1);
  s.circle(lampX - u * 0.05, lampY + u * 0.018, u * 0.012, { fill: s.pale, opacity: 0.9 });
  // Rain is thinner and fainter far from the lamp, which is how it reads at night.
  for (let i = 0; i < 34; i++) {
    const x = w * between(rng, -0.05, 1.05);
    const length = h * between(rng, 0.06, 0.14);
    const y = between(rng, 0, ground - length);
    const near = Math.abs(x - lampX) < u * 0.3 && y < ground;
    s.line(
      [x, y],
      [x - length * 0.22, y + length],
      s.pale,
      u * (near ? 0.004 : 0.003),
      between(rng, 0.1, 0.25) + (near ? 0.2 : 0),
    );
  }
  s.line([lampX - u * 0.14, h * 0.93], [lampX + u * 0.06, h * 0.93], palette.glow, u * 0.004, 0.3);
  s.line([lampX - u * 0.09, h * 0.96], [lampX + u * 0.02, h * 0.96], palette.glow, u * 0.003, 0.2);
};
