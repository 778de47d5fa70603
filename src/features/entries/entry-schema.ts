import * as z from "zod/mini";
import { CONTENT_NOTE_IDS, FORMAT_IDS, THEME_IDS } from "./vocabulary";

// zod/mini keeps the client bundle small (about 5 kB gzip against 23 kB for full zod);
// every rule carries its own message, because mini ships no English messages.

export const ENTRY_COUNT = 21;
export const FIRST_YEAR = 1950;
export const LAST_YEAR = 2030;

const text = (field: string) => z.string().check(z.trim(), z.minLength(1, `${field} must not be empty`));

const positiveInt = (field: string) =>
  z.number().check(z.int(`${field} must be a whole number`), z.gte(1, `${field} must be at least 1`));

const CatalogueIdsSchema = z.object({
  myAnimeList: positiveInt("ids.myAnimeList"),
  aniList: positiveInt("ids.aniList"),
});

const RelatedSchema = z.object({
  title: text("related.title"),
  year: z.number().check(z.int("related.year must be a whole number")),
  note: text("related.note"),
  ids: z.optional(CatalogueIdsSchema),
});

const ContentNoteSchema = z.object({
  tag: z.enum(CONTENT_NOTE_IDS, "contentNotes.tag must be one of the content-note vocabulary"),
  text: text("contentNotes.text"),
});

const rankSchema = (expectedCount: number) =>
  z
    .number("rank must be a number")
    .check(
      z.int("rank must be a whole number"),
      z.gte(1, `rank must be between 1 and ${expectedCount}`),
      z.lte(expectedCount, `rank must be between 1 and ${expectedCount}`),
    );

export const EntrySchema = z.object({
  rank: rankSchema(ENTRY_COUNT),
  slug: z
    .string("slug must be a string")
    .check(z.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "slug must be lowercase words joined by hyphens")),
  title: z.object({
    english: text("title.english"),
    romaji: text("title.romaji"),
    native: text("title.native"),
  }),
  format: z.enum(FORMAT_IDS, "format must be film, tv or ova"),
  year: z
    .number("year must be a number")
    .check(
      z.int("year must be a whole number"),
      z.gte(FIRST_YEAR, `year must be between ${FIRST_YEAR} and ${LAST_YEAR}`),
      z.lte(LAST_YEAR, `year must be between ${FIRST_YEAR} and ${LAST_YEAR}`),
    ),
  released: text("released"),
  episodes: z.nullable(positiveInt("episodes")),
  runtimeMinutes: positiveInt("runtimeMinutes"),
  lengthNote: text("lengthNote"),
  studios: z.array(text("studios")).check(z.minLength(1, "studios must name at least one studio")),
  director: text("director"),
  creditNote: z.optional(text("creditNote")),
  themes: z
    .array(z.enum(THEME_IDS, "themes must use the theme vocabulary"))
    .check(
      z.minLength(1, "themes must have at least one theme"),
      z.maxLength(4, "themes may have at most four"),
    ),
  contentNotes: z.array(ContentNoteSchema),
  ids: CatalogueIdsSchema,
  related: z.array(RelatedSchema),
  hook: text("hook"),
  whyItHurts: text("whyItHurts"),
  spoiler: z.nullable(text("spoiler")),
});

export type Entry = z.infer<typeof EntrySchema>;

/**
 * A list of exactly `expectedCount` entries ranked 1…expectedCount. The product is always
 * ENTRY_COUNT (21); only the scale benchmark's build asks for 100 or 1,000 (see
 * parse-entries.ts and vite.bench.config.ts).
 */
export function entryListSchema(expectedCount = ENTRY_COUNT) {
  const entrySchema =
    expectedCount === ENTRY_COUNT ? EntrySchema : z.extend(EntrySchema, { rank: rankSchema(expectedCount) });
  return z.array(entrySchema).check(
    z.superRefine((entries, ctx) => {
      const seenRanks = new Map<number, number>();
      const seenSlugs = new Map<string, number>();
      entries.forEach((entry, index) => {
        const rankTwin = seenRanks.get(entry.rank);
        if (rankTwin !== undefined) {
          ctx.addIssue({
            code: "custom",
            path: [index, "rank"],
            message: `rank ${entry.rank} is also used by entry ${rankTwin + 1}`,
            input: entry.rank,
          });
        }
        seenRanks.set(entry.rank, index);
        const slugTwin = seenSlugs.get(entry.slug);
        if (slugTwin !== undefined) {
          ctx.addIssue({
            code: "custom",
            path: [index, "slug"],
            message: `slug "${entry.slug}" is also used by entry ${slugTwin + 1}`,
            input: entry.slug,
          });
        }
        seenSlugs.set(entry.slug, index);
      });
      const missing = Array.from({ length: expectedCount }, (_, i) => i + 1).filter(
        (rank) => !seenRanks.has(rank),
      );
      if (entries.length !== expectedCount || missing.length > 0) {
        ctx.addIssue({
          code: "custom",
          path: [],
          message: `ranks must be exactly 1–${expectedCount}; found ${entries.length} entries${
            missing.length > 0 ? `, missing rank ${missing.join(", ")}` : ""
          }`,
          input: entries,
        });
      }
    }),
  );
}

export const EntryListSchema = entryListSchema();
