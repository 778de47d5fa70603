import { rankOrder } from "./rank-order";

// Where a person is with a show, and how hard it hit them. The tracker keeps both; the
// filters, "Pick for me", the comparison and the tear card read them.

/** Cried implies Watched: every Cried show has been watched. */
export type WatchStatus = "unwatched" | "watched" | "cried";

/** "How hard did it hit?", 1 (a single tear) to 5 (a flood). Only Cried shows carry one. */
export const HIT_RATINGS = [1, 2, 3, 4, 5] as const;
export type HitRating = (typeof HIT_RATINGS)[number];

/**
 * The rated show that hit hardest, with its rating. A tie goes to the better-ranked show
 * (#1 beats #5), the one most people will recognise. Null when none is rated.
 */
export function hardestHit<T extends { readonly slug: string; readonly rank: number }>(
  entries: readonly T[],
  hitOf: (slug: string) => HitRating | undefined,
): { readonly entry: T; readonly hit: HitRating } | null {
  let hardest: { entry: T; hit: HitRating } | null = null;
  for (const entry of rankOrder(entries)) {
    const hit = hitOf(entry.slug);
    if (hit !== undefined && (hardest === null || hit > hardest.hit)) hardest = { entry, hit };
  }
  return hardest;
}
