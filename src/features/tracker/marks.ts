import { CONTENT_CATEGORY_IDS, type ContentCategory } from "../entries/vocabulary";
import type { HitRating, WatchStatus } from "../entries/watch-status";
import { isHitRating } from "./read-mark";
import type { Mark, Marks } from "./tracker-types";

// Pure mark logic. Every function returns the same Marks object when nothing changes, so
// callers can tell a no-op by identity. Slugs are read with Object.hasOwn: a slug such as
// "constructor" must never find something on Object.prototype.

export const NO_MARKS: Marks = Object.freeze({});
export const NO_AVOID: readonly ContentCategory[] = Object.freeze([]);

export function markOf(marks: Marks, slug: string): Mark | undefined {
  return Object.hasOwn(marks, slug) ? marks[slug] : undefined;
}

export function statusOf(marks: Marks, slug: string): WatchStatus {
  const mark = markOf(marks, slug);
  if (mark === undefined) return "unwatched";
  return mark.criedAt === undefined ? "watched" : "cried";
}

function withMark(marks: Marks, slug: string, mark: Mark): Marks {
  // A computed key defines an own property, even for "__proto__".
  return { ...marks, [slug]: mark };
}

function withoutMark(marks: Marks, slug: string): Marks {
  return Object.fromEntries(Object.entries(marks).filter(([key]) => key !== slug));
}

/** Watching keeps an existing mark as it is; un-watching removes the whole mark, Cried too. */
export function setWatched(marks: Marks, slug: string, watched: boolean, now: Date): Marks {
  const mark = markOf(marks, slug);
  if (watched) return mark === undefined ? withMark(marks, slug, { watchedAt: now.toISOString() }) : marks;
  return mark === undefined ? marks : withoutMark(marks, slug);
}

/** Crying also marks Watched (keeping an earlier watchedAt); un-crying keeps Watched. */
export function setCried(marks: Marks, slug: string, cried: boolean, now: Date): Marks {
  const mark = markOf(marks, slug);
  if (cried) {
    if (mark?.criedAt !== undefined) return marks;
    const at = now.toISOString();
    return withMark(marks, slug, { watchedAt: mark?.watchedAt ?? at, criedAt: at });
  }
  if (mark?.criedAt === undefined) return marks;
  return withMark(marks, slug, { watchedAt: mark.watchedAt });
}

/** The rating of a Cried show; undefined when it is not Cried or not rated. */
export function hitOf(marks: Marks, slug: string): HitRating | undefined {
  const mark = markOf(marks, slug);
  return mark?.criedAt === undefined ? undefined : mark.hit;
}

/**
 * Rates a Cried show (null clears the rating). Only Cried shows can be rated: anything else,
 * or a value that is not 1–5, changes nothing. Setting or clearing stamps ratedAt, so the
 * newest rating wins a merge; setting the rating it already has changes nothing.
 */
export function setHit(marks: Marks, slug: string, hit: HitRating | null, now: Date): Marks {
  const mark = markOf(marks, slug);
  if (mark?.criedAt === undefined || (hit !== null && !isHitRating(hit))) return marks;
  if ((hit ?? undefined) === mark.hit) return marks;
  const { watchedAt, criedAt } = mark;
  const ratedAt = now.toISOString();
  return withMark(
    marks,
    slug,
    hit === null ? { watchedAt, criedAt, ratedAt } : { watchedAt, criedAt, hit, ratedAt },
  );
}

/**
 * The person's own ranking: Cried shows by rating, hardest first, unrated ones after the
 * rated ones; ties keep the editors' order. Each slug once; slugs not given are ignored.
 */
export function myOrder(marks: Marks, slugsInRankOrder: readonly string[]): readonly string[] {
  const cried = [...new Set(slugsInRankOrder)].filter((slug) => statusOf(marks, slug) === "cried");
  // Array.prototype.sort is stable, so equal ratings stay in rank order.
  return cried.sort((a, b) => (hitOf(marks, b) ?? 0) - (hitOf(marks, a) ?? 0));
}

export type Progress = { readonly watched: number; readonly cried: number; readonly total: number };

/** Counts only the given slugs (each once); marks for other slugs are ignored. */
export function countProgress(marks: Marks, slugs: readonly string[]): Progress {
  const unique = new Set(slugs);
  let watched = 0;
  let cried = 0;
  for (const slug of unique) {
    const status = statusOf(marks, slug);
    if (status !== "unwatched") watched += 1;
    if (status === "cried") cried += 1;
  }
  return { watched, cried, total: unique.size };
}

/** When the mark last changed (ms since the epoch); -Infinity when no time is a date. */
export function markTime(mark: Mark): number {
  const times = [mark.watchedAt, mark.criedAt, mark.ratedAt]
    .map((iso) => (iso === undefined ? Number.NaN : Date.parse(iso)))
    .filter(Number.isFinite);
  return Math.max(Number.NEGATIVE_INFINITY, ...times);
}

export function marksEqual(a: Mark | undefined, b: Mark | undefined): boolean {
  if (a === undefined || b === undefined) return a === b;
  return a.watchedAt === b.watchedAt && a.criedAt === b.criedAt && a.hit === b.hit && a.ratedAt === b.ratedAt;
}

export function sameMarks(a: Marks, b: Marks): boolean {
  const slugs = Object.keys(a);
  return (
    slugs.length === Object.keys(b).length && slugs.every((slug) => marksEqual(a[slug], markOf(b, slug)))
  );
}

/**
 * Per slug, the mark that changed last wins (a rating counts: see markTime); a tie keeps `current`. A slug only one side has
 * is kept: merging never removes a mark (Replace does).
 */
export function mergeMarks(current: Marks, incoming: Marks): Marks {
  let merged = current;
  for (const [slug, theirs] of Object.entries(incoming)) {
    const mine = markOf(current, slug);
    if (mine === undefined || markTime(theirs) > markTime(mine)) merged = withMark(merged, slug, theirs);
  }
  return merged;
}

/** An import that only adds: shows already marked are left exactly as they are. */
export function addMissingMarks(current: Marks, incoming: Marks): Marks {
  let added = current;
  for (const [slug, mark] of Object.entries(incoming)) {
    if (markOf(current, slug) === undefined) added = withMark(added, slug, mark);
  }
  return added;
}

/** Avoid lists are kept in the vocabulary's order, so equal lists are equal item by item. */
export function sameAvoid(a: readonly ContentCategory[], b: readonly ContentCategory[]): boolean {
  return a.length === b.length && a.every((tag, index) => tag === b[index]);
}

/** Import-merge of the avoid preference: a note either side avoids stays avoided. */
export function mergeAvoid(
  current: readonly ContentCategory[],
  incoming: readonly ContentCategory[],
): readonly ContentCategory[] {
  const union = new Set([...current, ...incoming]);
  return union.size === current.length ? current : CONTENT_CATEGORY_IDS.filter((id) => union.has(id));
}

export type MarksDiff = {
  /** In incoming only. */
  readonly added: readonly string[];
  /** In both, with different times or status. */
  readonly changed: readonly string[];
  /** In current only: what Replace would remove (Merge keeps them). */
  readonly removed: readonly string[];
  readonly unchanged: readonly string[];
};

/** For the import preview. Lists follow incoming's order, `removed` follows current's. */
export function diffMarks(current: Marks, incoming: Marks): MarksDiff {
  const added: string[] = [];
  const changed: string[] = [];
  const unchanged: string[] = [];
  for (const [slug, theirs] of Object.entries(incoming)) {
    const mine = markOf(current, slug);
    if (mine === undefined) added.push(slug);
    else (marksEqual(mine, theirs) ? unchanged : changed).push(slug);
  }
  const removed = Object.keys(current).filter((slug) => !Object.hasOwn(incoming, slug));
  return { added, changed, removed, unchanged };
}
