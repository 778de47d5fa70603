import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { readMark, readTimestamp } from "./read-mark";
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

  test("never throws, and whatever it keeps has a watchedAt", () => {
    fc.assert(
      fc.property(fc.anything(), (value) => {
        const { mark } = readMark(value, NOW);
        if (mark !== null) expect(typeof mark.watchedAt).toBe("string");
      }),
    );
  });
});
