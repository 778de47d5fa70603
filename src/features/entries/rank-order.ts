import type { Entry } from "./entry-schema";

// The ranking's two orders, and the least a show needs to stand in a ranked list. Ranks
// are 1…21, each once: #1 is the show that hurt the most.

type Ranked = { readonly rank: number };

/** A show as a list names it: its place, its slug (for its link) and its English title. */
export type NamedEntry = Readonly<Pick<Entry, "rank" | "slug">> & {
  readonly title: Readonly<Pick<Entry["title"], "english">>;
};

/** For sort(): the editors' order, #1 first. */
export const byRankAscending = (a: Ranked, b: Ranked): number => a.rank - b.rank;

/** A sorted copy, #1 first: the order share codes, files and ties between ratings follow. */
export function rankOrder<T extends Ranked>(entries: readonly T[]): T[] {
  return [...entries].sort(byRankAscending);
}

/** A sorted copy, #21 first: the countdown's order, the way the site presents the list. */
export function countdownOrder<T extends Ranked>(entries: readonly T[]): T[] {
  return [...entries].sort((a, b) => byRankAscending(b, a));
}
