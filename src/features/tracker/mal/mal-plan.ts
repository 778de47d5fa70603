import type { Entry } from "../../entries/entry-schema";
import { countdownOrder, type NamedEntry } from "../../entries/rank-order";
import { markOf } from "../marks";
import { readTimestamp } from "../read-mark";
import type { Marks } from "../tracker-types";
import type { MalRecord, MalStatus } from "./mal-xml";

// What a MyAnimeList export means for this list, before anything changes. Matching is by
// MyAnimeList id only, never by title. Completed becomes Watched; the other statuses are
// named and make no mark; another version of an entry (Brotherhood for #20) is not that
// entry. The import only adds: a show already marked here is left exactly as it is.

export type MalEntry = NamedEntry & Pick<Entry, "ids" | "related">;

export type MalPlan = {
  /** Completed there, not marked here: each becomes Watched. */
  readonly add: readonly { readonly slug: string; readonly watchedAt: string; readonly dated: boolean }[];
  /** Completed there and already marked here: left as they are. */
  readonly already: readonly string[];
  /** On the list there with another status: named, no mark. */
  readonly unfinished: readonly { readonly slug: string; readonly status: Exclude<MalStatus, "Completed"> }[];
  /** Another version of an entry (a remake, a second part), seen there: named, no mark. */
  readonly otherVersions: readonly {
    readonly slug: string;
    readonly title: string;
    readonly status: MalStatus;
  }[];
};

/** Completed wins over any other status when an id appears twice. */
function byId(records: readonly MalRecord[]): Map<number, MalRecord> {
  const found = new Map<number, MalRecord>();
  for (const record of records) {
    const earlier = found.get(record.id);
    if (!earlier || (earlier.status !== "Completed" && record.status === "Completed"))
      found.set(record.id, record);
  }
  return found;
}

/**
 * When a Completed show becomes Watched: noon UTC on its finish day (the same day in every
 * time zone near it), if the store's own rules for a mark's time accept it (readTimestamp:
 * not before 2000, not ahead of now); otherwise now, and the preview says it is undated.
 * One rule for both, so the preview never shows a date the store would replace.
 */
function watchedAtFor(finishDate: string | null, now: Date): { watchedAt: string; dated: boolean } {
  const reading = finishDate === null ? null : readTimestamp(`${finishDate}T12:00:00.000Z`, now);
  return reading?.kind === "ok" && !reading.adjusted
    ? { watchedAt: reading.iso, dated: true }
    : { watchedAt: now.toISOString(), dated: false };
}

export function planMalImport(
  records: readonly MalRecord[],
  entries: readonly MalEntry[],
  marks: Marks,
  now: Date,
): MalPlan {
  const found = byId(records);
  const add: { slug: string; watchedAt: string; dated: boolean }[] = [];
  const already: string[] = [];
  const unfinished: { slug: string; status: Exclude<MalStatus, "Completed"> }[] = [];
  const otherVersions: { slug: string; title: string; status: MalStatus }[] = [];
  for (const entry of countdownOrder(entries)) {
    const record = found.get(entry.ids.myAnimeList);
    if (record?.status === "Completed") {
      if (markOf(marks, entry.slug)) already.push(entry.slug);
      else add.push({ slug: entry.slug, ...watchedAtFor(record.finishDate, now) });
    } else if (record) {
      unfinished.push({ slug: entry.slug, status: record.status });
    }
    for (const related of entry.related) {
      const version = related.ids ? found.get(related.ids.myAnimeList) : undefined;
      if (version) otherVersions.push({ slug: entry.slug, title: related.title, status: version.status });
    }
  }
  return { add, already, unfinished, otherVersions };
}

/** The MyAnimeList ids an export is searched for: every entry's, and its other versions'. */
export function wantedIds(entries: readonly MalEntry[]): Set<number> {
  return new Set(
    entries.flatMap((entry) => [
      entry.ids.myAnimeList,
      ...entry.related.flatMap((related) => (related.ids ? [related.ids.myAnimeList] : [])),
    ]),
  );
}

/** Nothing in the export touches the 21 shows or their other versions. */
export const planIsEmpty = (plan: MalPlan) =>
  plan.add.length + plan.already.length + plan.unfinished.length + plan.otherVersions.length === 0;

/** The marks an import adds: Watched, with the finish day or the time of import. */
export function marksToAdd(plan: MalPlan): Marks {
  return Object.fromEntries(plan.add.map(({ slug, watchedAt }) => [slug, { watchedAt }]));
}
