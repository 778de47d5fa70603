import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { malExport, noiseIds } from "../testing/mal-fixtures";
import { parseMalExport, parseMalXml } from "./mal-xml";

// DOMParser is the browser's, so these run in the component (jsdom) project; reading the
// bytes of a file (gzip, text, size) is in mal-read.test.tsx.

const fateZero = { id: 10087, status: "Watching" };
const hal = { id: 16528, finish: "2024-05-03" };

test("parsing any text never throws", () => {
  fc.assert(
    fc.property(fc.string(), fc.string(), (before, after) => {
      const result = parseMalXml(`${before}<myanimelist>${after}</myanimelist>`);
      expect(typeof result.ok).toBe("boolean");
    }),
  );
});

describe("a long export: only the shows we look for go to DOMParser", () => {
  const wanted = new Set([16528, 10087]);
  const long = malExport([
    ...noiseIds(900).map((id) => ({ id })),
    hal,
    fateZero,
    { id: 16528, status: "Dropped" },
  ]);

  test("the wanted shows are found among hundreds of others", async () => {
    expect(await parseMalExport(long, wanted)).toEqual({
      ok: true,
      records: [
        { id: 16528, status: "Completed", finishDate: "2024-05-03" },
        { id: 10087, status: "Watching", finishDate: null },
        { id: 16528, status: "Dropped", finishDate: null },
      ],
      unreadable: 0,
    });
  });

  test.each([
    ["cut short", long.slice(0, long.length / 2)],
    ["an <anime> never closed", long.replace("</anime>", "")],
    [
      "a broken block of ours",
      long.replace(
        "<series_animedb_id>16528</series_animedb_id>",
        "<series_animedb_id>16528</series_animedb_id><oops>",
      ),
    ],
  ])("%s is not readable XML", async (_, text) => {
    expect(await parseMalExport(text, wanted)).toEqual({
      ok: false,
      error: expect.stringMatching(/not readable XML/),
    });
  });

  test("a manga export is still refused by its <myinfo>", async () => {
    const manga = malExport([hal, fateZero], { exportType: 2 });
    expect(await parseMalExport(manga, wanted)).toMatchObject({
      ok: false,
      error: expect.stringMatching(/manga/),
    });
  });

  test("property: the search finds what parsing the whole export finds, for the wanted ids", async () => {
    const anime = fc.record({
      id: fc.oneof(fc.constantFrom(16528, 10087, 1, 2), fc.constant("x")),
      status: fc.constantFrom("Completed", "Watching", "Dropped", "bogus"),
      finish: fc.constantFrom("2024-01-02", "0000-00-00", "2023-02-31"),
      noise: fc.boolean(),
    });
    await fc.assert(
      fc.asyncProperty(fc.array(anime, { maxLength: 12 }), async (list) => {
        const text = malExport(list);
        const whole = parseMalXml(text);
        const searched = await parseMalExport(text, wanted);
        if (!whole.ok || !searched.ok) throw new Error("both should read");
        expect(searched.records).toEqual(whole.records.filter((record) => wanted.has(record.id)));
      }),
      { numRuns: 60 },
    );
  });
});
