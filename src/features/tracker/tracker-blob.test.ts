import fc from "fast-check";
import { describe, expect, test } from "vitest";
import v0Fixture from "./fixtures/v0-blob.json";
import v1Fixture from "./fixtures/v1-blob.json";
import { CONTENT_CATEGORY_IDS, contentCategoryNamed, RETIRED_CONTENT_NOTES } from "../entries/vocabulary";
import {
  isoTime,
  marksArbitrary,
  NOW,
  preferencesArbitrary,
  SLUGS_IN_RANK_ORDER,
  v1MarksArbitrary,
} from "./testing/tracker-arbitraries";
import {
  CURRENT_TRACKER_VERSION,
  parseTrackerBlob,
  readTrackerValue,
  serializeTrackerBlob,
} from "./tracker-blob";
import { MIGRATIONS } from "./tracker-migrations";

const SLUGS = SLUGS_IN_RANK_ORDER;
const ISO = "2026-05-01T12:00:00.000Z";
const NOW_ISO = NOW.toISOString();
const NO_PREFERENCES = { avoid: [] };
const parse = (raw: string | null) => parseTrackerBlob(raw, SLUGS, NOW);
/** A current (v2) blob. */
const v2 = (marks: unknown, extra: Record<string, unknown> = {}) =>
  JSON.stringify({ version: 2, marks, preferences: NO_PREFERENCES, ...extra });

describe("parseTrackerBlob: clean input", () => {
  test("nothing stored, or blank text, is empty", () => {
    expect(parse(null)).toEqual({ kind: "empty" });
    expect(parse("")).toEqual({ kind: "empty" });
    expect(parse("  \n")).toEqual({ kind: "empty" });
  });

  test("a v2 blob is read as it is", () => {
    const marks = {
      hal: { watchedAt: ISO },
      air: { watchedAt: ISO, criedAt: ISO, hit: 4, ratedAt: ISO },
      berserk: { watchedAt: ISO, criedAt: ISO, ratedAt: ISO },
    };
    const preferences = { avoid: ["war", "suicide"] };
    expect(parse(v2(marks, { preferences }))).toEqual({
      kind: "ok",
      marks,
      preferences,
      repaired: false,
      migratedFrom: null,
    });
  });

  test("round trip: any valid marks and preferences come back equal, unrepaired", () => {
    fc.assert(
      fc.property(marksArbitrary(), preferencesArbitrary, (marks, preferences) => {
        expect(parse(serializeTrackerBlob(marks, preferences))).toEqual({
          kind: "ok",
          marks,
          preferences,
          repaired: false,
          migratedFrom: null,
        });
      }),
    );
  });

  test("the builder writes only version, marks and preferences, and each mark only its own fields", () => {
    const text = serializeTrackerBlob({
      hal: { watchedAt: ISO, extra: 1 } as never,
      air: { watchedAt: ISO, criedAt: ISO, hit: 2, ratedAt: ISO },
    });
    expect(JSON.parse(text)).toEqual({
      version: 2,
      marks: { hal: { watchedAt: ISO }, air: { watchedAt: ISO, criedAt: ISO, hit: 2, ratedAt: ISO } },
      preferences: { avoid: [] },
    });
    expect(JSON.parse(serializeTrackerBlob({}, { avoid: ["war"], mood: "x" } as never))).toEqual({
      version: 2,
      marks: {},
      preferences: { avoid: ["war"] },
    });
  });
});

describe("parseTrackerBlob: repairs", () => {
  test("marks for unknown slugs are dropped", () => {
    expect(parse(v2({ hal: { watchedAt: ISO }, "no-such-show": { watchedAt: ISO } }))).toEqual({
      kind: "ok",
      marks: { hal: { watchedAt: ISO } },
      preferences: NO_PREFERENCES,
      repaired: true,
      migratedFrom: null,
    });
  });

  test("a mark with no usable date is dropped; criedAt alone stands in for watchedAt", () => {
    const result = parse(
      v2({ hal: {}, air: { watchedAt: "?" }, berserk: { criedAt: ISO }, basilisk: "yes" }),
    );
    expect(result).toEqual({
      kind: "ok",
      marks: { berserk: { watchedAt: ISO, criedAt: ISO } },
      preferences: NO_PREFERENCES,
      repaired: true,
      migratedFrom: null,
    });
  });

  test("a future time is replaced by now", () => {
    expect(parse(v2({ hal: { watchedAt: "2031-01-01T00:00:00.000Z" } }))).toMatchObject({
      marks: { hal: { watchedAt: NOW_ISO } },
      repaired: true,
    });
  });

  test("times in other offsets are normalized to UTC without counting as a repair", () => {
    expect(parse(v2({ hal: { watchedAt: "2026-05-01T14:00:00+02:00" } }))).toEqual({
      kind: "ok",
      marks: { hal: { watchedAt: ISO } },
      preferences: NO_PREFERENCES,
      repaired: false,
      migratedFrom: null,
    });
  });

  test("extra fields, at the top or in a mark, are dropped and count as a repair", () => {
    expect(parse(v2({ hal: { watchedAt: ISO } }, { theme: "dark" }))).toMatchObject({ repaired: true });
    expect(parse(v2({ hal: { watchedAt: ISO, note: "x" } }))).toMatchObject({ repaired: true });
    expect(parse(v2({}, { preferences: { avoid: [], mood: "x" } }))).toMatchObject({ repaired: true });
  });

  test("slugs that name Object.prototype members are simply unknown", () => {
    const raw = '{"version":2,"marks":{"__proto__":{"watchedAt":"x"},"constructor":{"watchedAt":"x"}}}';
    expect(parse(raw)).toMatchObject({ kind: "ok", marks: {}, repaired: true });
  });
});

describe("parseTrackerBlob: repairs of ratings and preferences (v2)", () => {
  const cried = { watchedAt: ISO, criedAt: ISO };

  test.each([
    ["zero", 0],
    ["six", 6],
    ["a fraction", 2.5],
    ["text", "3"],
    ["a list", [3]],
    ["true", true],
  ])("a hit that is %s is dropped, keeping Cried", (_label, hit) => {
    expect(parse(v2({ air: { ...cried, hit, ratedAt: ISO } }))).toMatchObject({
      kind: "ok",
      marks: { air: { ...cried, ratedAt: ISO } },
      repaired: true,
    });
  });

  test("a hit (and ratedAt) on a mark that is not Cried is dropped, keeping Watched", () => {
    expect(parse(v2({ hal: { watchedAt: ISO, hit: 5, ratedAt: ISO } }))).toEqual({
      kind: "ok",
      marks: { hal: { watchedAt: ISO } },
      preferences: NO_PREFERENCES,
      repaired: true,
      migratedFrom: null,
    });
    expect(parse(v2({ hal: { watchedAt: ISO, ratedAt: ISO } }))).toMatchObject({
      marks: { hal: { watchedAt: ISO } },
      repaired: true,
    });
  });

  test("a hit whose criedAt is not a date goes with it", () => {
    expect(parse(v2({ air: { watchedAt: ISO, criedAt: "sad", hit: 3, ratedAt: ISO } }))).toMatchObject({
      marks: { air: { watchedAt: ISO } },
      repaired: true,
    });
  });

  test("a hit without a usable ratedAt is kept, rated when it was cried", () => {
    for (const ratedAt of [undefined, "later"]) {
      expect(parse(v2({ air: { ...cried, hit: 4, ratedAt } }))).toMatchObject({
        marks: { air: { ...cried, hit: 4, ratedAt: ISO } },
        repaired: true,
      });
    }
  });

  test("ratedAt alone on a Cried mark is kept: a rating was cleared then", () => {
    expect(parse(v2({ air: { ...cried, ratedAt: NOW_ISO } }))).toMatchObject({
      marks: { air: { ...cried, ratedAt: NOW_ISO } },
      repaired: false,
    });
  });

  test("unknown, duplicate and non-text avoid tags are dropped; the rest keep the vocabulary's order", () => {
    const preferences = { avoid: ["suicide", "spiders", "war", 7, "war", null] };
    expect(parse(v2({}, { preferences }))).toEqual({
      kind: "ok",
      marks: {},
      preferences: { avoid: ["war", "suicide"] },
      repaired: true,
      migratedFrom: null,
    });
  });

  test("avoid names from before the content categories are read as the wider category that replaced them", () => {
    const preferences = {
      avoid: ["graphic-violence", "parent-death", "suicide", "child-abuse", "terminal-illness"],
    };
    expect(parse(v2({}, { preferences }))).toEqual({
      kind: "ok",
      marks: {},
      preferences: { avoid: ["bereavement", "serious-illness", "violence", "abuse", "suicide"] },
      // Written back with the new names, after the old text is copied to the backup key.
      repaired: true,
      migratedFrom: null,
    });
  });

  test("property: an avoid list with old and new names never loses a choice, and reads clean the second time", () => {
    const names = [...CONTENT_CATEGORY_IDS, ...Object.keys(RETIRED_CONTENT_NOTES)];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...names)), (avoid) => {
        const result = parse(v2({}, { preferences: { avoid } }));
        if (result.kind !== "ok") throw new Error(`read as ${result.kind}`);
        const wanted = new Set(avoid.map((name) => contentCategoryNamed(name)));
        expect(new Set(result.preferences.avoid)).toEqual(wanted);
        const again = parse(v2({}, { preferences: result.preferences }));
        expect(again).toMatchObject({ preferences: result.preferences, repaired: false });
      }),
    );
  });

  test("the order of a clean avoid list alone is not a repair", () => {
    expect(parse(v2({}, { preferences: { avoid: ["suicide", "war"] } }))).toMatchObject({
      preferences: { avoid: ["war", "suicide"] },
      repaired: false,
    });
  });

  test.each([
    ["missing", undefined],
    ["null", null],
    ["a list", ["war"]],
    ["an object without avoid", {}],
    ["an object whose avoid is not a list", { avoid: "war" }],
  ])("preferences that are %s become an empty avoid list, as a repair", (_label, preferences) => {
    expect(parse(v2({ hal: { watchedAt: ISO } }, { preferences }))).toEqual({
      kind: "ok",
      marks: { hal: { watchedAt: ISO } },
      preferences: NO_PREFERENCES,
      repaired: true,
      migratedFrom: null,
    });
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
    ["v2 without marks", '{"version":2,"preferences":{"avoid":[]}}'],
    ["v2 with marks as a list", '{"version":2,"marks":["hal"]}'],
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
      version: 3,
      marks: {
        hal: { watchedAt: ISO, criedAt: ISO, hit: 5, ratedAt: ISO, mood: "quiet" },
        "new-show": { watchedAt: ISO },
      },
      preferences: { avoid: ["war", "spiders"], volume: 3 },
      moods: ["quiet"],
    });
    expect(parse(raw)).toEqual({
      kind: "newer",
      version: 3,
      marks: { hal: { watchedAt: ISO, criedAt: ISO, hit: 5, ratedAt: ISO } },
      preferences: { avoid: ["war"] },
      raw,
    });
  });

  test("a newer version in a shape we cannot read at all is still newer, with no marks", () => {
    const raw = '{"version":7,"entries":[1,2,3]}';
    expect(parse(raw)).toEqual({ kind: "newer", version: 7, marks: {}, preferences: NO_PREFERENCES, raw });
  });
});

describe("parseTrackerBlob: migrations", () => {
  test("every older version has a migration to the next one", () => {
    for (let version = 0; version < CURRENT_TRACKER_VERSION; version += 1) {
      expect(MIGRATIONS[version], `migration from v${version}`).toBeTypeOf("function");
    }
  });

  test("the v0 fixture migrates to v2 with no mark lost, stamped with its savedAt", () => {
    const savedAt = new Date(v0Fixture.savedAt).toISOString();
    expect(parse(JSON.stringify(v0Fixture))).toEqual({
      kind: "ok",
      marks: { hal: { watchedAt: savedAt }, air: { watchedAt: savedAt, criedAt: savedAt } },
      preferences: NO_PREFERENCES,
      repaired: false,
      migratedFrom: 0,
    });
  });

  test("the v1 fixture migrates to v2 with every mark kept as it was, and nothing to avoid", () => {
    expect(parse(JSON.stringify(v1Fixture))).toEqual({
      kind: "ok",
      marks: v1Fixture.marks,
      preferences: NO_PREFERENCES,
      repaired: false,
      migratedFrom: 1,
    });
  });

  test("property: migrating any valid v1 blob keeps every slug, watchedAt and criedAt", () => {
    fc.assert(
      fc.property(v1MarksArbitrary(), (marks) => {
        const result = parse(JSON.stringify({ version: 1, marks }));
        expect(result).toEqual({
          kind: "ok",
          marks,
          preferences: NO_PREFERENCES,
          repaired: false,
          migratedFrom: 1,
        });
      }),
    );
  });

  test("property: the v1 → v2 step itself carries the marks over untouched", () => {
    const migrate = MIGRATIONS[1];
    fc.assert(
      fc.property(v1MarksArbitrary(), (marks) => {
        expect(migrate?.({ version: 1, marks }, NOW)).toEqual({
          version: 2,
          marks,
          preferences: { avoid: [] },
        });
      }),
    );
  });

  test("the v1 → v2 step refuses what is not a v1 blob, so the chain reports it corrupt", () => {
    const migrate = MIGRATIONS[1];
    expect(migrate?.({ version: 1, marks: ["hal"] }, NOW)).toBeNull();
    expect(migrate?.({ version: 2, marks: {} }, NOW)).toBeNull();
  });

  test("a v1 blob with extra fields or broken marks is migrated and repaired by v2's rules", () => {
    const raw = JSON.stringify({
      version: 1,
      marks: { hal: { watchedAt: ISO, note: "x" }, air: { watchedAt: "?" }, "gone-show": { watchedAt: ISO } },
      theme: "dark",
    });
    expect(parse(raw)).toEqual({
      kind: "ok",
      marks: { hal: { watchedAt: ISO } },
      preferences: NO_PREFERENCES,
      repaired: true,
      migratedFrom: 1,
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
      preferences: NO_PREFERENCES,
      repaired: true,
      migratedFrom: 0,
    });
  });

  test("readTrackerValue lists the unknown slugs it skipped", () => {
    const result = readTrackerValue({ version: 2, marks: { "gone-show": { watchedAt: ISO } } }, SLUGS, NOW);
    expect(result).toMatchObject({ kind: "ok", skipped: ["gone-show"] });
  });
});

describe("parseTrackerBlob never throws", () => {
  const isoish = fc.oneof(isoTime(), fc.constant("2099-01-01T00:00:00.000Z"), fc.anything());
  const hitish = fc.oneof(fc.integer({ min: -1, max: 7 }), fc.double(), fc.anything());
  const looksLikeBlob = fc.oneof(
    fc.record({
      version: fc.anything(),
      marks: fc.dictionary(fc.constantFrom(...SLUGS, "x"), fc.anything()),
    }),
    fc.record(
      {
        version: fc.constantFrom(1, 2, 3),
        marks: fc.dictionary(
          fc.constantFrom(...SLUGS, "x"),
          fc.record(
            { watchedAt: isoish, criedAt: isoish, hit: hitish, ratedAt: isoish },
            { requiredKeys: [] },
          ),
        ),
        preferences: fc.oneof(
          fc.record({ avoid: fc.array(fc.oneof(fc.constantFrom(...CONTENT_CATEGORY_IDS), fc.anything())) }),
          fc.anything(),
        ),
      },
      { requiredKeys: ["version"] },
    ),
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
          for (const tag of result.preferences.avoid) expect(CONTENT_CATEGORY_IDS).toContain(tag);
          for (const mark of Object.values(result.marks)) {
            if (mark.hit !== undefined) expect([1, 2, 3, 4, 5]).toContain(mark.hit);
            if (mark.criedAt === undefined) expect(mark).toEqual({ watchedAt: mark.watchedAt });
          }
        }
      }),
    );
  });

  test("for deeply nested JSON", () => {
    const deep = "[".repeat(100_000) + "]".repeat(100_000);
    expect(parse(deep).kind).toBe("corrupt");
    expect(parse(`{"version":1,"marks":{"hal":${deep}}}`)).toMatchObject({ kind: "ok", marks: {} });
    expect(parse(`{"version":2,"marks":{},"preferences":${deep}}`)).toMatchObject({
      kind: "ok",
      preferences: NO_PREFERENCES,
      repaired: true,
    });
  });
});
