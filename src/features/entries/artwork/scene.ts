import type { Paint, Palette, Shape } from "./artwork";
import { between, clamp, mix, round, round2, type Point, type Rng } from "./math";

// Scene: coordinates are chosen as fractions and sizes as fractions of the shorter side,
// so one entry keeps its composition at 160×160, 400×250 or 1200×630.

/**
 * A motif: draws one quiet image into the scene, a single light source, a silhouette and a
 * scattering of small particles. One file a motif, in ./motifs.
 */
export type Draw = (scene: Scene) => void;

export class Scene {
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
