import { expect, test } from "vitest";
import rawEntries from "../../../data/entries.json";
import { parseEntries } from "../entries/parse-entries";
import { entryMatchesQuery, normalizeForSearch } from "./search-text";

const entries = parseEntries(rawEntries);

function ranksFound(query: string): number[] {
  return entries.filter((entry) => entryMatchesQuery(entry, query)).map((entry) => entry.rank);
}

test("normalizing folds case, diacritics, full-width letters and spacing", () => {
  expect(normalizeForSearch("Kōsei")).toBe("kosei");
  expect(normalizeForSearch("ＫＡＴＡＮＡＧＡＴＡＲＩ")).toBe("katanagatari");
  expect(normalizeForSearch("  Rurōni \t Kenshin \n")).toBe("ruroni kenshin");
  expect(normalizeForSearch("Fate/Zero")).toBe("fate zero");
  expect(normalizeForSearch("ﾊﾙ")).toBe("ハル");
});

test("normalizing keeps Japanese voiced kana distinct", () => {
  expect(normalizeForSearch("ぼくらの")).toBe("ぼくらの");
  expect(normalizeForSearch("ぼくらの")).not.toBe(normalizeForSearch("ほくらの"));
  expect(normalizeForSearch("プラスティック")).toBe("プラスティック");
});

test("user can find a show by its romaji title", () => {
  expect(ranksFound("shigatsu")).toEqual([6]);
});

test("user can find a show by its native title", () => {
  expect(ranksFound("あの日")).toEqual([1]);
});

test("user can find a show by its English title, ignoring case and punctuation", () => {
  expect(ranksFound("fate")).toEqual([7]);
  expect(ranksFound("FATE/ZERO")).toEqual([7]);
  expect(ranksFound("KATANAGATARI")).toEqual([10]);
});

test("user can search without typing the long vowels", () => {
  expect(ranksFound("joyu")).toEqual([21]);
  expect(ranksFound("Sennen Joyū")).toEqual([21]);
});

test("user can search with full-width or half-width characters", () => {
  expect(ranksFound("ｈａｌ")).toContain(14);
  expect(ranksFound("ﾊﾙ")).toEqual([14]);
});

test("every word of the query must appear in one title", () => {
  expect(ranksFound("lie april")).toEqual([6]);
  expect(ranksFound("april anohana")).toEqual([]);
});

test("an empty or blank query matches everything", () => {
  expect(ranksFound("")).toHaveLength(21);
  expect(ranksFound("   ")).toHaveLength(21);
});

test("a query that matches no title finds nothing", () => {
  expect(ranksFound("doraemon")).toEqual([]);
});
