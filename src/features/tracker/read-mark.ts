import * as v from "valibot";
import { jsonObject } from "../../lib/json-object";
import { CONTENT_CATEGORY_IDS, contentCategoryNamed, type ContentCategory } from "../entries/vocabulary";
import { HIT_RATINGS, type HitRating } from "../entries/watch-status";
import type { Mark } from "./tracker-types";

// One reading of a single untrusted mark (and of the avoid list), shared by the storage
// blob (which repairs what it can) and the import file (which reports the same issues as
// sentences instead).

/** Nobody marked a show here before this; an earlier time is a zeroed or broken clock. */
export const EARLIEST_MARK_TIME = Date.UTC(2000, 0, 1); // ms since the epoch
/** Clocks drift and time zones confuse; further ahead of now than this is not a real time. */
export const FUTURE_TOLERANCE = 24 * 60 * 60 * 1000; // ms

/** "2026-02-31" fits the ISO pattern but is no day on the calendar. */
export function isCalendarDay(iso: string): boolean {
  const year = Number(iso.slice(0, 4));
  const month = Number(iso.slice(5, 7));
  const day = Number(iso.slice(8, 10));
  return day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}

const IsoDateTimeSchema = v.pipe(
  v.string(),
  v.isoTimestamp("must be an ISO 8601 date and time"),
  v.check(isCalendarDay, "must be a day on the calendar"),
);
const HitRatingSchema = v.picklist(HIT_RATINGS);
const ListSchema = v.array(v.unknown());

const MarkShapeSchema = jsonObject(
  v.looseObject({
    watchedAt: v.optional(v.unknown()),
    criedAt: v.optional(v.unknown()),
    hit: v.optional(v.unknown()),
    ratedAt: v.optional(v.unknown()),
  }),
);

/** A whole number from 1 to 5. */
export function isHitRating(value: unknown): value is HitRating {
  return v.safeParse(HitRatingSchema, value).success;
}

export type TimestampReading =
  | { readonly kind: "missing" }
  | { readonly kind: "invalid" }
  /** `adjusted`: the time was implausible (before 2000 or in the future) and is now `now`. */
  | { readonly kind: "ok"; readonly iso: string; readonly adjusted: boolean };

/** Reads an ISO 8601 date-time (any offset) and returns it in UTC, as toISOString writes it. */
export function readTimestamp(value: unknown, now: Date): TimestampReading {
  if (value === undefined || value === null) return { kind: "missing" };
  const parsed = v.safeParse(IsoDateTimeSchema, value);
  if (!parsed.success) return { kind: "invalid" };
  const time = Date.parse(parsed.output);
  if (!Number.isFinite(time)) return { kind: "invalid" };
  if (time < EARLIEST_MARK_TIME || time > now.getTime() + FUTURE_TOLERANCE) {
    return { kind: "ok", iso: now.toISOString(), adjusted: true };
  }
  return { kind: "ok", iso: new Date(time).toISOString(), adjusted: false };
}

export type MarkIssue =
  | "not-an-object"
  | "no-date"
  | "watchedAt-not-a-date"
  | "criedAt-not-a-date"
  | "hit-not-a-rating"
  | "hit-without-cried"
  | "ratedAt-not-a-date";

export type MarkReading = {
  /** The usable mark, or null when nothing usable is left. */
  readonly mark: Mark | null;
  /** What was wrong with the input, worst first. Empty when every field was usable or absent. */
  readonly issues: readonly MarkIssue[];
  /** True when `mark` says less or other than the input did (dropped, adjusted, filled in). */
  readonly changed: boolean;
};

/** The rating part of a Cried mark: `hit` and `ratedAt` as they will be kept. */
function readRating(
  hitInput: unknown,
  rated: TimestampReading,
  criedAt: string,
): Pick<Mark, "hit" | "ratedAt"> {
  const ratedAt = rated.kind === "ok" ? rated.iso : undefined;
  // A rating needs a time to take part in merges; it was made no earlier than the crying.
  if (isHitRating(hitInput)) return { hit: hitInput, ratedAt: ratedAt ?? criedAt };
  // ratedAt alone records that a rating was cleared, so an older rating cannot win a merge.
  return ratedAt === undefined ? {} : { ratedAt };
}

/**
 * A mark is kept when it has at least one usable date. A field that is present but not a date
 * counts as missing: criedAt without a usable watchedAt lends its time to watchedAt (crying
 * implies watching); a criedAt that is not a date is dropped, keeping Watched. Implausible
 * times become `now`. criedAt earlier than watchedAt is kept as it is: the times record when
 * the marks were made, on clocks that may disagree, not the order of viewing.
 *
 * Ratings: a `hit` that is not a whole number 1–5 is dropped; so are `hit` and `ratedAt` on a
 * mark that is not Cried. A `hit` without a usable ratedAt gets ratedAt = criedAt.
 */
export function readMark(value: unknown, now: Date): MarkReading {
  const shape = v.safeParse(MarkShapeSchema, value);
  if (!shape.success) return { mark: null, issues: ["not-an-object"], changed: true };
  const {
    watchedAt: watchedInput,
    criedAt: criedInput,
    hit: hitInput,
    ratedAt: ratedInput,
    ...extra
  } = shape.output;
  const watched = readTimestamp(watchedInput, now);
  const cried = readTimestamp(criedInput, now);
  const rated = readTimestamp(ratedInput, now);
  const hitPresent = hitInput !== undefined && hitInput !== null;
  const hitValid = isHitRating(hitInput);

  const issues: MarkIssue[] = [];
  if (watched.kind === "invalid") issues.push("watchedAt-not-a-date");
  if (cried.kind === "invalid") issues.push("criedAt-not-a-date");
  if (hitPresent && !hitValid) issues.push("hit-not-a-rating");
  if (hitValid && cried.kind === "missing") issues.push("hit-without-cried");
  if (rated.kind === "invalid") issues.push("ratedAt-not-a-date");

  const criedAt = cried.kind === "ok" ? cried.iso : undefined;
  const watchedAt = watched.kind === "ok" ? watched.iso : criedAt;
  if (watchedAt === undefined) {
    const worst = issues.filter((issue) => issue !== "hit-without-cried");
    return { mark: null, issues: worst.length > 0 ? worst : ["no-date"], changed: true };
  }
  const rating = criedAt === undefined ? {} : readRating(hitInput, rated, criedAt);
  const mark: Mark = { watchedAt, ...(criedAt === undefined ? {} : { criedAt }), ...rating };
  const changed =
    issues.length > 0 ||
    Object.keys(extra).length > 0 ||
    watched.kind !== "ok" ||
    watched.adjusted ||
    (cried.kind === "ok" && cried.adjusted) ||
    (hitPresent && mark.hit === undefined) ||
    (rated.kind === "ok" ? rated.adjusted || mark.ratedAt === undefined : mark.ratedAt !== undefined);
  return { mark, issues, changed };
}

export type AvoidReading = {
  /** Known content categories (older names read as the category that replaced them), in the vocabulary's order, each once. */
  readonly avoid: readonly ContentCategory[];
  /** Something was dropped or renamed: an unknown tag, a duplicate, an entry that is not text, an old name. */
  readonly changed: boolean;
};

/** Reads an avoid list; null when the value is not a list at all. */
export function readAvoidList(value: unknown): AvoidReading | null {
  const list = v.safeParse(ListSchema, value);
  if (!list.success) return null;
  const wanted = new Set<ContentCategory>();
  let renamed = false;
  for (const tag of list.output) {
    const category = typeof tag === "string" ? contentCategoryNamed(tag) : undefined;
    if (category === undefined) continue;
    renamed ||= category !== tag;
    wanted.add(category);
  }
  const avoid = CONTENT_CATEGORY_IDS.filter((id) => wanted.has(id));
  return { avoid, changed: renamed || avoid.length !== list.output.length };
}
