// Small shared helpers for the generated artwork.
// ---------------------------------------------------------------------------------------
// Seeded randomness: the art must be identical on every build and every device.

export function hashString(text: string): number {
  // FNV-1a: tiny, and good enough to spread similar slugs apart.
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

export type Rng = () => number;

export const between = (rng: Rng, min: number, max: number): number => min + rng() * (max - min);

export function pick<T>(rng: Rng, items: readonly [T, ...T[]]): T {
  return items[Math.floor(rng() * items.length)] ?? items[0];
}

export const clamp = (value: number, min: number, max: number): number => Math.min(max, Math.max(min, value));

/** One decimal: enough for a drawing, and keeps the SVG short. */
export const round = (n: number): number => Math.round(n * 10) / 10;

/** An opacity, two decimals, within 0–1. */
export const round2 = (n: number): number => Math.round(clamp(n, 0, 1) * 100) / 100;

export type Point = readonly [number, number];

/** Mixes two #rrggbb colours; 0 is `a`, 1 is `b`. */
export function mix(a: string, b: string, amount: number): string {
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

/** The point at `t` along a quadratic curve from a to b with control c. */
export function quadAt(a: Point, c: Point, b: Point, t: number): Point {
  const m = 1 - t;
  return [m * m * a[0] + 2 * m * t * c[0] + t * t * b[0], m * m * a[1] + 2 * m * t * c[1] + t * t * b[1]];
}
