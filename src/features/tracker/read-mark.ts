import * as z from "zod/mini";
import type { Mark } from "./tracker-types";

// One reading of a single untrusted mark, shared by the storage blob (which repairs what it
// can) and the import file (which reports the same issues as sentences instead).

/** Nobody marked a show here before this; an earlier time is a zeroed or broken clock. */
export const EARLIEST_MARK_TIME = Date.UTC(2000, 0, 1); // ms since the epoch
/** Clocks drift and time zones confuse; further ahead of now than this is not a real time. */
export const FUTURE_TOLERANCE = 24 * 60 * 60 * 1000; // ms

const IsoDateTimeSchema = z.iso.datetime({ offset: true, message: "must be an ISO 8601 date and time" });

const MarkShapeSchema = z.looseObject({
  watchedAt: z.optional(z.unknown()),
  criedAt: z.optional(z.unknown()),
});

export type TimestampReading =
  | { readonly kind: "missing" }
  | { readonly kind: "invalid" }
  /** `adjusted`: the time was implausible (before 2000 or in the future) and is now `now`. */
  | { readonly kind: "ok"; readonly iso: string; readonly adjusted: boolean };

/** Reads an ISO 8601 date-time (any offset) and returns it in UTC, as toISOString writes it. */
export function readTimestamp(value: unknown, now: Date): TimestampReading {
  if (value === undefined || value === null) return { kind: "missing" };
  const parsed = IsoDateTimeSchema.safeParse(value);
  if (!parsed.success) return { kind: "invalid" };
  const time = Date.parse(parsed.data);
  if (!Number.isFinite(time)) return { kind: "invalid" };
  if (time < EARLIEST_MARK_TIME || time > now.getTime() + FUTURE_TOLERANCE) {
    return { kind: "ok", iso: now.toISOString(), adjusted: true };
  }
  return { kind: "ok", iso: new Date(time).toISOString(), adjusted: false };
}

export type MarkIssue = "not-an-object" | "no-date" | "watchedAt-not-a-date" | "criedAt-not-a-date";

export type MarkReading = {
  /** The usable mark, or null when nothing usable is left. */
  readonly mark: Mark | null;
  /** What was wrong with the input, worst first. Empty when every field was a date or absent. */
  readonly issues: readonly MarkIssue[];
  /** True when `mark` says less or other than the input did (dropped, adjusted, filled in). */
  readonly changed: boolean;
};

/**
 * A mark is kept when it has at least one usable date. A field that is present but not a date
 * counts as missing: criedAt without a usable watchedAt lends its time to watchedAt (crying
 * implies watching); a criedAt that is not a date is dropped, keeping Watched. Implausible
 * times become `now`. criedAt earlier than watchedAt is kept as it is: the times record when
 * the marks were made, on clocks that may disagree, not the order of viewing.
 */
export function readMark(value: unknown, now: Date): MarkReading {
  const shape = MarkShapeSchema.safeParse(value);
  if (!shape.success) return { mark: null, issues: ["not-an-object"], changed: true };
  const { watchedAt: watchedInput, criedAt: criedInput, ...extra } = shape.data;
  const watched = readTimestamp(watchedInput, now);
  const cried = readTimestamp(criedInput, now);

  const issues: MarkIssue[] = [];
  if (watched.kind === "invalid") issues.push("watchedAt-not-a-date");
  if (cried.kind === "invalid") issues.push("criedAt-not-a-date");

  const criedAt = cried.kind === "ok" ? cried.iso : undefined;
  const watchedAt = watched.kind === "ok" ? watched.iso : criedAt;
  if (watchedAt === undefined) {
    return { mark: null, issues: issues.length > 0 ? issues : ["no-date"], changed: true };
  }
  const changed =
    issues.length > 0 ||
    Object.keys(extra).length > 0 ||
    watched.kind !== "ok" ||
    watched.adjusted ||
    (cried.kind === "ok" && cried.adjusted);
  return { mark: criedAt === undefined ? { watchedAt } : { watchedAt, criedAt }, issues, changed };
}
