import type { Mark, Marks, MarkStatus } from "./tracker-types";

// Pure mark logic. Every function returns the same Marks object when nothing changes, so
// callers can tell a no-op by identity. Slugs are read with Object.hasOwn: a slug such as
// "constructor" must never find something on Object.prototype.

export const NO_MARKS: Marks = Object.freeze({});

export function markOf(marks: Marks, slug: string): Mark | undefined {
  return Object.hasOwn(marks, slug) ? marks[slug] : undefined;
}

export function statusOf(marks: Marks, slug: string): MarkStatus {
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

/** When the mark last changed (ms since the epoch); -Infinity when neither time is a date. */
export function markTime(mark: Mark): number {
  const times = [mark.watchedAt, mark.criedAt]
    .map((iso) => (iso === undefined ? Number.NaN : Date.parse(iso)))
    .filter(Number.isFinite);
  return Math.max(Number.NEGATIVE_INFINITY, ...times);
}

export function marksEqual(a: Mark | undefined, b: Mark | undefined): boolean {
  if (a === undefined || b === undefined) return a === b;
  return a.watchedAt === b.watchedAt && a.criedAt === b.criedAt;
}

export function sameMarks(a: Marks, b: Marks): boolean {
  const slugs = Object.keys(a);
  return (
    slugs.length === Object.keys(b).length && slugs.every((slug) => marksEqual(a[slug], markOf(b, slug)))
  );
}

/**
 * Per slug, the mark that changed last wins; a tie keeps `current`. A slug only one side has
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
