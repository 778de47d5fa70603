import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { CONTENT_CATEGORY_IDS } from "../entries/vocabulary";
import { buildExportFile, exportFileName, MAX_IMPORT_BYTES, parseExportFile } from "./export-file";
import v0Fixture from "./fixtures/v0-blob.json";
import v1Fixture from "./fixtures/v1-blob.json";
import {
  marksArbitrary,
  NOW,
  preferencesArbitrary,
  SLUGS_IN_RANK_ORDER,
} from "./testing/tracker-arbitraries";
import { serializeTrackerBlob } from "./tracker-blob";
import type { Marks } from "./tracker-types";

const SLUGS = SLUGS_IN_RANK_ORDER;
const T1 = "2026-05-01T12:00:00.000Z";
const NOW_ISO = NOW.toISOString();
const parse = (text: string) => parseExportFile(text, SLUGS, NOW);
const file = (fields: Record<string, unknown>) =>
  JSON.stringify({ format: "made-us-cry/marks", version: 2, exportedAt: T1, ...fields });
const v1File = (fields: Record<string, unknown>) => file({ version: 1, ...fields });

const errorOf = (text: string): string => {
  const result = parse(text);
  if (result.ok) throw new Error("expected the import to be rejected");
  return result.error;
};

describe("buildExportFile", () => {
  test("writes pretty JSON with the format, version, export time, marks and preferences", () => {
    const marks: Marks = {
      hal: { watchedAt: T1, criedAt: T1, hit: 5, ratedAt: T1 },
      air: { watchedAt: T1 },
    };
    const text = buildExportFile(marks, NOW, { avoid: ["war"] });
    expect(JSON.parse(text)).toEqual({
      format: "made-us-cry/marks",
      version: 2,
      exportedAt: NOW_ISO,
      marks,
      preferences: { avoid: ["war"] },
    });
    expect(text).toContain('\n  "format": "made-us-cry/marks",\n');
    expect(text.endsWith("}\n")).toBe(true);
  });

  test("without preferences, writes none (so importing the file leaves them alone)", () => {
    const text = buildExportFile({ air: { watchedAt: T1 } }, NOW);
    expect(JSON.parse(text)).toEqual({
      format: "made-us-cry/marks",
      version: 2,
      exportedAt: NOW_ISO,
      marks: { air: { watchedAt: T1 } },
    });
    expect(parse(text)).toEqual({ ok: true, marks: { air: { watchedAt: T1 } }, skipped: [] });
  });

  test("round trip: any marks (ratings included) come back equal, nothing skipped", () => {
    fc.assert(
      fc.property(marksArbitrary(), (marks) => {
        expect(parse(buildExportFile(marks, NOW))).toEqual({ ok: true, marks, skipped: [] });
      }),
    );
  });

  test("round trip: any marks and preferences come back equal", () => {
    fc.assert(
      fc.property(marksArbitrary(), preferencesArbitrary, (marks, preferences) => {
        expect(parse(buildExportFile(marks, NOW, preferences))).toEqual({
          ok: true,
          marks,
          skipped: [],
          preferences,
        });
      }),
    );
  });

  test("all 21 marks, cried and rated, with every note avoided, stay far below the import limit", () => {
    const all = Object.fromEntries(
      SLUGS.map((slug) => [slug, { watchedAt: T1, criedAt: T1, hit: 5 as const, ratedAt: T1 }]),
    );
    const avoid = [...CONTENT_CATEGORY_IDS];
    expect(new TextEncoder().encode(buildExportFile(all, NOW, { avoid })).length).toBeLessThan(
      MAX_IMPORT_BYTES / 10,
    );
  });
});

test("exportFileName uses the person's local calendar date", () => {
  expect(exportFileName(new Date(2026, 10, 25, 23, 59))).toBe("made-us-cry-marks-2026-11-25.json");
  expect(exportFileName(new Date(2027, 0, 5, 0, 1))).toBe("made-us-cry-marks-2027-01-05.json");
});

describe("parseExportFile accepts", () => {
  test("an export, skipping and listing slugs this list does not have", () => {
    const text = file({
      marks: { hal: { watchedAt: T1 }, "old-show": { watchedAt: T1 }, "x-y": "anything" },
    });
    expect(parse(text)).toEqual({
      ok: true,
      marks: { hal: { watchedAt: T1 } },
      skipped: ["old-show", "x-y"],
    });
  });

  test("an export with a byte-order mark, other offsets, or a criedAt with no watchedAt", () => {
    const text = `\uFEFF${file({ marks: { hal: { watchedAt: "2026-05-01T14:00:00+02:00" }, air: { criedAt: T1 } } })}`;
    expect(parse(text)).toEqual({
      ok: true,
      marks: { hal: { watchedAt: T1 }, air: { watchedAt: T1, criedAt: T1 } },
      skipped: [],
    });
  });

  test("an export with a time in the future, which becomes now", () => {
    expect(parse(file({ marks: { hal: { watchedAt: "2040-01-01T00:00:00.000Z" } } }))).toEqual({
      ok: true,
      marks: { hal: { watchedAt: NOW_ISO } },
      skipped: [],
    });
  });

  test("an empty export", () => {
    expect(parse(file({ marks: {} }))).toEqual({ ok: true, marks: {}, skipped: [] });
  });

  test("a version 1 export: its marks, no ratings, and no preferences", () => {
    const text = v1File({
      marks: { hal: { watchedAt: T1 }, air: { watchedAt: T1, criedAt: T1 } },
      preferences: { avoid: ["war"] },
    });
    expect(parse(text)).toEqual({
      ok: true,
      marks: { hal: { watchedAt: T1 }, air: { watchedAt: T1, criedAt: T1 } },
      skipped: [],
    });
  });

  test("a version 2 export's ratings, a cleared rating's time, and a rating with no time", () => {
    const text = file({
      marks: {
        hal: { watchedAt: T1, criedAt: T1, hit: 3, ratedAt: NOW_ISO },
        air: { watchedAt: T1, criedAt: T1, ratedAt: NOW_ISO },
        berserk: { watchedAt: T1, criedAt: T1, hit: 1 },
      },
    });
    expect(parse(text)).toEqual({
      ok: true,
      marks: {
        hal: { watchedAt: T1, criedAt: T1, hit: 3, ratedAt: NOW_ISO },
        air: { watchedAt: T1, criedAt: T1, ratedAt: NOW_ISO },
        berserk: { watchedAt: T1, criedAt: T1, hit: 1, ratedAt: T1 },
      },
      skipped: [],
    });
  });

  test("a version 2 export's preferences, leaving out notes this list does not know", () => {
    const text = file({ marks: {}, preferences: { avoid: ["suicide", "spiders", "war", "war"] } });
    expect(parse(text)).toEqual({
      ok: true,
      marks: {},
      skipped: [],
      preferences: { avoid: ["war", "suicide"] },
    });
    expect(parse(file({ marks: {}, preferences: null }))).toEqual({ ok: true, marks: {}, skipped: [] });
  });

  test("a v2 tracker blob copied out of storage, with its preferences, listing unknown slugs", () => {
    const blob = serializeTrackerBlob(
      { hal: { watchedAt: T1, criedAt: T1, hit: 2, ratedAt: T1 }, "old-show": { watchedAt: T1 } },
      { avoid: ["nudity"] },
    );
    expect(parse(blob)).toEqual({
      ok: true,
      marks: { hal: { watchedAt: T1, criedAt: T1, hit: 2, ratedAt: T1 } },
      skipped: ["old-show"],
      preferences: { avoid: ["nudity"] },
    });
  });

  test("a v1 tracker blob, migrated, with no preferences to give", () => {
    expect(parse(JSON.stringify(v1Fixture))).toEqual({ ok: true, marks: v1Fixture.marks, skipped: [] });
  });

  test("a v0 tracker blob, migrated", () => {
    const savedAt = new Date(v0Fixture.savedAt).toISOString();
    expect(parse(JSON.stringify(v0Fixture))).toEqual({
      ok: true,
      marks: { hal: { watchedAt: savedAt }, air: { watchedAt: savedAt, criedAt: savedAt } },
      skipped: [],
    });
  });
});

describe("parseExportFile rejects, saying what is wrong", () => {
  test("a file over 100 kB, measured in UTF-8 bytes", () => {
    const ascii = " ".repeat(MAX_IMPORT_BYTES - 2) + "{}";
    expect(parse(ascii)).toEqual({ ok: false, error: expect.stringContaining("not a Made Us Cry export") });
    expect(errorOf(ascii)).not.toMatch(/larger/);
    // 40,000 three-byte characters: 40,000 UTF-16 units but 120,000 bytes.
    const wide = JSON.stringify({ note: "涙".repeat(40_000) });
    expect(errorOf(wide)).toBe(
      "This file is larger than 100 kB (it is 121 kB), so it is not a Made Us Cry export.",
    );
    expect(errorOf("x".repeat(5_000_000))).toMatch(/^This file is larger than 100 kB \(it is 5000 kB\)/);
  });

  test("text that is not JSON", () => {
    expect(errorOf("hal, air")).toBe(
      "This is not JSON, so it is not a Made Us Cry export. Choose the .json file the app saved.",
    );
    expect(errorOf("")).toMatch(/^This is not JSON/);
  });

  test.each([
    ["a list", "[1, 2]"],
    ["a number", "7"],
    ["an object of another kind", '{"name": "my anime list"}'],
    ["a blob of no known version", '{"version": "one", "marks": {}}'],
  ])("JSON that is %s", (_label, text) => {
    expect(errorOf(text)).toBe(
      'This file is not a Made Us Cry export: it has no "format": "made-us-cry/marks".',
    );
  });

  test("another format", () => {
    expect(errorOf(file({ format: "my-anime-list/export" }))).toBe(
      'This file is not a Made Us Cry export: its "format" is "my-anime-list/export", not "made-us-cry/marks".',
    );
    expect(errorOf(file({ format: 3 }))).toMatch(/its "format" is not text/);
  });

  test("a newer version, of an export or of a blob", () => {
    const newer = /^The file's version 3 is newer than this app understands\. /;
    expect(errorOf(file({ version: 3, marks: {} }))).toMatch(newer);
    expect(errorOf(JSON.stringify({ version: 3, marks: {} }))).toMatch(newer);
  });

  test("a rating that is not 1–5, or on a show that is not Cried, or with a ratedAt that is not a date", () => {
    expect(errorOf(file({ marks: { hal: { watchedAt: T1, criedAt: T1, hit: 6 } } }))).toBe(
      "The mark for “hal” has a hit rating that is not a whole number from 1 to 5. Nothing was imported.",
    );
    expect(errorOf(file({ marks: { hal: { watchedAt: T1, hit: 4 } } }))).toBe(
      "The mark for “hal” has a hit rating but no criedAt: only shows that made you cry are rated. Nothing was imported.",
    );
    expect(errorOf(file({ marks: { hal: { watchedAt: T1, criedAt: T1, hit: 4, ratedAt: "now" } } }))).toBe(
      "The mark for “hal” has a ratedAt that is not a date. Nothing was imported.",
    );
  });

  test("preferences that are not an object with an avoid list of text", () => {
    for (const preferences of [["war"], "war", {}, { avoid: "war" }, { avoid: ["war", 3] }]) {
      expect(errorOf(file({ marks: {}, preferences }))).toMatch(/^The file's "preferences" is not like/);
    }
  });

  test("a missing or odd version", () => {
    expect(errorOf(file({ version: undefined }))).toMatch(/"version" is missing or is not a whole number/);
    expect(errorOf(file({ version: "1" }))).toMatch(/"version" is missing or is not a whole number/);
    expect(errorOf(file({ version: 0 }))).toBe("The file's version 0 is not one this app knows.");
  });

  test("no marks object", () => {
    expect(errorOf(file({ marks: ["hal"] }))).toBe(
      'The file has no "marks" object, so there is nothing to import.',
    );
  });

  test("a mark that is broken, naming the show and the field", () => {
    expect(errorOf(file({ marks: { hal: { watchedAt: "last week" } } }))).toBe(
      "The mark for “hal” has a watchedAt that is not a date. Nothing was imported.",
    );
    expect(errorOf(file({ marks: { hal: { watchedAt: T1, criedAt: true } } }))).toBe(
      "The mark for “hal” has a criedAt that is not a date. Nothing was imported.",
    );
    expect(errorOf(file({ marks: { hal: {} } }))).toBe(
      "The mark for “hal” has no watchedAt date. Nothing was imported.",
    );
    expect(errorOf(file({ marks: { hal: "watched" } }))).toMatch(/^The mark for “hal” is not an object like/);
  });

  test("several broken marks: the first is named, the rest counted", () => {
    const marks = { hal: {}, air: { watchedAt: 1 }, berserk: { watchedAt: 2 } };
    expect(errorOf(file({ marks }))).toBe(
      "The mark for “hal” has no watchedAt date. 2 more marks have problems too. Nothing was imported.",
    );
  });
});

describe("parseExportFile never throws", () => {
  const exportish = fc.record(
    {
      format: fc.oneof(fc.constant("made-us-cry/marks"), fc.anything()),
      version: fc.oneof(fc.integer({ min: -1, max: 3 }), fc.anything()),
      marks: fc.oneof(fc.dictionary(fc.constantFrom(...SLUGS, "x"), fc.anything()), fc.anything()),
      preferences: fc.oneof(
        fc.record({ avoid: fc.array(fc.oneof(fc.constantFrom(...CONTENT_CATEGORY_IDS), fc.string())) }),
        fc.anything(),
      ),
    },
    { requiredKeys: [] },
  );

  test.each([
    ["any string", fc.string()],
    ["any JSON value", fc.jsonValue().map((value) => JSON.stringify(value))],
    ["anything export-shaped", exportish.map((value) => JSON.stringify(value) ?? "")],
  ])("for %s", (_label, arbitrary) => {
    fc.assert(
      fc.property(arbitrary, (text) => {
        const result = parse(text);
        if (result.ok) {
          for (const slug of Object.keys(result.marks)) expect(SLUGS).toContain(slug);
          for (const tag of result.preferences?.avoid ?? []) expect(CONTENT_CATEGORY_IDS).toContain(tag);
        } else expect(result.error.length).toBeGreaterThan(10);
      }),
    );
  });
});
