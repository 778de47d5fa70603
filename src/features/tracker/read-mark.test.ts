import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { isHitRating, readAvoidList, readMark, readTimestamp } from "./read-mark";
import { NOW } from "./testing/tracker-arbitraries";

const ISO = "2026-05-01T12:00:00.000Z";
const LATER = "2026-06-01T12:00:00.000Z";
const NOW_ISO = NOW.toISOString();

describe("readTimestamp", () => {
  test("reads ISO 8601 date-times in any offset and returns them in UTC", () => {
    expect(readTimestamp(ISO, NOW)).toEqual({ kind: "ok", iso: ISO, adjusted: false });
    expect(readTimestamp("2026-05-01T14:00:00+02:00", NOW)).toEqual({
      kind: "ok",
      iso: ISO,
      adjusted: false,
    });
    expect(readTimestamp("2026-05-01T12:00:00Z", NOW)).toEqual({ kind: "ok", iso: ISO, adjusted: false });
  });

  test("absent or null is missing", () => {
    expect(readTimestamp(undefined, NOW)).toEqual({ kind: "missing" });
    expect(readTimestamp(null, NOW)).toEqual({ kind: "missing" });
  });

  test.each([
    ["a number", 1700000000000],
    ["a date without a time", "2026-05-01"],
    ["an impossible day", "2026-02-31T00:00:00Z"],
    ["words", "yesterday"],
    ["an empty string", ""],
    ["an object", { at: ISO }],
  ])("%s is not a date", (_label, value) => {
    expect(readTimestamp(value, NOW)).toEqual({ kind: "invalid" });
  });

  test("a time more than a day ahead of now, or before 2000, is replaced by now", () => {
    const inALittleWhile = new Date(NOW.getTime() + 23 * 3600_000).toISOString();
    expect(readTimestamp(inALittleWhile, NOW)).toEqual({ kind: "ok", iso: inALittleWhile, adjusted: false });
    expect(readTimestamp("2099-01-01T00:00:00.000Z", NOW)).toEqual({
      kind: "ok",
      iso: NOW_ISO,
      adjusted: true,
    });
    expect(readTimestamp("1970-01-01T00:00:00.000Z", NOW)).toEqual({
      kind: "ok",
      iso: NOW_ISO,
      adjusted: true,
    });
  });

  test("never throws", () => {
    fc.assert(fc.property(fc.anything(), (value) => void readTimestamp(value, NOW)));
  });
});

describe("readMark", () => {
  test("a clean mark is read unchanged", () => {
    expect(readMark({ watchedAt: ISO }, NOW)).toEqual({
      mark: { watchedAt: ISO },
      issues: [],
      changed: false,
    });
    expect(readMark({ watchedAt: ISO, criedAt: LATER }, NOW)).toEqual({
      mark: { watchedAt: ISO, criedAt: LATER },
      issues: [],
      changed: false,
    });
  });

  test("criedAt earlier than watchedAt is kept as it is (times of marking, not viewing)", () => {
    expect(readMark({ watchedAt: LATER, criedAt: ISO }, NOW)).toEqual({
      mark: { watchedAt: LATER, criedAt: ISO },
      issues: [],
      changed: false,
    });
  });

  test("criedAt without a usable watchedAt lends its time to watchedAt", () => {
    expect(readMark({ criedAt: ISO }, NOW)).toEqual({
      mark: { watchedAt: ISO, criedAt: ISO },
      issues: [],
      changed: true,
    });
    expect(readMark({ watchedAt: "soon", criedAt: ISO }, NOW)).toEqual({
      mark: { watchedAt: ISO, criedAt: ISO },
      issues: ["watchedAt-not-a-date"],
      changed: true,
    });
  });

  test("a criedAt that is not a date is dropped and Watched kept", () => {
    expect(readMark({ watchedAt: ISO, criedAt: 5 }, NOW)).toEqual({
      mark: { watchedAt: ISO },
      issues: ["criedAt-not-a-date"],
      changed: true,
    });
  });

  test("a mark with no usable date at all is dropped, saying why", () => {
    expect(readMark({}, NOW)).toEqual({ mark: null, issues: ["no-date"], changed: true });
    expect(readMark({ watchedAt: "nope" }, NOW)).toEqual({
      mark: null,
      issues: ["watchedAt-not-a-date"],
      changed: true,
    });
    expect(readMark({ watchedAt: 1, criedAt: 2 }, NOW).issues).toEqual([
      "watchedAt-not-a-date",
      "criedAt-not-a-date",
    ]);
  });

  test.each([
    ["a string", "watched"],
    ["null", null],
    ["an array", [ISO]],
    ["true", true],
  ])("%s is not a mark", (_label, value) => {
    expect(readMark(value, NOW)).toEqual({ mark: null, issues: ["not-an-object"], changed: true });
  });

  test("implausible times become now, and extra fields are dropped; both count as changes", () => {
    expect(readMark({ watchedAt: "2999-01-01T00:00:00Z" }, NOW)).toEqual({
      mark: { watchedAt: NOW_ISO },
      issues: [],
      changed: true,
    });
    expect(readMark({ watchedAt: ISO, rating: 5 }, NOW)).toEqual({
      mark: { watchedAt: ISO },
      issues: [],
      changed: true,
    });
  });

  test("never throws; whatever it keeps has a watchedAt, and ratings only on Cried marks", () => {
    const markish = fc.record(
      {
        watchedAt: fc.oneof(fc.constant(ISO), fc.anything()),
        criedAt: fc.oneof(fc.constant(LATER), fc.anything()),
        hit: fc.oneof(fc.integer({ min: 0, max: 6 }), fc.anything()),
        ratedAt: fc.oneof(fc.constant(LATER), fc.anything()),
      },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(fc.oneof(fc.anything(), markish), (value) => {
        const { mark } = readMark(value, NOW);
        if (mark === null) return;
        expect(typeof mark.watchedAt).toBe("string");
        if (mark.hit !== undefined) expect(isHitRating(mark.hit) && mark.ratedAt !== undefined).toBe(true);
        if (mark.criedAt === undefined) expect(Object.keys(mark)).toEqual(["watchedAt"]);
      }),
    );
  });
});

describe("readMark: ratings", () => {
  const cried = { watchedAt: ISO, criedAt: ISO };

  test("a rated Cried mark is read unchanged, and so is a cleared rating's ratedAt", () => {
    for (const mark of [
      { ...cried, hit: 1, ratedAt: LATER },
      { ...cried, hit: 5, ratedAt: LATER },
      { ...cried, ratedAt: LATER },
    ]) {
      expect(readMark(mark, NOW)).toEqual({ mark, issues: [], changed: false });
    }
  });

  test.each([
    ["zero", 0],
    ["six", 6],
    ["a fraction", 4.5],
    ["text", "4"],
    ["NaN", Number.NaN],
  ])("a hit that is %s is dropped, saying so", (_label, hit) => {
    expect(readMark({ ...cried, hit, ratedAt: LATER }, NOW)).toEqual({
      mark: { ...cried, ratedAt: LATER },
      issues: ["hit-not-a-rating"],
      changed: true,
    });
  });

  test("a hit on a mark that is not Cried is dropped, saying so; ratedAt goes quietly", () => {
    expect(readMark({ watchedAt: ISO, hit: 3, ratedAt: LATER }, NOW)).toEqual({
      mark: { watchedAt: ISO },
      issues: ["hit-without-cried"],
      changed: true,
    });
    expect(readMark({ watchedAt: ISO, ratedAt: LATER }, NOW)).toEqual({
      mark: { watchedAt: ISO },
      issues: [],
      changed: true,
    });
  });

  test("a hit with no usable ratedAt is rated at criedAt; a ratedAt that is not a date is named", () => {
    expect(readMark({ ...cried, hit: 2 }, NOW)).toEqual({
      mark: { ...cried, hit: 2, ratedAt: ISO },
      issues: [],
      changed: true,
    });
    expect(readMark({ ...cried, hit: 2, ratedAt: "then" }, NOW)).toEqual({
      mark: { ...cried, hit: 2, ratedAt: ISO },
      issues: ["ratedAt-not-a-date"],
      changed: true,
    });
  });

  test("an implausible ratedAt becomes now, as a change", () => {
    expect(readMark({ ...cried, hit: 2, ratedAt: "2999-01-01T00:00:00Z" }, NOW)).toEqual({
      mark: { ...cried, hit: 2, ratedAt: NOW_ISO },
      issues: [],
      changed: true,
    });
  });

  test("a null hit or ratedAt counts as absent, like a null criedAt", () => {
    expect(readMark({ ...cried, hit: null, ratedAt: null }, NOW)).toEqual({
      mark: cried,
      issues: [],
      changed: false,
    });
  });

  test("a mark with no date at all names the dates, not the rating", () => {
    expect(readMark({ hit: 3 }, NOW)).toEqual({ mark: null, issues: ["no-date"], changed: true });
    expect(readMark({ hit: 9 }, NOW).issues).toEqual(["hit-not-a-rating"]);
  });
});

describe("isHitRating", () => {
  test("is true for the whole numbers 1 to 5 only", () => {
    for (const hit of [1, 2, 3, 4, 5]) expect(isHitRating(hit)).toBe(true);
    for (const value of [0, 6, 1.5, "1", null, undefined, -1, Number.POSITIVE_INFINITY]) {
      expect(isHitRating(value)).toBe(false);
    }
  });
});

describe("readAvoidList", () => {
  test("keeps known content notes once each, in the vocabulary's order", () => {
    expect(readAvoidList(["suicide", "war"])).toEqual({ avoid: ["war", "suicide"], changed: false });
    expect(readAvoidList([])).toEqual({ avoid: [], changed: false });
  });

  test("drops unknown tags, duplicates and non-text, as a change", () => {
    expect(readAvoidList(["war", "spiders", "war", 3, null])).toEqual({ avoid: ["war"], changed: true });
    expect(readAvoidList(["constructor", "__proto__"])).toEqual({ avoid: [], changed: true });
  });

  test("is null for anything that is not a list", () => {
    for (const value of [undefined, null, "war", { 0: "war" }, 3]) expect(readAvoidList(value)).toBeNull();
  });
});
