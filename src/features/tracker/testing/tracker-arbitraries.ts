import fc from "fast-check";
import rawEntries from "../../../../data/entries.json";
import { parseEntries } from "../../entries/parse-entries";
import { CONTENT_CATEGORY_IDS, type ContentCategory } from "../../entries/vocabulary";
import { HIT_RATINGS, type HitRating, type WatchStatus } from "../../entries/watch-status";
import { EARLIEST_MARK_TIME } from "../read-mark";
import type { Mark, Marks, TrackerPreferences } from "../tracker-types";

// Test support: the real slugs, a fixed "now", and fast-check arbitraries for valid marks.

/** #1 first. */
export const SLUGS_IN_RANK_ORDER: readonly string[] = parseEntries(rawEntries)
  .map((entry) => entry.slug)
  .reverse();

export const NOW = new Date("2026-11-25T20:00:00.000Z");

/** A plausible mark time: after 2000, not after `now`, as toISOString writes it. */
export const isoTime = (now: Date = NOW): fc.Arbitrary<string> =>
  fc
    .date({ min: new Date(EARLIEST_MARK_TIME), max: now, noInvalidDate: true })
    .map((date) => date.toISOString());

export const hitArbitrary: fc.Arbitrary<HitRating> = fc.constantFrom(...HIT_RATINGS);

/** A mark as version 1 wrote it: no rating. */
export const v1MarkArbitrary = (now: Date = NOW): fc.Arbitrary<Mark> =>
  fc
    .tuple(isoTime(now), fc.option(isoTime(now), { nil: undefined }))
    .map(([watchedAt, criedAt]) => (criedAt === undefined ? { watchedAt } : { watchedAt, criedAt }));

/** The rating part of a Cried mark: none, a rating with its time, or a cleared rating's time. */
const ratingArbitrary = (now: Date): fc.Arbitrary<Pick<Mark, "hit" | "ratedAt">> =>
  fc.oneof(
    fc.constant({}),
    fc.record({ hit: hitArbitrary, ratedAt: isoTime(now) }),
    fc.record({ ratedAt: isoTime(now) }),
  );

/** Any valid current mark: Watched, Cried, or Cried with a rating (set or cleared). */
export const markArbitrary = (now: Date = NOW): fc.Arbitrary<Mark> =>
  fc
    .tuple(v1MarkArbitrary(now), ratingArbitrary(now))
    .map(([mark, rating]) => (mark.criedAt === undefined ? mark : { ...mark, ...rating }));

const marksOf =
  (mark: (now: Date) => fc.Arbitrary<Mark>) =>
  (slugs: readonly string[] = SLUGS_IN_RANK_ORDER, now: Date = NOW): fc.Arbitrary<Marks> =>
    fc
      .shuffledSubarray([...slugs])
      .chain((chosen) => fc.tuple(...chosen.map((slug) => mark(now).map((value) => [slug, value] as const))))
      .map((entries) => Object.fromEntries(entries));

export const marksArbitrary = marksOf(markArbitrary);
export const v1MarksArbitrary = marksOf(v1MarkArbitrary);

/** A valid avoid list: known notes, each once, in the vocabulary's order. */
export const avoidArbitrary: fc.Arbitrary<readonly ContentCategory[]> = fc.subarray([
  ...CONTENT_CATEGORY_IDS,
]);

export const preferencesArbitrary: fc.Arbitrary<TrackerPreferences> = avoidArbitrary.map((avoid) => ({
  avoid,
}));

export const statusArbitrary: fc.Arbitrary<WatchStatus> = fc.constantFrom("unwatched", "watched", "cried");

export const statusesArbitrary = (slugs: readonly string[] = SLUGS_IN_RANK_ORDER) =>
  fc
    .tuple(...slugs.map(() => statusArbitrary))
    .map((statuses) =>
      Object.fromEntries(slugs.map((slug, index) => [slug, statuses[index] ?? "unwatched"])),
    );

/** What a share code can say about each show: a status, and for some Cried ones a rating. */
export const sharedMarksArbitrary = (slugs: readonly string[] = SLUGS_IN_RANK_ORDER) =>
  fc
    .tuple(...slugs.map(() => fc.tuple(statusArbitrary, fc.option(hitArbitrary, { nil: undefined }))))
    .map((pairs) => {
      const shared = slugs.map((slug, index) => {
        const [status = "unwatched", hit] = pairs[index] ?? [];
        return { slug, status, hit: status === "cried" ? hit : undefined };
      });
      return {
        statuses: Object.fromEntries(shared.map(({ slug, status }) => [slug, status])),
        hits: Object.fromEntries(shared.flatMap(({ slug, hit }) => (hit === undefined ? [] : [[slug, hit]]))),
      };
    });
