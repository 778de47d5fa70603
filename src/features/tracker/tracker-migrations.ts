import * as v from "valibot";
import { jsonObject } from "../../lib/json-object";
import type { Mark } from "./tracker-types";

// How a stored tracker blob of an older version becomes the current one, a step at a time
// (tracker-blob.ts runs the chain, then validates and repairs the result).
// v0 (before versions): { "watched": [slug], "cried": [slug], "savedAt": epoch ms }
// v1: { "version": 1, "marks": { [slug]: { "watchedAt": ISO, "criedAt"?: ISO } } }
// v2: { "version": 2, "marks": { [slug]: { …v1, "hit"?: 1–5, "ratedAt"?: ISO } },
//       "preferences": { "avoid": [content note] } }

export type BlobObject = Readonly<Record<string, unknown>>;

/** Turns a version-N blob into version N + 1, or returns null when it is not a version-N blob. */
export type Migration = (blob: BlobObject, now: Date) => BlobObject | null;

const V0Schema = v.object({
  watched: v.optional(v.array(v.unknown())),
  cried: v.optional(v.array(v.unknown())),
  savedAt: v.optional(v.unknown()),
});

/** The marks record every version from v1 holds: an object of slug to mark. */
export const MarksRecordSchema = jsonObject(
  v.record(v.string(), v.unknown()),
  "marks must be an object of slug to mark",
);

const V1Schema = v.object({ version: v.literal(1), marks: MarksRecordSchema });

function migrateV0(blob: BlobObject, now: Date): BlobObject | null {
  const parsed = v.safeParse(V0Schema, blob);
  if (!parsed.success) return null;
  const { watched, cried, savedAt } = parsed.output;
  if (watched === undefined && cried === undefined) return null;
  const saved = typeof savedAt === "number" ? new Date(savedAt) : null;
  // An unusable savedAt becomes the load time; readMark also replaces implausible ones.
  const at = saved !== null && Number.isFinite(saved.getTime()) ? saved.toISOString() : now.toISOString();
  const marks = new Map<string, Mark>();
  for (const slug of watched ?? []) if (typeof slug === "string") marks.set(slug, { watchedAt: at });
  for (const slug of cried ?? [])
    if (typeof slug === "string") marks.set(slug, { watchedAt: at, criedAt: at });
  return { version: 1, marks: Object.fromEntries(marks) };
}

/** v1 marks carry over untouched (v1 has no ratings); nobody has chosen anything to avoid yet. */
function migrateV1(blob: BlobObject): BlobObject | null {
  const parsed = v.safeParse(V1Schema, blob);
  if (!parsed.success) return null;
  return { version: 2, marks: parsed.output.marks, preferences: { avoid: [] } };
}

/** One function per version step. Adding v3 means adding `2: migrateV2` and bumping the version. */
export const MIGRATIONS: Readonly<Record<number, Migration>> = { 0: migrateV0, 1: migrateV1 };
