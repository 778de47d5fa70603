// Motifs for the generated artwork, split over three files to keep each readable: flame, circuit, fireflies, snow at a window.
import type { Draw } from "./artwork-motifs-a";
import { between, mix, round, round2 } from "./artwork-math";
import type { Scene } from "./artwork-scene";

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
