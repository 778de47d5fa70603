import type { HitRating, WatchStatus } from "../entries/watch-status";
import { statusOf } from "./marks";
import type { Mark, Marks } from "./tracker-types";

// A friend's shared marks beside the visitor's own: what the comparison page shows, and
// what "Add their marks to mine" adds, worked out apart from the page.

const PROGRESS: Readonly<Record<WatchStatus, number>> = { unwatched: 0, watched: 1, cried: 2 };

export type CompareRow<T> = { readonly entry: T; readonly them: WatchStatus; readonly me: WatchStatus };

/** One row a show, in the order given: their status and the visitor's. */
export function compareRows<T extends { readonly slug: string }>(
  entries: readonly T[],
  theirs: Readonly<Record<string, WatchStatus>>,
  mine: Marks,
): CompareRow<T>[] {
  return entries.map((entry) => ({
    entry,
    them: theirs[entry.slug] ?? "unwatched",
    me: statusOf(mine, entry.slug),
  }));
}

/** The rows where they are further along: Watched or Cried where the visitor is not yet. */
export function gainsOf<T>(rows: readonly CompareRow<T>[]): CompareRow<T>[] {
  return rows.filter((row) => PROGRESS[row.them] > PROGRESS[row.me]);
}

/** What adding their marks merges in: each gain, Watched or Cried as they have it, at `now`. */
export function gainedMarks(gains: readonly CompareRow<{ readonly slug: string }>[], now: Date): Marks {
  const at = now.toISOString();
  return Object.fromEntries(
    gains.map(({ entry, them }): [string, Mark] => [
      entry.slug,
      them === "cried" ? { watchedAt: at, criedAt: at } : { watchedAt: at },
    ]),
  );
}

/** Their link carries statuses and ratings, not times: enough to rank what made them cry. */
export function sharedMarks(
  statuses: Readonly<Record<string, WatchStatus>>,
  hits: Readonly<Record<string, HitRating>>,
): Marks {
  const time = new Date(0).toISOString();
  const marks: Record<string, Mark> = {};
  for (const [slug, status] of Object.entries(statuses)) {
    if (status === "unwatched") continue;
    const hit = hits[slug];
    marks[slug] =
      status === "cried"
        ? { watchedAt: time, criedAt: time, ...(hit ? { hit, ratedAt: time } : {}) }
        : { watchedAt: time };
  }
  return marks;
}
