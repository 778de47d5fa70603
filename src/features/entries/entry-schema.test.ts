import { expect, test } from "vitest";
import rawEntries from "../../../data/entries.json";
import { parseEntriesForAuthoring } from "./entry-authoring";
import { EntryDataError, parseEntries } from "./parse-entries";

const EXPECTED_SLUGS = [
  "millennium-actress",
  "fullmetal-alchemist",
  "voices-of-a-distant-star",
  "5-centimeters-per-second",
  "bokurano",
  "berserk",
  "rurouni-kenshin-trust-betrayal",
  "hal",
  "phantom-requiem-for-the-phantom",
  "hotarubi-no-mori-e",
  "angel-beats",
  "katanagatari",
  "plastic-memories",
  "basilisk",
  "fate-zero",
  "your-lie-in-april",
  "grave-of-the-fireflies",
  "tokyo-magnitude-8-0",
  "clannad-after-story",
  "air",
  "anohana-the-flower-we-saw-that-day",
];

function freshData(): Record<string, unknown>[] {
  return structuredClone(rawEntries) as Record<string, unknown>[];
}

/** The problems as the build reports them to whoever edits the data. */
function problemsOf(input: unknown): readonly string[] {
  try {
    parseEntriesForAuthoring(input);
  } catch (error) {
    if (error instanceof EntryDataError) return error.problems;
    throw error;
  }
  throw new Error("expected the data to be rejected");
}

function entryWithRank(data: Record<string, unknown>[], rank: number): Record<string, unknown> {
  const entry = data.find((item) => item.rank === rank);
  if (!entry) throw new Error(`fixture has no rank ${rank}`);
  return entry;
}

test("the real data has 21 valid entries, counted down from #21 to #1", () => {
  const entries = parseEntries(rawEntries);
  expect(entries).toHaveLength(21);
  expect(entries.map((entry) => entry.rank)).toEqual(Array.from({ length: 21 }, (_, i) => 21 - i));
  expect(entries.map((entry) => entry.slug)).toEqual(EXPECTED_SLUGS);
  expect(new Set(entries.map((entry) => entry.slug)).size).toBe(21);
});

test("the real data keeps the corrected facts", () => {
  const entries = parseEntries(rawEntries);
  const byRank = new Map(entries.map((entry) => [entry.rank, entry]));
  expect(byRank.get(19)?.title.english).toBe("Voices of a Distant Star");
  expect(byRank.get(2)?.year).toBe(2005);
  expect(byRank.get(14)?.spoiler).not.toBeNull();
  expect(JSON.stringify(rawEntries)).not.toMatch(/\d\.\d\/10/);
});

test("a duplicate rank is rejected, naming the entry and the field", () => {
  const data = freshData();
  entryWithRank(data, 20).rank = 21;
  expect(problemsOf(data)).toEqual(
    expect.arrayContaining([
      expect.stringMatching(/entry #21 \(fullmetal-alchemist\), field rank: rank 21 is also used/),
    ]),
  );
});

test("a duplicate slug is rejected, naming the entry and the field", () => {
  const data = freshData();
  entryWithRank(data, 1).slug = "air";
  expect(problemsOf(data)).toEqual(
    expect.arrayContaining([expect.stringMatching(/entry #1 \(air\), field slug: slug "air" is also used/)]),
  );
});

test("ranks that are not exactly 1–21 are rejected", () => {
  const data = freshData().filter((entry) => entry.rank !== 7);
  expect(problemsOf(data)).toEqual(
    expect.arrayContaining([
      expect.stringMatching(/ranks must be exactly 1–21; found 20 entries, missing rank 7/),
    ]),
  );
});

test("a rank outside 1–21 is rejected", () => {
  const data = freshData();
  entryWithRank(data, 3).rank = 22;
  expect(problemsOf(data)).toEqual(
    expect.arrayContaining([
      expect.stringMatching(/entry #22 \(clannad-after-story\), field rank: rank must be between 1 and 21/),
    ]),
  );
});

test("an unknown theme is rejected", () => {
  const data = freshData();
  entryWithRank(data, 5).themes = ["war", "dragons"];
  expect(problemsOf(data)).toEqual([
    expect.stringMatching(
      /entry #5 \(grave-of-the-fireflies\), field themes\.1: themes must use the theme vocabulary/,
    ),
  ]);
});

test("a missing field is rejected", () => {
  const data = freshData();
  delete entryWithRank(data, 9).director;
  expect(problemsOf(data)).toEqual(["entry #9 (plastic-memories), field director: is missing"]);
});

test("a year outside 1950–2030 is rejected", () => {
  const data = freshData();
  entryWithRank(data, 21).year = 1949;
  entryWithRank(data, 1).year = 2031;
  expect(problemsOf(data)).toEqual([
    "entry #21 (millennium-actress), field year: year must be between 1950 and 2030",
    "entry #1 (anohana-the-flower-we-saw-that-day), field year: year must be between 1950 and 2030",
  ]);
});

test("the error message lists every problem", () => {
  const data = freshData();
  entryWithRank(data, 21).year = 1900;
  expect(() => parseEntriesForAuthoring(data)).toThrow(/The ranking data is invalid:\n {2}- entry #21/);
});

test("in the browser, the same problems are named by their path, without the build's wording", () => {
  const data = freshData();
  entryWithRank(data, 21).year = 1900;
  delete entryWithRank(data, 9).director;
  expect(() => parseEntries(data)).toThrow(
    'The ranking data is invalid:\n  - 0.year: year must be between 1950 and 2030\n  - 12.director: Invalid key: Expected "director" but received undefined',
  );
});
