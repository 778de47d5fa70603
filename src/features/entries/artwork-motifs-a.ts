// Motifs for the generated artwork, split over three files to keep each readable: rain, petals, two lights, lit windows.
import { between, mix, round, round2, type Point } from "./artwork-math";
import type { Scene } from "./artwork-scene";

// ---------------------------------------------------------------------------------------
// Motifs. Each reads as one quiet image: a single light source, a silhouette, and a
// scattering of small particles.

export type Draw = (scene: Scene) => void;

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

function crescent(s: Scene, cx: number, cy: number, r: number, facingLeft: boolean): string {
  const k = 0.5523 * r;
  const side = facingLeft ? -1 : 1;
  const p = (dx: number, dy: number): string => s.point(cx + side * dx, cy + dy);
  return (
    `M${p(0, -r)} C${p(k, -r)} ${p(r, -k)} ${p(r, 0)} C${p(r, k)} ${p(k, r)} ${p(0, r)}` +
    ` C${p(r * 0.6, r * 0.55)} ${p(r * 0.6, -r * 0.55)} ${p(0, -r)} Z`
  );
}

export const twoLights: Draw = (s) => {
  const { rng, width: w, height: h, u, palette } = s;
  s.stars(14, 0.6, 0.9);
  const moonX = w * between(rng, 0.12, 0.3);
  const moonY = h * between(rng, 0.18, 0.26);
  s.circle(moonX, moonY, u * 0.14, { fill: s.pale, soft: true, opacity: 0.22 });
  s.add({ kind: "path", d: crescent(s, moonX, moonY, u * 0.045, rng() < 0.5), fill: s.pale, opacity: 0.85 });
  s.ridge(0.8, 0.07, 5, s.haze, 0.65);
  s.ridge(0.9, 0.04, 4, palette.ink);
  // The two lights drift on trails that bend towards each other but stop short of meeting.
  const gap = u * between(rng, 0.1, 0.16);
  const mid: Point = [w * between(rng, 0.5, 0.62), h * between(rng, 0.45, 0.55)];
  const lights: Point[] = [
    [mid[0] - gap, mid[1] + u * 0.04],
    [mid[0] + gap, mid[1] - u * 0.04],
  ];
  lights.forEach(([lx, ly], which) => {
    const away = which === 0 ? -1 : 1;
    for (let i = 1; i <= 6; i++) {
      s.circle(lx + away * i * u * 0.045, ly + away * i * i * u * 0.004, u * 0.005, {
        fill: s.pale,
        opacity: round2(0.5 - i * 0.07),
      });
    }
    s.glow(lx, ly, u * 0.03, which === 0 ? palette.glow : s.pale, 1.3);
    s.circle(lx, ly, u * 0.011, { fill: s.pale, opacity: 0.95 });
  });
};

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
