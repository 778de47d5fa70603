import type { Entry } from "./entry-schema";
import type { Theme } from "./vocabulary";
import { seededRandom } from "../../lib/seeded-random";

// Each entry's artwork is generated, never drawn from the show, so nothing copyrighted is
// shipped. It is plain data so that one description can be painted by React in the page,
// serialised to SVG for the build-time link previews, and replayed onto a canvas.
//
// Drawing contract for any renderer:
//   1. paint a vertical linear gradient from palette.sky[0] (top) to palette.sky[1] (bottom);
//   2. paint the shapes in order. A missing fill means "no fill" (SVG would default to black),
//      a missing stroke means "no stroke". Paths use only absolute M, L, Q, C and Z, so a
//      canvas can draw them with `new Path2D(d)`.
// The only effect is a "soft" circle: its fill fades radially from the colour at the centre
// to transparent at the rim (SVG radialGradient, canvas createRadialGradient, stops in
// GLOW_STOPS). No filters or blur, so every renderer draws the same picture.

export type Motif =
  | "rain"
  | "petals"
  | "two-lights"
  | "lit-windows"
  | "lanterns"
  | "rising-sun"
  | "orbit"
  | "embers"
  | "flame"
  | "circuit"
  | "fireflies"
  | "snow-window";

export const MOTIF_BY_THEME: Readonly<Record<Theme, Motif>> = {
  grief: "rain",
  "first-love": "petals",
  "star-crossed": "two-lights",
  family: "lit-windows",
  friendship: "lanterns",
  "growing-up": "rising-sun",
  "time-and-distance": "orbit",
  war: "embers",
  sacrifice: "flame",
  androids: "circuit",
  supernatural: "fireflies",
  illness: "snow-window",
};

export type Palette = { sky: [string, string]; glow: string; ink: string };

type Paint = {
  fill?: string;
  stroke?: string;
  strokeWidth?: number;
  opacity?: number;
  lineCap?: "round";
};

export type Shape =
  | (Paint & { kind: "rect"; x: number; y: number; width: number; height: number; rx?: number })
  | (Paint & { kind: "circle"; cx: number; cy: number; r: number; soft?: boolean })
  | (Paint & { kind: "line"; x1: number; y1: number; x2: number; y2: number; stroke: string })
  | (Paint & { kind: "path"; d: string; fillRule?: "evenodd" });

export type Artwork = { palette: Palette; motif: Motif; shapes: Shape[] };

// Offset and opacity of the soft-circle fade; the quick fall-off near the centre reads as
// light scattering in haze rather than as a flat disc.
export const GLOW_STOPS: readonly (readonly [offset: number, opacity: number])[] = [
  [0, 1],
  [0.25, 0.55],
  [0.6, 0.15],
  [1, 0],
];

export type ArtworkEntry = Pick<Entry, "slug" | "rank" | "themes">;

// ---------------------------------------------------------------------------------------
// Seeded randomness: the art must be identical on every build and every device.

function hashString(text: string): number {
  // FNV-1a: tiny, and good enough to spread similar slugs apart.
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

type Rng = () => number;

const mulberry32: (seed: number) => Rng = seededRandom;

const between = (rng: Rng, min: number, max: number): number => min + rng() * (max - min);

function pick<T>(rng: Rng, items: readonly [T, ...T[]]): T {
  return items[Math.floor(rng() * items.length)] ?? items[0];
}

// ---------------------------------------------------------------------------------------
// Colour. Every dusk is low in saturation and lightness so the set reads as one family
// and never turns neon; the seed only nudges hue and light within a chosen dusk.

type Hsl = readonly [hue: number, saturation: number, lightness: number];
type Dusk = { top: Hsl; bottom: Hsl; glow: Hsl };

const DUSKS = {
  indigoRose: { top: [234, 32, 15], bottom: [338, 26, 38], glow: [28, 70, 72] },
  plumAmber: { top: [282, 24, 14], bottom: [18, 34, 40], glow: [36, 68, 70] },
  slateLavender: { top: [216, 28, 16], bottom: [262, 18, 38], glow: [340, 46, 80] },
  deepTeal: { top: [198, 36, 12], bottom: [176, 20, 30], glow: [46, 60, 74] },
  indigoPlum: { top: [248, 30, 13], bottom: [304, 18, 32], glow: [18, 60, 76] },
  emberSlate: { top: [222, 26, 11], bottom: [20, 32, 32], glow: [30, 74, 64] },
  mistBlue: { top: [212, 22, 19], bottom: [222, 16, 42], glow: [44, 40, 82] },
} satisfies Record<string, Dusk>;

type DuskName = keyof typeof DUSKS;

// A theme leans towards the dusks that suit it; the seed chooses among them.
const DUSKS_BY_MOTIF: Readonly<Record<Motif, readonly [DuskName, ...DuskName[]]>> = {
  rain: ["slateLavender", "mistBlue", "indigoRose"],
  petals: ["indigoRose", "slateLavender", "plumAmber"],
  "two-lights": ["indigoPlum", "indigoRose", "slateLavender"],
  "lit-windows": ["plumAmber", "indigoRose", "emberSlate"],
  lanterns: ["plumAmber", "deepTeal", "indigoPlum"],
  "rising-sun": ["indigoRose", "plumAmber", "emberSlate"],
  orbit: ["indigoPlum", "deepTeal", "slateLavender"],
  embers: ["emberSlate", "plumAmber"],
  flame: ["indigoPlum", "emberSlate", "deepTeal"],
  circuit: ["deepTeal", "mistBlue", "slateLavender"],
  fireflies: ["deepTeal", "indigoPlum"],
  "snow-window": ["mistBlue", "slateLavender", "indigoRose"],
};

const clamp = (value: number, min: number, max: number): number => Math.min(max, Math.max(min, value));

function hslToHex([h, s, l]: Hsl): string {
  const sat = clamp(s, 0, 100) / 100;
  const light = clamp(l, 0, 100) / 100;
  const hue = ((h % 360) + 360) % 360;
  const chroma = (1 - Math.abs(2 * light - 1)) * sat;
  const channel = (n: number): string => {
    const k = (n + hue / 30) % 12;
    const value = light - chroma / 2 + (chroma / 2) * -Math.max(-1, Math.min(k - 3, 9 - k, 1));
    return Math.round(value * 255)
      .toString(16)
      .padStart(2, "0");
  };
  return `#${channel(0)}${channel(8)}${channel(4)}`;
}

function mix(a: string, b: string, amount: number): string {
  const channels = (hex: string): number[] => [1, 3, 5].map((i) => Number.parseInt(hex.slice(i, i + 2), 16));
  const from = channels(a);
  const to = channels(b);
  return `#${from
    .map((c, i) =>
      Math.round(c + ((to[i] ?? c) - c) * amount)
        .toString(16)
        .padStart(2, "0"),
    )
    .join("")}`;
}

function paletteFor(motif: Motif, rng: Rng): Palette {
  const dusk: Dusk = DUSKS[pick(rng, DUSKS_BY_MOTIF[motif])];
  // One shared hue shift keeps top and bottom of the sky in the same relationship.
  const shift = between(rng, -10, 10);
  const lift = between(rng, -2, 3);
  const nudge = ([h, s, l]: Hsl, extra: number): Hsl => [
    h + shift + extra,
    s + between(rng, -4, 4),
    l + lift,
  ];
  const top = nudge(dusk.top, 0);
  const bottom = nudge(dusk.bottom, between(rng, -6, 6));
  const glow: Hsl = [dusk.glow[0] + shift * 0.5, dusk.glow[1], dusk.glow[2]];
  const ink: Hsl = [top[0], top[1] * 0.8, Math.max(5, top[2] - 8)];
  return { sky: [hslToHex(top), hslToHex(bottom)], glow: hslToHex(glow), ink: hslToHex(ink) };
}

// ---------------------------------------------------------------------------------------
// Scene: coordinates are chosen as fractions and sizes as fractions of the shorter side,
// so one entry keeps its composition at 160×160, 400×250 or 1200×630.

const round = (n: number): number => Math.round(n * 10) / 10;

type Point = readonly [number, number];

class Scene {
  readonly shapes: Shape[] = [];
  readonly u: number;
  readonly pale: string;
  readonly haze: string;

  constructor(
    readonly width: number,
    readonly height: number,
    readonly rng: Rng,
    readonly palette: Palette,
  ) {
    this.u = Math.min(width, height);
    this.pale = mix(palette.glow, "#f6f1ea", 0.7);
    this.haze = mix(palette.ink, palette.sky[1], 0.45);
  }

  x(fraction: number): number {
    return round(clamp(fraction * this.width, 0, this.width));
  }

  y(fraction: number): number {
    return round(clamp(fraction * this.height, 0, this.height));
  }

  size(fraction: number): number {
    return round(Math.max(0.5, fraction * this.u));
  }

  point(x: number, y: number): string {
    return `${round(clamp(x, 0, this.width))} ${round(clamp(y, 0, this.height))}`;
  }

  add(shape: Shape): void {
    this.shapes.push(shape);
  }

  // Keeps a circle inside the frame, so a glow is cropped by design rather than by the edge.
  circle(cx: number, cy: number, r: number, paint: Paint & { soft?: boolean }): void {
    const x = clamp(cx, 0, this.width);
    const y = clamp(cy, 0, this.height);
    const fit = Math.min(r, x, this.width - x, y, this.height - y);
    if (fit <= 0.2) return;
    this.add({ kind: "circle", cx: round(x), cy: round(y), r: round(fit), ...paint });
  }

  // Round caps soften lone strokes; chained segments pass roundCap false, because
  // overlapping translucent caps would bead the joints.
  line(a: Point, b: Point, stroke: string, strokeWidth: number, opacity: number, roundCap = true): void {
    const shape: Shape = {
      kind: "line",
      x1: round(clamp(a[0], 0, this.width)),
      y1: round(clamp(a[1], 0, this.height)),
      x2: round(clamp(b[0], 0, this.width)),
      y2: round(clamp(b[1], 0, this.height)),
      stroke,
      strokeWidth: round(strokeWidth),
      opacity: round2(opacity),
    };
    this.add(roundCap ? { ...shape, lineCap: "round" } : shape);
  }

  glow(cx: number, cy: number, r: number, color: string, strength = 1): void {
    this.circle(cx, cy, r * 3, { fill: color, soft: true, opacity: round2(0.5 * strength) });
    this.circle(cx, cy, r * 1.2, { fill: color, soft: true, opacity: round2(0.4 * strength) });
  }

  // A smooth line through points: each point is a control point and the curve passes
  // through the midpoints, which never overshoots the frame.
  smooth(points: readonly Point[]): string {
    const [first, ...rest] = points;
    if (first === undefined) return "";
    let d = `M${this.point(first[0], first[1])}`;
    rest.forEach((p, i) => {
      const next = rest[i + 1];
      d += next
        ? ` Q${this.point(p[0], p[1])} ${this.point((p[0] + next[0]) / 2, (p[1] + next[1]) / 2)}`
        : ` L${this.point(p[0], p[1])}`;
    });
    return d;
  }

  // The closed version of smooth(): it starts between the last and first points, so the
  // loop has no corner where it closes.
  loop(points: readonly Point[]): string {
    const midpoint = (a: Point, b: Point): string => this.point((a[0] + b[0]) / 2, (a[1] + b[1]) / 2);
    const last = points[points.length - 1];
    const first = points[0];
    if (!first || !last) return "";
    let d = `M${midpoint(last, first)}`;
    points.forEach((p, i) => {
      d += ` Q${this.point(p[0], p[1])} ${midpoint(p, points[i + 1] ?? first)}`;
    });
    return `${d} Z`;
  }

  ridge(base: number, amplitude: number, steps: number, fill: string, opacity = 1): void {
    const points: Point[] = [];
    for (let i = 0; i <= steps; i++) {
      points.push([(i / steps) * this.width, this.height * (base + (this.rng() - 0.5) * amplitude)]);
    }
    const d = `${this.smooth(points)} L${this.point(this.width, this.height)} L${this.point(0, this.height)} Z`;
    this.add({ kind: "path", d, fill, opacity: round2(opacity) });
  }

  stars(count: number, maxY: number, opacity = 1): void {
    for (let i = 0; i < count; i++) {
      this.circle(
        this.width * between(this.rng, 0.03, 0.97),
        this.height * between(this.rng, 0.04, maxY),
        this.size(between(this.rng, 0.003, 0.007)),
        {
          fill: this.pale,
          opacity: round2(between(this.rng, 0.25, 0.75) * opacity),
        },
      );
    }
  }
}

const round2 = (n: number): number => Math.round(clamp(n, 0, 1) * 100) / 100;

// ---------------------------------------------------------------------------------------
// Motifs. Each reads as one quiet image: a single light source, a silhouette, and a
// scattering of small particles.

type Draw = (scene: Scene) => void;

const rain: Draw = (s) => {
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

const petals: Draw = (s) => {
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

const twoLights: Draw = (s) => {
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

const litWindows: Draw = (s) => {
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

function quadAt(a: Point, c: Point, b: Point, t: number): Point {
  const m = 1 - t;
  return [m * m * a[0] + 2 * m * t * c[0] + t * t * b[0], m * m * a[1] + 2 * m * t * c[1] + t * t * b[1]];
}

const lanterns: Draw = (s) => {
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

const risingSun: Draw = (s) => {
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

const orbit: Draw = (s) => {
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

const embers: Draw = (s) => {
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

const flame: Draw = (s) => {
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

const circuit: Draw = (s) => {
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

const fireflies: Draw = (s) => {
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

const snowWindow: Draw = (s) => {
  const { rng, width: w, height: h, u, palette } = s;
  const winW = Math.min(w * 0.55, u * 0.8);
  const winH = h * 0.62;
  const left = clamp(w * 0.5 + w * between(rng, -0.12, 0.12) - winW / 2, w * 0.05, w * 0.95 - winW);
  const top = h * 0.12;
  s.glow(left + winW * between(rng, 0.3, 0.7), top + winH * 0.3, u * 0.05, s.pale, 0.8);
  s.ridge(0.62, 0.06, 5, s.haze, 0.8);
  for (let i = 0; i < 6; i++) {
    s.circle(left + winW * between(rng, 0.1, 0.9), h * between(rng, 0.66, 0.72), u * 0.006, {
      fill: palette.glow,
      opacity: round2(between(rng, 0.5, 0.9)),
    });
  }
  for (let i = 0; i < 20; i++) {
    s.circle(
      left + winW * between(rng, 0.03, 0.97),
      top + winH * between(rng, 0.03, 0.97),
      u * between(rng, 0.004, 0.009),
      { fill: s.pale, opacity: round2(between(rng, 0.4, 0.85)) },
    );
  }
  // The room is the dark around the window: one frame-shaped path with its centre cut out.
  const frame = `M${s.point(0, 0)} L${s.point(w, 0)} L${s.point(w, h)} L${s.point(0, h)} Z M${s.point(left, top)} L${s.point(left + winW, top)} L${s.point(left + winW, top + winH)} L${s.point(left, top + winH)} Z`;
  s.add({ kind: "path", d: frame, fill: palette.ink, fillRule: "evenodd", opacity: 0.92 });
  const wood = mix(palette.ink, s.pale, 0.25);
  s.add({
    kind: "rect",
    x: round(left),
    y: round(top),
    width: round(winW),
    height: round(winH),
    stroke: wood,
    strokeWidth: s.size(0.014),
  });
  s.line([left + winW / 2, top], [left + winW / 2, top + winH], wood, u * 0.01, 1);
  s.line([left, top + winH * 0.45], [left + winW, top + winH * 0.45], wood, u * 0.01, 1);
  s.add({
    kind: "rect",
    x: round(left - u * 0.03),
    y: round(top + winH),
    width: round(winW + u * 0.06),
    height: s.size(0.02),
    fill: wood,
  });
  const curtainX = rng() < 0.5 ? left : left + winW;
  const dir = curtainX === left ? 1 : -1;
  s.add({
    kind: "path",
    d: `M${s.point(curtainX - dir * u * 0.03, top - u * 0.04)} L${s.point(curtainX + dir * u * 0.1, top - u * 0.04)} Q${s.point(curtainX + dir * u * 0.02, top + winH * 0.5)} ${s.point(curtainX + dir * u * 0.06, top + winH + u * 0.05)} L${s.point(curtainX - dir * u * 0.03, top + winH + u * 0.05)} Z`,
    fill: s.pale,
    opacity: 0.16,
  });
};

const DRAW: Readonly<Record<Motif, Draw>> = {
  rain,
  petals,
  "two-lights": twoLights,
  "lit-windows": litWindows,
  lanterns,
  "rising-sun": risingSun,
  orbit,
  embers,
  flame,
  circuit,
  fireflies,
  "snow-window": snowWindow,
};

export const MAX_SHAPES = 60;

export function artworkFor(entry: ArtworkEntry, width: number, height: number): Artwork {
  const motif = MOTIF_BY_THEME[entry.themes[0] ?? "supernatural"];
  const seed = hashString(`${entry.slug}#${entry.rank}`);
  // Palette and layout draw from separate streams, so reshaping a motif later does not
  // repaint every sky.
  const palette = paletteFor(motif, mulberry32(seed));
  const scene = new Scene(Math.max(1, width), Math.max(1, height), mulberry32(seed ^ 0x9e3779b9), palette);
  DRAW[motif](scene);
  return { palette, motif, shapes: scene.shapes.slice(0, MAX_SHAPES) };
}

// ---------------------------------------------------------------------------------------
// SVG

export function skyGradientId(slug: string): string {
  return `sky-${slug.replace(/[^a-z0-9-]/gi, "-")}`;
}

export function escapeXml(text: string): string {
  return text
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&apos;");
}

function attributes(pairs: Record<string, string | number | undefined>): string {
  return Object.entries(pairs)
    .filter((pair): pair is [string, string | number] => pair[1] !== undefined)
    .map(([name, value]) => ` ${name}="${escapeXml(String(value))}"`)
    .join("");
}

// Soft circles need one radial gradient per colour; renderers share this list so ids match.
export function glowColors(shapes: readonly Shape[]): string[] {
  const colors = new Set<string>();
  for (const shape of shapes) {
    if (shape.kind === "circle" && shape.soft && shape.fill !== undefined) colors.add(shape.fill);
  }
  return [...colors];
}

export function glowGradientId(skyId: string, index: number): string {
  return `${skyId}-glow-${index}`;
}

export function fillOf(shape: Shape, skyId: string, glows: readonly string[]): string {
  if (shape.fill === undefined) return "none";
  if (shape.kind === "circle" && shape.soft)
    return `url(#${glowGradientId(skyId, glows.indexOf(shape.fill))})`;
  return shape.fill;
}

function shapeToSvg(shape: Shape, fill: string): string {
  const paint = {
    fill,
    stroke: shape.stroke,
    "stroke-width": shape.strokeWidth,
    "stroke-linecap": shape.lineCap,
    opacity: shape.opacity,
  };
  switch (shape.kind) {
    case "rect":
      return `<rect${attributes({ x: shape.x, y: shape.y, width: shape.width, height: shape.height, rx: shape.rx, ...paint })}/>`;
    case "circle":
      return `<circle${attributes({ cx: shape.cx, cy: shape.cy, r: shape.r, ...paint })}/>`;
    case "line":
      return `<line${attributes({ x1: shape.x1, y1: shape.y1, x2: shape.x2, y2: shape.y2, ...paint })}/>`;
    case "path":
      return `<path${attributes({ d: shape.d, "fill-rule": shape.fillRule, ...paint })}/>`;
  }
}

export function artworkToSvg(
  entry: ArtworkEntry,
  width: number,
  height: number,
  options: { title?: string } = {},
): string {
  const { palette, shapes } = artworkFor(entry, width, height);
  const id = skyGradientId(entry.slug);
  const glows = glowColors(shapes);
  const glowDefs = glows.map(
    (color, index) =>
      `<radialGradient id="${glowGradientId(id, index)}">${GLOW_STOPS.map(
        ([offset, opacity]) => `<stop offset="${offset}" stop-color="${color}" stop-opacity="${opacity}"/>`,
      ).join("")}</radialGradient>`,
  );
  const title = options.title;
  const labelled =
    title === undefined ? ' aria-hidden="true"' : ` role="img" aria-label="${escapeXml(title)}"`;
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}"${labelled}>`,
    title === undefined ? "" : `<title>${escapeXml(title)}</title>`,
    `<defs><linearGradient id="${id}" x1="0" y1="0" x2="0" y2="1">`,
    `<stop offset="0" stop-color="${palette.sky[0]}"/><stop offset="1" stop-color="${palette.sky[1]}"/>`,
    `</linearGradient>`,
    ...glowDefs,
    `</defs>`,
    `<rect width="${width}" height="${height}" fill="url(#${id})"/>`,
    ...shapes.map((shape) => shapeToSvg(shape, fillOf(shape, id, glows))),
    `</svg>`,
  ].join("");
}
