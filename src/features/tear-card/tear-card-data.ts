import type { Entry } from "../entries/entry-schema";

// Everything the tear card shows, worked out before any drawing starts: the drawing code
// then only lays out plain values, and this part can be tested without a canvas.

export type TileStatus = "unwatched" | "watched" | "cried";

/** How hard a show hit, in tears: 1 (a lump in the throat) to 5 (undone). */
export type Hit = 1 | 2 | 3 | 4 | 5;

export type TearCardTile = {
  slug: string;
  rank: number;
  themes: Entry["themes"];
  title: string;
  status: TileStatus;
};

export type TearCardData = {
  watched: number;
  cried: number;
  total: number;
  hardest: { rank: number; title: string; hit: Hit } | null;
  /** In countdown order, #21 first, the way the site presents the list. */
  tiles: TearCardTile[];
  date: Date;
};

export type TearCardEntry = Pick<Entry, "slug" | "rank" | "themes" | "title">;

export function buildTearCardData(
  entries: readonly TearCardEntry[],
  statusOf: (slug: string) => TileStatus,
  hitOf: (slug: string) => Hit | undefined,
  now: Date,
): TearCardData {
  const tiles = [...entries]
    .sort((a, b) => b.rank - a.rank)
    .map((entry) => ({
      slug: entry.slug,
      rank: entry.rank,
      themes: entry.themes,
      title: entry.title.english,
      status: statusOf(entry.slug),
    }));

  let hardest: TearCardData["hardest"] = null;
  for (const entry of entries) {
    const hit = hitOf(entry.slug);
    if (hit === undefined) continue;
    // A tie goes to the editors' higher place (#1 beats #5): the card then names the show
    // most readers will recognise.
    if (hardest === null || hit > hardest.hit || (hit === hardest.hit && entry.rank < hardest.rank)) {
      hardest = { rank: entry.rank, title: entry.title.english, hit };
    }
  }

  return {
    watched: tiles.filter((tile) => tile.status !== "unwatched").length,
    cried: tiles.filter((tile) => tile.status === "cried").length,
    total: tiles.length,
    hardest,
    tiles,
    date: now,
  };
}
