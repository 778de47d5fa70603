import { expect, test } from "vitest";
import type { HitRating, WatchStatus } from "../entries/watch-status";
import { buildTearCardData } from "./tear-card-data";
import { sampleEntries } from "./testing/sample-entries";

const NOW = new Date(2026, 10, 25, 21, 30);
const lookup =
  <T>(values: Record<string, T>) =>
  (slug: string): T | undefined =>
    Object.hasOwn(values, slug) ? values[slug] : undefined;
const statuses = (values: Record<string, WatchStatus>) => (slug: string) =>
  lookup(values)(slug) ?? "unwatched";
const noHits = () => undefined;

test("counts watched and cried shows, cried counting as watched", () => {
  const data = buildTearCardData(
    sampleEntries(),
    statuses({ "show-1": "cried", "show-2": "watched", "show-9": "cried" }),
    noHits,
    NOW,
  );
  expect(data).toMatchObject({ watched: 3, cried: 2, total: 21, date: NOW });
});

test("the hardest-hitting show is the highest rated", () => {
  const hits = lookup<HitRating>({ "show-3": 4, "show-12": 5, "show-7": 2 });
  const data = buildTearCardData(sampleEntries(), statuses({}), hits, NOW);
  expect(data.hardest).toEqual({ rank: 12, title: "Show 12", hit: 5 });
});

test("a tie in rating goes to the editors' higher place", () => {
  const hits = lookup<HitRating>({ "show-5": 5, "show-1": 5, "show-3": 5, "show-2": 4 });
  const data = buildTearCardData(sampleEntries(), statuses({}), hits, NOW);
  expect(data.hardest).toEqual({ rank: 1, title: "Show 1", hit: 5 });
});

test("with no ratings there is no hardest show", () => {
  const data = buildTearCardData(sampleEntries(), statuses({ "show-1": "cried" }), noHits, NOW);
  expect(data.hardest).toBeNull();
});

test("tiles run in countdown order, #21 first, each with its status and artwork facts", () => {
  const entries = sampleEntries();
  const shuffled = [...entries.slice(10), ...entries.slice(0, 10)];
  const data = buildTearCardData(
    shuffled,
    statuses({ "show-21": "watched", "show-1": "cried" }),
    noHits,
    NOW,
  );
  expect(data.tiles.map((tile) => tile.rank)).toEqual(Array.from({ length: 21 }, (_, i) => 21 - i));
  expect(data.tiles[0]).toEqual({
    slug: "show-21",
    rank: 21,
    themes: entries[20]?.themes,
    title: "Show 21",
    status: "watched",
  });
  expect(data.tiles[1]?.status).toBe("unwatched");
  expect(data.tiles[20]).toMatchObject({ slug: "show-1", status: "cried" });
});

test("an empty tracker gives zero counts and every tile unwatched", () => {
  const data = buildTearCardData(sampleEntries(), statuses({}), noHits, NOW);
  expect(data).toMatchObject({ watched: 0, cried: 0, total: 21, hardest: null });
  expect(data.tiles.every((tile) => tile.status === "unwatched")).toBe(true);
});
