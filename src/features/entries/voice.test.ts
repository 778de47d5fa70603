import { expect, test } from "vitest";
import rawEntries from "../../../data/entries.json";
import { parseEntries } from "./parse-entries";

// Issue 16 found "quiet", "gentle", "softly" and "unhurried" in 13 of the 21 write-ups,
// and "that is exactly why it hurts" doing the work of an ending. Each entry should
// sound like its own show; these keep the habit from creeping back.
const entries = parseEntries(rawEntries);
const prose = (entry: (typeof entries)[number]) =>
  [entry.hook, entry.whyItHurts, entry.spoiler ?? "", ...entry.contentNotes.map((note) => note.text)].join(
    " ",
  );

test("the house's soft words appear in at most two entries", () => {
  const soft = entries.filter((entry) =>
    /\b(quiet|quietly|gentle|gently|softly|unhurried)\b/i.test(prose(entry)),
  );
  expect(soft.map((entry) => entry.slug).length).toBeLessThanOrEqual(2);
});

test("no write-up leans on a stock line", () => {
  for (const entry of entries) {
    expect(prose(entry)).not.toMatch(
      /exactly (why|what make)|stays? with you long after|long after the credits/i,
    );
  }
});
