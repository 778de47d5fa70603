import fc from "fast-check";
import rawEntries from "../../../../data/entries.json";
import { parseEntries } from "../../entries/parse-entries";
import { EARLIEST_MARK_TIME } from "../read-mark";
import type { Mark, Marks, MarkStatus } from "../tracker-types";

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

export const markArbitrary = (now: Date = NOW): fc.Arbitrary<Mark> =>
  fc
    .tuple(isoTime(now), fc.option(isoTime(now), { nil: undefined }))
    .map(([watchedAt, criedAt]) => (criedAt === undefined ? { watchedAt } : { watchedAt, criedAt }));

export const marksArbitrary = (
  slugs: readonly string[] = SLUGS_IN_RANK_ORDER,
  now: Date = NOW,
): fc.Arbitrary<Marks> =>
  fc
    .shuffledSubarray([...slugs])
    .chain((chosen) =>
      fc.tuple(...chosen.map((slug) => markArbitrary(now).map((mark) => [slug, mark] as const))),
    )
    .map((entries) => Object.fromEntries(entries));

export const statusArbitrary: fc.Arbitrary<MarkStatus> = fc.constantFrom("unwatched", "watched", "cried");

export const statusesArbitrary = (slugs: readonly string[] = SLUGS_IN_RANK_ORDER) =>
  fc
    .tuple(...slugs.map(() => statusArbitrary))
    .map((statuses) =>
      Object.fromEntries(slugs.map((slug, index) => [slug, statuses[index] ?? "unwatched"])),
    );
