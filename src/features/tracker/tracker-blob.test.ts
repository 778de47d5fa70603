import fc from "fast-check";
import { describe, expect, test } from "vitest";
import v0Fixture from "./fixtures/v0-blob.json";
import { marksArbitrary, NOW, SLUGS_IN_RANK_ORDER } from "./testing/tracker-arbitraries";
import {
  CURRENT_TRACKER_VERSION,
  MIGRATIONS,
  parseTrackerBlob,
  readTrackerValue,
  serializeTrackerBlob,
} from "./tracker-blob";

const SLUGS = SLUGS_IN_RANK_ORDER;
const ISO = "2026-05-01T12:00:00.000Z";
const NOW_ISO = NOW.toISOString();
const parse = (raw: string | null) => parseTrackerBlob(raw, SLUGS, NOW);
const v1 = (marks: unknown, extra: Record<string, unknown> = {}) =>
  JSON.stringify({ version: 1, marks, ...extra });

describe("parseTrackerBlob: clean input", () => {
  test("nothing stored, or blank text, is empty", () => {
    expect(parse(null)).toEqual({ kind: "empty" });
    expect(parse("")).toEqual({ kind: "empty" });
    expect(parse("  \n")).toEqual({ kind: "empty" });
  });

  test("a v1 blob is read as it is", () => {
    const marks = { hal: { watchedAt: ISO }, air: { watchedAt: ISO, criedAt: ISO } };
    expect(parse(v1(marks))).toEqual({ kind: "ok", marks, repaired: false, migratedFrom: null });
  });

  test("round trip: any valid marks come back equal, unrepaired", () => {
    fc.assert(
      fc.property(marksArbitrary(), (marks) => {
        expect(parse(serializeTrackerBlob(marks))).toEqual({
          kind: "ok",
          marks,
          repaired: false,
          migratedFrom: null,
        });
      }),
    );
  });

  test("the builder writes only version and marks, and each mark only its two times", () => {
    const text = serializeTrackerBlob({ hal: { watchedAt: ISO, extra: 1 } as never });
    expect(JSON.parse(text)).toEqual({ version: 1, marks: { hal: { watchedAt: ISO } } });
  });
});

describe("parseTrackerBlob: repairs", () => {
  test("marks for unknown slugs are dropped", () => {
    expect(parse(v1({ hal: { watchedAt: ISO }, "no-such-show": { watchedAt: ISO } }))).toEqual({
      kind: "ok",
      marks: { hal: { watchedAt: ISO } },
      repaired: true,
      migratedFrom: null,
    });
  });

  test("a mark with no usable date is dropped; criedAt alone stands in for watchedAt", () => {
    const result = parse(
      v1({ hal: {}, air: { watchedAt: "?" }, berserk: { criedAt: ISO }, basilisk: "yes" }),
    );
    expect(result).toEqual({
      kind: "ok",
      marks: { berserk: { watchedAt: ISO, criedAt: ISO } },
      repaired: true,
      migratedFrom: null,
    });
  });

  test("a future time is replaced by now", () => {
    expect(parse(v1({ hal: { watchedAt: "2031-01-01T00:00:00.000Z" } }))).toMatchObject({
      marks: { hal: { watchedAt: NOW_ISO } },
      repaired: true,
    });
  });

  test("times in other offsets are normalized to UTC without counting as a repair", () => {
    expect(parse(v1({ hal: { watchedAt: "2026-05-01T14:00:00+02:00" } }))).toEqual({
      kind: "ok",
      marks: { hal: { watchedAt: ISO } },
      repaired: false,
      migratedFrom: null,
    });
  });

  test("extra fields, at the top or in a mark, are dropped and count as a repair", () => {
    expect(parse(v1({ hal: { watchedAt: ISO } }, { theme: "dark" }))).toMatchObject({ repaired: true });
    expect(parse(v1({ hal: { watchedAt: ISO, note: "x" } }))).toMatchObject({ repaired: true });
  });

  test("slugs that name Object.prototype members are simply unknown", () => {
    const raw = '{"version":1,"marks":{"__proto__":{"watchedAt":"x"},"constructor":{"watchedAt":"x"}}}';
    expect(parse(raw)).toMatchObject({ kind: "ok", marks: {}, repaired: true });
  });
});

describe("parseTrackerBlob: corrupt", () => {
  test.each([
    ["invalid JSON", "{not json"],
    ["a JSON string", '"hello"'],
    ["a number", "42"],
    ["null", "null"],
    ["an array", "[1,2]"],
    ["an object of no known shape", '{"hello":"world"}'],
    ["v1 without marks", '{"version":1}'],
    ["v1 with marks as a list", '{"version":1,"marks":["hal"]}'],
    ["a version that is a string", '{"version":"1","marks":{}}'],
    ["a negative version", '{"version":-1,"marks":{}}'],
    ["a fractional version", '{"version":1.5,"marks":{}}'],
    ["v0 with watched not a list", '{"watched":"hal"}'],
  ])("%s is corrupt, and its raw text is kept", (_label, raw) => {
    expect(parse(raw)).toEqual({ kind: "corrupt", raw });
  });
});

describe("parseTrackerBlob: newer versions", () => {
  test("a newer version is read as far as the current rules go, and flagged", () => {
    const raw = JSON.stringify({
      version: 2,
      marks: { hal: { watchedAt: ISO, criedAt: ISO, rating: 5 }, "new-show": { watchedAt: ISO } },
      moods: ["quiet"],
    });
    expect(parse(raw)).toEqual({
      kind: "newer",
      version: 2,
      marks: { hal: { watchedAt: ISO, criedAt: ISO } },
      raw,
    });
  });

  test("a newer version in a shape we cannot read at all is still newer, with no marks", () => {
    const raw = '{"version":7,"entries":[1,2,3]}';
    expect(parse(raw)).toEqual({ kind: "newer", version: 7, marks: {}, raw });
  });
});

describe("parseTrackerBlob: migrations", () => {
  test("every older version has a migration to the next one", () => {
    for (let version = 0; version < CURRENT_TRACKER_VERSION; version += 1) {
      expect(MIGRATIONS[version], `migration from v${version}`).toBeTypeOf("function");
    }
  });

  test("the v0 fixture migrates to v1 with no mark lost, stamped with its savedAt", () => {
    const savedAt = new Date(v0Fixture.savedAt).toISOString();
    expect(parse(JSON.stringify(v0Fixture))).toEqual({
      kind: "ok",
      marks: { hal: { watchedAt: savedAt }, air: { watchedAt: savedAt, criedAt: savedAt } },
      repaired: false,
      migratedFrom: 0,
    });
  });

  test("v0 cried without watched still marks watched; a bad savedAt becomes the load time", () => {
    for (const savedAt of [undefined, "yesterday", 1e20, -5, 1_700_000_000 /* seconds, not ms */]) {
      const raw = JSON.stringify({ cried: ["hal"], savedAt });
      expect(parse(raw)).toMatchObject({
        kind: "ok",
        marks: { hal: { watchedAt: NOW_ISO, criedAt: NOW_ISO } },
        migratedFrom: 0,
      });
    }
  });

  test("v0 entries that are not known slugs, or not strings, are left out", () => {
    const raw = JSON.stringify({ watched: ["hal", 3, null, "gone-show"], savedAt: Date.parse(ISO) });
    expect(parse(raw)).toEqual({
      kind: "ok",
      marks: { hal: { watchedAt: ISO } },
      repaired: true,
      migratedFrom: 0,
    });
  });

  test("readTrackerValue lists the unknown slugs it skipped", () => {
    const result = readTrackerValue({ version: 1, marks: { "gone-show": { watchedAt: ISO } } }, SLUGS, NOW);
    expect(result).toMatchObject({ kind: "ok", skipped: ["gone-show"] });
  });
});

describe("parseTrackerBlob never throws", () => {
  const looksLikeBlob = fc.oneof(
    fc.record({
      version: fc.anything(),
      marks: fc.dictionary(fc.constantFrom(...SLUGS, "x"), fc.anything()),
    }),
    fc.record({ watched: fc.anything(), cried: fc.anything(), savedAt: fc.anything() }, { requiredKeys: [] }),
    fc.jsonValue(),
    fc.anything(),
  );

  test.each([
    ["any string", fc.string()],
    ["any full-unicode string", fc.string({ unit: "grapheme" })],
    ["any JSON value", fc.jsonValue().map((value) => JSON.stringify(value))],
    ["anything stringified", looksLikeBlob.map((value) => JSON.stringify(value) ?? "undefined")],
  ])("for %s", (_label, arbitrary) => {
    fc.assert(
      fc.property(arbitrary, (raw) => {
        const result = parse(raw);
        expect(["empty", "ok", "corrupt", "newer"]).toContain(result.kind);
        if (result.kind === "ok" || result.kind === "newer") {
          for (const slug of Object.keys(result.marks)) expect(SLUGS).toContain(slug);
        }
      }),
    );
  });

  test("for deeply nested JSON", () => {
    const deep = "[".repeat(100_000) + "]".repeat(100_000);
    expect(parse(deep).kind).toBe("corrupt");
    expect(parse(`{"version":1,"marks":{"hal":${deep}}}`)).toMatchObject({ kind: "ok", marks: {} });
  });
});
