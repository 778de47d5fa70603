import fc from "fast-check";
import { expect, test } from "vitest";
import { seededRandom } from "../../lib/seeded-random";
import type { WatchStatus } from "../entries/watch-status";
import { pickEntry } from "./pick-entry";

const list = ["a", "b", "c", "d", "e"].map((slug) => ({ slug }));
const statuses =
  (watched: string[], cried: string[] = []) =>
  (slug: string): WatchStatus =>
    cried.includes(slug) ? "cried" : watched.includes(slug) ? "watched" : "unwatched";

test("an empty list has nothing to pick", () => {
  expect(pickEntry([], statuses([]))).toEqual({ kind: "empty" });
});

test("it only ever picks an unwatched entry while there is one", () => {
  fc.assert(
    fc.property(fc.subarray(["a", "b", "c", "d"]), fc.integer(), (watched, seed) => {
      const result = pickEntry(list, statuses(watched), seededRandom(seed));
      expect(result.kind).toBe("picked");
      if (result.kind === "picked") expect(watched).not.toContain(result.entry.slug);
    }),
  );
});

test("with one unwatched entry, that is the pick", () => {
  const result = pickEntry(list, statuses(["a", "b", "d"], ["e"]), seededRandom(7));
  expect(result).toEqual({ kind: "picked", entry: { slug: "c" } });
});

test("when everything is watched it says so and still offers one of them", () => {
  const result = pickEntry(list, statuses(["a", "b", "c"], ["d", "e"]), seededRandom(3));
  expect(result.kind).toBe("all-watched");
  if (result.kind === "all-watched") expect(list).toContainEqual(result.entry);
});

test("picks respect whatever list it is given (the filtered result)", () => {
  const filtered = list.filter((entry) => entry.slug !== "a" && entry.slug !== "b");
  for (let seed = 0; seed < 50; seed += 1) {
    const result = pickEntry(filtered, statuses([]), seededRandom(seed));
    if (result.kind !== "picked") throw new Error("expected a pick");
    expect(["c", "d", "e"]).toContain(result.entry.slug);
  }
});

test("a seed repeats its picks, and over many seeds every unwatched entry comes up", () => {
  const pick = (seed: number) => {
    const result = pickEntry(list, statuses([]), seededRandom(seed));
    return result.kind === "picked" ? result.entry.slug : null;
  };
  expect(pick(42)).toBe(pick(42));
  const seen = new Set(Array.from({ length: 200 }, (_, seed) => pick(seed)));
  expect([...seen].sort()).toEqual(["a", "b", "c", "d", "e"]);
});

test("random numbers at the edges stay in range", () => {
  expect(pickEntry(list, statuses([]), () => 0)).toEqual({ kind: "picked", entry: { slug: "a" } });
  expect(pickEntry(list, statuses([]), () => 0.9999999)).toEqual({ kind: "picked", entry: { slug: "e" } });
});
