import * as v from "valibot";
import { ENTRY_COUNT } from "./entry-count";
import { CONTENT_CATEGORY_IDS, FORMAT_IDS, THEME_IDS } from "./vocabulary";

// Valibot: each rule is its own small function, so the client carries only the ones used
// (about 3 kB gzip for every schema here; zod/mini took about 9). Every rule has its own
// message, written for whoever edits data/entries.json.

export const FIRST_YEAR = 1950;
export const LAST_YEAR = 2030;

const text = (field: string) =>
  v.pipe(v.string(`${field} must be text`), v.trim(), v.minLength(1, `${field} must not be empty`));

const positiveInt = (field: string) =>
  v.pipe(
    v.number(`${field} must be a number`),
    v.integer(`${field} must be a whole number`),
    v.minValue(1, `${field} must be at least 1`),
  );

const CatalogueIdsSchema = v.object({
  myAnimeList: positiveInt("ids.myAnimeList"),
  aniList: positiveInt("ids.aniList"),
});

const RelatedSchema = v.object({
  title: text("related.title"),
  year: v.pipe(v.number("related.year must be a number"), v.integer("related.year must be a whole number")),
  note: text("related.note"),
  ids: v.optional(CatalogueIdsSchema),
});

const categoryList = (field: string) =>
  v.array(v.picklist(CONTENT_CATEGORY_IDS, `${field} must use the content-category vocabulary`));

const ContentNoteSchema = v.object({
  category: v.picklist(CONTENT_CATEGORY_IDS, "contentNotes.category must be one of the content categories"),
  text: text("contentNotes.text"),
});

const rankSchema = (expectedCount: number) =>
  v.pipe(
    v.number("rank must be a number"),
    v.integer("rank must be a whole number"),
    v.minValue(1, `rank must be between 1 and ${expectedCount}`),
    v.maxValue(expectedCount, `rank must be between 1 and ${expectedCount}`),
  );

export const EntrySchema = v.object({
  rank: rankSchema(ENTRY_COUNT),
  slug: v.pipe(
    v.string("slug must be a string"),
    v.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "slug must be lowercase words joined by hyphens"),
  ),
  title: v.object({
    english: text("title.english"),
    romaji: text("title.romaji"),
    native: text("title.native"),
    /** The title in English words, where the English release kept the Japanese one. */
    translation: v.optional(text("title.translation")),
  }),
  format: v.picklist(FORMAT_IDS, "format must be film, tv or ova"),
  year: v.pipe(
    v.number("year must be a number"),
    v.integer("year must be a whole number"),
    v.minValue(FIRST_YEAR, `year must be between ${FIRST_YEAR} and ${LAST_YEAR}`),
    v.maxValue(LAST_YEAR, `year must be between ${FIRST_YEAR} and ${LAST_YEAR}`),
  ),
  released: text("released"),
  episodes: v.nullable(positiveInt("episodes")),
  runtimeMinutes: positiveInt("runtimeMinutes"),
  lengthNote: text("lengthNote"),
  studios: v.pipe(v.array(text("studios")), v.minLength(1, "studios must name at least one studio")),
  director: text("director"),
  creditNote: v.optional(text("creditNote")),
  themes: v.pipe(
    v.array(v.picklist(THEME_IDS, "themes must use the theme vocabulary")),
    v.minLength(1, "themes must have at least one theme"),
    v.maxLength(4, "themes may have at most four"),
  ),
  /** Shown to everyone, and what Avoid matches: warnings that tell no part of the story. */
  contentCategories: categoryList("contentCategories"),
  /** Warnings that would give a turn away: Avoid still matches them, the spoiler names them. */
  spoilerCategories: categoryList("spoilerCategories"),
  /** One sentence per open category, behind "What it deals with"; they name no one the spoiler hides. */
  contentNotes: v.array(ContentNoteSchema),
  /** Words and phrases only the spoiler may contain (src/app/spoiler-guard.test.tsx checks every other text). */
  spoilerGuard: v.array(text("spoilerGuard")),
  ids: CatalogueIdsSchema,
  related: v.array(RelatedSchema),
  hook: text("hook"),
  whyItHurts: text("whyItHurts"),
  spoiler: v.nullable(text("spoiler")),
});

export type Entry = v.InferOutput<typeof EntrySchema>;

export type Problem = { path: readonly (number | string)[]; message: string };

/** Ranks and slugs used twice, and ranks missing from 1…expectedCount. */
export function listProblems(entries: readonly Entry[], expectedCount: number): Problem[] {
  const problems: Problem[] = [];
  const seenRanks = new Map<number, number>();
  const seenSlugs = new Map<string, number>();
  entries.forEach((entry, index) => {
    const rankTwin = seenRanks.get(entry.rank);
    if (rankTwin !== undefined) {
      problems.push({
        path: [index, "rank"],
        message: `rank ${entry.rank} is also used by entry ${rankTwin + 1}`,
      });
    }
    seenRanks.set(entry.rank, index);
    const slugTwin = seenSlugs.get(entry.slug);
    if (slugTwin !== undefined) {
      problems.push({
        path: [index, "slug"],
        message: `slug "${entry.slug}" is also used by entry ${slugTwin + 1}`,
      });
    }
    seenSlugs.set(entry.slug, index);
  });
  const missing = Array.from({ length: expectedCount }, (_, i) => i + 1).filter(
    (rank) => !seenRanks.has(rank),
  );
  if (entries.length !== expectedCount || missing.length > 0) {
    problems.push({
      path: [],
      message: `ranks must be exactly 1–${expectedCount}; found ${entries.length} entries${
        missing.length > 0 ? `, missing rank ${missing.join(", ")}` : ""
      }`,
    });
  }
  return problems;
}

/**
 * A list of entries ranked 1…`expectedCount`, each checked field by field. The product is
 * ENTRY_COUNT (21); the test fixtures that generate 100 or 1,000 entries ask for their
 * count. Duplicates and gaps are `listProblems`' job.
 */
export function entryListSchema(expectedCount = ENTRY_COUNT) {
  const entrySchema =
    expectedCount === ENTRY_COUNT
      ? EntrySchema
      : v.object({ ...EntrySchema.entries, rank: rankSchema(expectedCount) });
  return v.array(entrySchema, "the ranking must be a list of entries");
}

export const EntryListSchema = entryListSchema();
