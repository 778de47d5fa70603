import type { WatchStatus } from "../entries/watch-status";

// "Pick for me": one entry, at random, from what the person is looking at. Pure, with
// the randomness passed in, so tests can seed it.

export type PickResult<T> =
  /** Something not yet watched was picked. */
  | { readonly kind: "picked"; readonly entry: T }
  /** Everything here is watched; `entry` is a pick among them, if the person wants one anyway. */
  | { readonly kind: "all-watched"; readonly entry: T }
  | { readonly kind: "empty" };

/** A uniform index in [0, length) from a random number in [0, 1). */
function indexFrom(random: () => number, length: number): number {
  return Math.min(length - 1, Math.floor(random() * length));
}

export function pickEntry<T extends { readonly slug: string }>(
  candidates: readonly T[],
  statusOf: (slug: string) => WatchStatus,
  random: () => number = Math.random,
): PickResult<T> {
  if (candidates.length === 0) return { kind: "empty" };
  const unwatched = candidates.filter((entry) => statusOf(entry.slug) === "unwatched");
  const pool = unwatched.length > 0 ? unwatched : candidates;
  const entry = pool[indexFrom(random, pool.length)];
  if (!entry) return { kind: "empty" };
  return { kind: unwatched.length > 0 ? "picked" : "all-watched", entry };
}
