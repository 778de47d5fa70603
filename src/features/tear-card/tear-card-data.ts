import type { Entry } from "../entries/entry-schema";
import { countdownOrder } from "../entries/rank-order";
import { hardestHit, type HitRating, type WatchStatus } from "../entries/watch-status";

// Everything the tear card shows, worked out before any drawing starts: the drawing code
// then only lays out plain values, and this part can be tested without a canvas.

export type TearCardTile = {
  slug: string;
  rank: number;
  themes: Entry["themes"];
  title: string;
  status: WatchStatus;
};

export type TearCardData = {
  watched: number;
  cried: number;
  total: number;
  hardest: { rank: number; title: string; hit: HitRating } | null;
  /** In countdown order, #21 first, the way the site presents the list. */
  tiles: TearCardTile[];
  date: Date;
};

export type TearCardEntry = Pick<Entry, "slug" | "rank" | "themes" | "title">;

export function buildTearCardData(
  entries: readonly TearCardEntry[],
  statusOf: (slug: string) => WatchStatus,
  hitOf: (slug: string) => HitRating | undefined,
  now: Date,
): TearCardData {
  const tiles = countdownOrder(entries).map((entry) => ({
    slug: entry.slug,
    rank: entry.rank,
    themes: entry.themes,
    title: entry.title.english,
    status: statusOf(entry.slug),
  }));

  const hardest = hardestHit(entries, hitOf);

  return {
    watched: tiles.filter((tile) => tile.status !== "unwatched").length,
    cried: tiles.filter((tile) => tile.status === "cried").length,
    total: tiles.length,
    hardest: hardest && { rank: hardest.entry.rank, title: hardest.entry.title.english, hit: hardest.hit },
    tiles,
    date: now,
  };
}
