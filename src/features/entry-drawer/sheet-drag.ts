// The pure part of dragging the bottom sheet down by its grip: how far the sheet follows
// the finger, how fast the finger was moving when it let go, and whether that closes it.

/** Pulled down this far (px, by the finger) before letting go, the sheet closes. */
export const CLOSE_DISTANCE = 120;
/** A flick downwards at this speed (px/s) closes it too, however short. */
export const CLOSE_VELOCITY = 600;
/** The sheet follows 70% of the finger: it gives, but it means to stay. */
const RESISTANCE = 0.7;
/** Release speed is measured over the last 100 ms of movement. */
const VELOCITY_WINDOW_MS = 100;

export type PointerSample = { readonly y: number; readonly t: number };

/** Where the sheet sits for a finger `pulled` px below where it started: never above its place. */
export function sheetOffset(pulled: number): number {
  return Number.isFinite(pulled) && pulled > 0 ? pulled * RESISTANCE : 0;
}

/** The pull that puts the sheet `offset` px down: where a finger grabbing it mid-way stands. */
export function pullFor(offset: number): number {
  return Number.isFinite(offset) && offset > 0 ? offset / RESISTANCE : 0;
}

/** The samples worth keeping for `releaseVelocity`: those inside the window of the newest. */
export function recentSamples(samples: readonly PointerSample[]): PointerSample[] {
  const newest = samples.at(-1);
  if (!newest) return [];
  return samples.filter((sample) => newest.t - sample.t <= VELOCITY_WINDOW_MS);
}

/** Downward speed in px/s at release (negative upwards), from samples in time order. */
export function releaseVelocity(samples: readonly PointerSample[]): number {
  const recent = recentSamples(samples);
  const first = recent[0];
  const last = recent.at(-1);
  if (!first || !last || last.t <= first.t) return 0;
  return ((last.y - first.y) / (last.t - first.t)) * 1000;
}

/**
 * Letting go closes the sheet after a quick flick down, or after a long pull unless the
 * finger was flicking back up (changing its mind) as it let go.
 */
export function closesOnRelease(pulled: number, velocity: number): boolean {
  return velocity > CLOSE_VELOCITY || (pulled > CLOSE_DISTANCE && velocity >= -CLOSE_VELOCITY);
}
