import fc from "fast-check";
import { expect, test } from "vitest";
import rawEntries from "../../../../data/entries.json";
import { parseEntries } from "../../entries/parse-entries";
import { malExport } from "../testing/mal-fixtures";
import type { Marks } from "../tracker-types";
import { buildMalExport } from "./mal-export";
import { marksToAdd, planIsEmpty, planMalImport, wantedIds } from "./mal-plan";
import { readMalBytes } from "./mal-read";
import type { MalRecord } from "./mal-xml";

const entries = parseEntries(rawEntries);
const NOW = new Date("2026-06-01T09:30:00.000Z");
const malId = (slug: string) => entries.find((entry) => entry.slug === slug)?.ids.myAnimeList ?? 0;
const record = (
  slug: string,
  status: MalRecord["status"] = "Completed",
  finishDate: string | null = null,
) => ({
  id: malId(slug),
  status,
  finishDate,
});

test("Completed becomes Watched, on its finish day, or now when the file has no real one", () => {
  const plan = planMalImport(
    [
      record("hal", "Completed", "2024-05-03"),
      record("air"),
      record("bokurano", "Completed", "2027-01-01"),
      // Before 2000 the store would replace it with now (readTimestamp), so it is undated here too.
      record("berserk", "Completed", "1998-04-01"),
    ],
    entries,
    {},
    NOW,
  );
  expect(plan.add).toEqual([
    { slug: "bokurano", watchedAt: NOW.toISOString(), dated: false },
    { slug: "berserk", watchedAt: NOW.toISOString(), dated: false },
    { slug: "hal", watchedAt: "2024-05-03T12:00:00.000Z", dated: true },
    { slug: "air", watchedAt: NOW.toISOString(), dated: false },
  ]);
  expect(marksToAdd(plan)).toEqual({
    bokurano: { watchedAt: NOW.toISOString() },
    berserk: { watchedAt: NOW.toISOString() },
    hal: { watchedAt: "2024-05-03T12:00:00.000Z" },
    air: { watchedAt: NOW.toISOString() },
  });
});

test("a show already marked here is named and left alone, Cried and all", () => {
  const marks: Marks = {
    hal: { watchedAt: "2020-01-01T00:00:00.000Z", criedAt: "2020-01-01T00:00:00.000Z" },
  };
  const plan = planMalImport([record("hal", "Completed", "2024-05-03")], entries, marks, NOW);
  expect(plan.add).toEqual([]);
  expect(plan.already).toEqual(["hal"]);
});

test("Watching, On-Hold, Dropped and Plan to Watch make no mark, and are named", () => {
  const plan = planMalImport(
    [
      record("fate-zero", "Watching"),
      record("air", "On-Hold"),
      record("berserk", "Dropped"),
      record("hal", "Plan to Watch"),
    ],
    entries,
    {},
    NOW,
  );
  expect(plan.add).toEqual([]);
  expect(plan.unfinished).toEqual([
    { slug: "berserk", status: "Dropped" },
    { slug: "hal", status: "Plan to Watch" },
    { slug: "fate-zero", status: "Watching" },
    { slug: "air", status: "On-Hold" },
  ]);
});

test("another version is not the entry: Brotherhood (5114) does not mark #20", () => {
  const plan = planMalImport([{ id: 5114, status: "Completed", finishDate: "2019-03-03" }], entries, {}, NOW);
  expect(plan.add).toEqual([]);
  expect(plan.otherVersions).toEqual([
    { slug: "fullmetal-alchemist", title: "Fullmetal Alchemist: Brotherhood", status: "Completed" },
  ]);
  expect(planIsEmpty(plan)).toBe(false);
});

test("an id listed twice counts as Completed if either says so; an export with none of the 21 is empty", () => {
  const twice = planMalImport([record("hal", "Dropped"), record("hal", "Completed")], entries, {}, NOW);
  expect(twice.add.map((item) => item.slug)).toEqual(["hal"]);
  expect(
    planIsEmpty(planMalImport([{ id: 999_999, status: "Completed", finishDate: null }], entries, {}, NOW)),
  ).toBe(true);
});

test("property: export, then import into a fresh browser, gives the same Watched shows on the same days", async () => {
  const slugs = entries.map((entry) => entry.slug);
  const day = fc
    .integer({ min: Date.UTC(2000, 0, 1), max: NOW.getTime() })
    .map((time) => new Date(time).toISOString());
  await fc.assert(
    fc.asyncProperty(
      fc.dictionary(
        fc.constantFrom(...slugs),
        day.map((watchedAt) => ({ watchedAt })),
      ),
      async (marks) => {
        const xml = buildMalExport(marks, entries);
        const reading = await readMalBytes(new TextEncoder().encode(xml), { wanted: wantedIds(entries) });
        if (!reading.ok) throw new Error(reading.error);
        const imported = marksToAdd(planMalImport(reading.records, entries, {}, NOW));
        const days = (of: Marks) =>
          Object.fromEntries(Object.entries(of).map(([slug, mark]) => [slug, mark.watchedAt.slice(0, 10)]));
        expect(days(imported)).toEqual(days(marks));
      },
    ),
    { numRuns: 100 },
  );
});

test("the export is an anime list MyAnimeList reads: its own structure, and titles escaped", async () => {
  const xml = buildMalExport({ "fate-zero": { watchedAt: "2025-11-02T22:00:00.000Z" } }, entries);
  expect(xml).toContain("<user_export_type>1</user_export_type>");
  expect(xml).toContain("<series_animedb_id>10087</series_animedb_id>");
  expect(xml).toContain("<my_status>Completed</my_status>");
  expect(xml).toContain("<my_finish_date>2025-11-02</my_finish_date>");
  expect(xml).toContain("<series_episodes>25</series_episodes>");
  const rurouni = buildMalExport(
    { "rurouni-kenshin-trust-betrayal": { watchedAt: "2025-01-01T00:00:00.000Z" } },
    entries,
  );
  expect(rurouni).toContain("Rurouni Kenshin: Trust &amp; Betrayal");
  expect(await readMalBytes(new TextEncoder().encode(malExport([])))).toEqual({
    ok: true,
    records: [],
    unreadable: 0,
  });
});
