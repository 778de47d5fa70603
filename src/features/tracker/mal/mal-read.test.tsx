import { gzipSync } from "node:zlib";
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { malExport, noiseIds } from "../testing/mal-fixtures";
import { MAX_MAL_BYTES, readMalBytes, readMalFile } from "./mal-read";

// DOMParser is the browser's, so these run in the component (jsdom) project; the three
// engines' own parsers are exercised by the import journey in tests/engines.

const bytes = (text: string) => new TextEncoder().encode(text);
const gz = (text: string) => new Uint8Array(gzipSync(text));
const fateZero = { id: 10087, status: "Watching" };
const hal = { id: 16528, finish: "2024-05-03" };

async function read(input: Uint8Array, native?: boolean) {
  return readMalBytes(input, native === undefined ? {} : { native });
}

describe("a MyAnimeList export is read", () => {
  test("plain XML: each anime's id, status and finish date, noise and all", async () => {
    const result = await read(bytes(malExport([hal, fateZero, ...noiseIds(3).map((id) => ({ id }))])));
    expect(result).toEqual({
      ok: true,
      records: [
        { id: 16528, status: "Completed", finishDate: "2024-05-03" },
        { id: 10087, status: "Watching", finishDate: null },
        { id: 900000, status: "Completed", finishDate: null },
        { id: 900001, status: "Completed", finishDate: null },
        { id: 900002, status: "Completed", finishDate: null },
      ],
      unreadable: 0,
    });
  });

  test.each([
    ["the browser's DecompressionStream", true],
    ["fflate, where DecompressionStream is missing", false],
  ])("gzip, as MyAnimeList gives it, through %s", async (_, native) => {
    const result = await read(gz(malExport([hal])), native);
    expect(result).toMatchObject({ ok: true, records: [{ id: 16528, finishDate: "2024-05-03" }] });
  });

  test("statuses in any case; impossible dates and MyAnimeList's 0000-00-00 mean no date", async () => {
    const result = await read(
      bytes(
        malExport([
          { id: 1, status: " plan to watch " },
          { id: 2, status: "ON-HOLD", finish: "2023-02-30" },
          { id: 3, status: "dropped", finish: "0000-00-00" },
        ]),
      ),
    );
    expect(result).toMatchObject({
      ok: true,
      records: [
        { id: 1, status: "Plan to Watch", finishDate: null },
        { id: 2, status: "On-Hold", finishDate: null },
        { id: 3, status: "Dropped", finishDate: null },
      ],
    });
  });

  test("an anime that does not fit is left out and counted, the rest kept", async () => {
    const result = await read(
      bytes(malExport([hal, { id: "abc" }, { id: 5, status: "Rewatching forever" }, { id: -4 }])),
    );
    expect(result).toMatchObject({ ok: true, records: [{ id: 16528 }], unreadable: 3 });
  });
});

describe("a file that is not one gets a clear message", () => {
  test.each([
    ["not text at all", new Uint8Array([0xff, 0xfe, 0x00, 0xd8, 0x80, 0x81]), /neither text nor a gzip file/],
    ["text that is not XML", bytes("Fate/Zero, Hal, Air"), /not readable XML/],
    ["XML cut short", bytes(malExport([hal]).slice(0, 300)), /not readable XML/],
    [
      "XML that is not an export",
      bytes("<?xml version='1.0'?><playlist><song/></playlist>"),
      /not a MyAnimeList export/,
    ],
    ["a manga export", bytes(malExport([hal], { exportType: 2 })), /manga list/],
    [
      "entity tricks",
      bytes(
        `<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;">]><myanimelist>&lol2;</myanimelist>`,
      ),
      /declares its own XML entities/,
    ],
    ["a gzip file cut short", gz(malExport([hal])).slice(0, 60), /damaged or cut short/],
    [
      "a gzip file with a broken middle",
      (() => {
        const broken = gz(malExport([hal]));
        broken.fill(0x41, 20, 60);
        return broken;
      })(),
      /damaged or cut short/,
    ],
  ])("%s", async (_, input, message) => {
    const result = await read(input);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toMatch(message);
  });

  test("a file over 20 MB is refused before it is read", async () => {
    const huge = {
      size: MAX_MAL_BYTES + 1,
      arrayBuffer: () => Promise.reject(new Error("read")),
    } as unknown as Blob;
    expect(await readMalFile(huge)).toEqual({ ok: false, error: expect.stringMatching(/larger than 20 MB/) });
  });

  test("gzip that unzips to more than 20 MB is stopped while unzipping", async () => {
    const bomb = gzipSync(Buffer.alloc(MAX_MAL_BYTES + 10, 0x20));
    const result = await read(new Uint8Array(bomb));
    expect(result).toEqual({ ok: false, error: expect.stringMatching(/Unzipped, it is larger than 20 MB/) });
  });
});

describe("properties", () => {
  test("reading any bytes never throws and always answers", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          fc.uint8Array({ maxLength: 400 }),
          fc.uint8Array({ maxLength: 200 }).map((tail) => new Uint8Array([0x1f, 0x8b, 8, 0, ...tail])),
          fc.string().map(bytes),
          fc.nat({ max: 2000 }).map((cut) => bytes(malExport([hal, fateZero]).slice(0, cut))),
        ),
        async (input) => {
          const result = await read(input);
          expect(typeof result.ok).toBe("boolean");
          if (!result.ok) expect(result.error.length).toBeGreaterThan(10);
        },
      ),
      { numRuns: 300 },
    );
  });
});
