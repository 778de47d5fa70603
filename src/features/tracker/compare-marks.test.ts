import { expect, test } from "vitest";
import { compareRows, gainedMarks, gainsOf, sharedMarks } from "./compare-marks";
import { myOrder } from "./marks";

const T = "2026-05-01T12:00:00.000Z";
const NOW = new Date("2026-06-01T08:00:00.000Z");
const entries = ["a", "b", "c", "d"].map((slug) => ({ slug }));
const mine = { b: { watchedAt: T }, c: { watchedAt: T, criedAt: T } };

test("each show has a row, in the order given, with their status and the visitor's", () => {
  const rows = compareRows(entries, { a: "cried", b: "watched", c: "watched" }, mine);
  expect(rows.map(({ entry, them, me }) => [entry.slug, them, me])).toEqual([
    ["a", "cried", "unwatched"],
    ["b", "watched", "watched"],
    ["c", "watched", "cried"],
    ["d", "unwatched", "unwatched"],
  ]);
});

test("only the shows where they are further along are gained, each as they have it, at now", () => {
  const rows = compareRows(entries, { a: "cried", b: "cried", c: "watched", d: "watched" }, mine);
  const gains = gainsOf(rows);
  expect(gains.map((row) => row.entry.slug)).toEqual(["a", "b", "d"]);
  const at = NOW.toISOString();
  expect(gainedMarks(gains, NOW)).toEqual({
    a: { watchedAt: at, criedAt: at },
    b: { watchedAt: at, criedAt: at },
    d: { watchedAt: at },
  });
});

test("their shared statuses and ratings become marks that order like theirs", () => {
  const marks = sharedMarks({ a: "cried", b: "watched", c: "cried", d: "unwatched" }, { c: 4 });
  expect(Object.keys(marks)).toEqual(["a", "b", "c"]);
  expect(marks.c).toMatchObject({ criedAt: expect.any(String), hit: 4 });
  expect(myOrder(marks, ["a", "b", "c", "d"])).toEqual(["c", "a"]);
});
