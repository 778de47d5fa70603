import * as v from "valibot";
import { jsonObject, JsonObjectSchema } from "../../lib/json-object";
import { readAvoidList, readMark, type MarkIssue } from "./read-mark";
import { plainMarks, plainPreferences, readTrackerValue } from "./tracker-blob";
import type { Mark, Marks, TrackerPreferences } from "./tracker-types";

// The portable marks file: one builder, one parser. The format is described in
// docs/tracker-export-format.md. Import is strict where the storage blob is forgiving:
// the person chose this file and can fix or replace it, so a bad mark is named, not
// silently repaired. A tracker blob copied out of storage (v0, v1 or v2) is accepted too.
//
// v1: marks { watchedAt, criedAt? }. v2: marks may carry hit and ratedAt, and the file may
// carry "preferences": { "avoid": [...] }. Both are read; v2 is written.

export const EXPORT_FORMAT = "made-us-cry/marks";
export const EXPORT_VERSION = 2;
/** A full export (21 shows, all cried) is under 3 kB; anything far larger is not one. */
export const MAX_IMPORT_BYTES = 100_000; // bytes, UTF-8

export type ImportResult =
  | {
      readonly ok: true;
      readonly marks: Marks;
      readonly skipped: readonly string[];
      /**
       * Present only when the file carried preferences (a v2 file or blob): Replace makes them
       * the person's, Merge unites the avoid lists. Absent: leave the person's as they are.
       */
      readonly preferences?: TrackerPreferences;
    }
  | { readonly ok: false; readonly error: string };

const NOT_AN_EXPORT = `This file is not a Made Us Cry export: it has no "format": "${EXPORT_FORMAT}".`;

const ExportSchema = jsonObject(
  v.looseObject({
    format: v.optional(v.unknown()),
    version: v.optional(v.unknown()),
    marks: v.optional(v.unknown()),
    preferences: v.optional(v.unknown()),
  }),
);

const PreferencesSchema = jsonObject(v.looseObject({ avoid: v.array(v.string()) }));

/**
 * Without `preferences` the file leaves them out, and importing it leaves the person's
 * preferences alone; pass the snapshot's `{ avoid }` to carry them.
 */
export function buildExportFile(marks: Marks, now: Date, preferences?: TrackerPreferences): string {
  const file = {
    format: EXPORT_FORMAT,
    version: EXPORT_VERSION,
    exportedAt: now.toISOString(),
    marks: plainMarks(marks),
    ...(preferences === undefined ? {} : { preferences: plainPreferences(preferences) }),
  };
  return `${JSON.stringify(file, null, 2)}\n`;
}

/** The person's local calendar date: the day they would say they saved it. */
export function exportFileName(now: Date): string {
  const pad = (value: number) => String(value).padStart(2, "0");
  return `made-us-cry-marks-${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}.json`;
}

const MARK_ISSUE_TEXT: Record<MarkIssue, string> = {
  "not-an-object": 'is not an object like { "watchedAt": "2026-11-25T20:00:00.000Z" }',
  "no-date": "has no watchedAt date",
  "watchedAt-not-a-date": "has a watchedAt that is not a date",
  "criedAt-not-a-date": "has a criedAt that is not a date",
  "hit-not-a-rating": "has a hit rating that is not a whole number from 1 to 5",
  "hit-without-cried": "has a hit rating but no criedAt: only shows that made you cry are rated",
  "ratedAt-not-a-date": "has a ratedAt that is not a date",
};

const BAD_PREFERENCES =
  'The file\'s "preferences" is not like { "avoid": ["war"] }, so it cannot be read safely. Nothing was imported.';

function byteLength(text: string): number {
  // Every UTF-16 unit takes at least one UTF-8 byte: a longer string is too big unread.
  return text.length > MAX_IMPORT_BYTES ? text.length : new TextEncoder().encode(text).length;
}

function newerVersion(version: number): string {
  return `The file's version ${version} is newer than this app understands. Reload the page to get the latest Made Us Cry, then import it again.`;
}

function readExportMarks(value: unknown, knownSlugs: readonly string[], now: Date): ImportResult {
  const record = v.safeParse(JsonObjectSchema, value);
  if (!record.success)
    return { ok: false, error: 'The file has no "marks" object, so there is nothing to import.' };
  const known = new Set(knownSlugs);
  const kept: [string, Mark][] = [];
  const skipped: string[] = [];
  const problems: string[] = [];
  for (const [slug, raw] of Object.entries(record.output)) {
    if (!known.has(slug)) {
      skipped.push(slug);
      continue;
    }
    const { mark, issues } = readMark(raw, now);
    const [issue] = issues;
    if (issue !== undefined) problems.push(`The mark for “${slug}” ${MARK_ISSUE_TEXT[issue]}.`);
    else if (mark !== null) kept.push([slug, mark]);
  }
  const [first] = problems;
  if (first !== undefined) {
    const more = problems.length - 1;
    const rest =
      more === 0 ? "" : ` ${more === 1 ? "One more mark has" : `${more} more marks have`} problems too.`;
    return { ok: false, error: `${first}${rest} Nothing was imported.` };
  }
  return { ok: true, marks: Object.fromEntries(kept), skipped };
}

/** Unknown notes are left out quietly, like unknown slugs: a file from a later vocabulary. */
function readExportPreferences(value: unknown): TrackerPreferences | null {
  const preferences = v.safeParse(PreferencesSchema, value);
  if (!preferences.success) return null;
  return { avoid: readAvoidList(preferences.output.avoid)?.avoid ?? [] };
}

function readBlob(
  value: unknown,
  hasPreferences: boolean,
  knownSlugs: readonly string[],
  now: Date,
): ImportResult {
  const result = readTrackerValue(value, knownSlugs, now);
  if (result.kind === "corrupt") return { ok: false, error: NOT_AN_EXPORT };
  if (result.kind === "newer") return { ok: false, error: newerVersion(result.version) };
  const { marks, skipped, preferences, migratedFrom } = result;
  // Only a blob that stored preferences has any to give; older ones get the default.
  return hasPreferences && migratedFrom === null
    ? { ok: true, marks, skipped, preferences }
    : { ok: true, marks, skipped };
}

/** Never throws. Unknown slugs are skipped and listed; future times become `now`. */
export function parseExportFile(
  text: string,
  knownSlugs: readonly string[],
  now: Date = new Date(),
): ImportResult {
  const bytes = byteLength(text);
  if (bytes > MAX_IMPORT_BYTES) {
    const size = Math.ceil(bytes / 1000);
    return {
      ok: false,
      error: `This file is larger than ${MAX_IMPORT_BYTES / 1000} kB (it is ${size} kB), so it is not a Made Us Cry export.`,
    };
  }
  let value: unknown;
  try {
    // Some editors start UTF-8 files with a byte-order mark, which JSON.parse rejects.
    value = JSON.parse(text.replace(/^\uFEFF/, ""));
  } catch {
    return {
      ok: false,
      error: "This is not JSON, so it is not a Made Us Cry export. Choose the .json file the app saved.",
    };
  }
  const file = v.safeParse(ExportSchema, value);
  if (!file.success) return { ok: false, error: NOT_AN_EXPORT };
  const { format, version, marks, preferences } = file.output;
  const hasPreferences = preferences !== undefined && preferences !== null;
  if (format === undefined) return readBlob(value, hasPreferences, knownSlugs, now);
  if (format !== EXPORT_FORMAT) {
    const what =
      typeof format === "string" ? `its "format" is "${format.slice(0, 60)}"` : `its "format" is not text`;
    return { ok: false, error: `This file is not a Made Us Cry export: ${what}, not "${EXPORT_FORMAT}".` };
  }
  if (typeof version !== "number" || !Number.isSafeInteger(version)) {
    return {
      ok: false,
      error: `The file's "version" is missing or is not a whole number, so it cannot be read safely.`,
    };
  }
  if (version < 1) return { ok: false, error: `The file's version ${version} is not one this app knows.` };
  if (version > EXPORT_VERSION) return { ok: false, error: newerVersion(version) };
  const result = readExportMarks(marks, knownSlugs, now);
  // Version 1 had no preferences: a field of that name there is not ours to read.
  if (!result.ok || version < 2 || !hasPreferences) return result;
  const read = readExportPreferences(preferences);
  return read === null ? { ok: false, error: BAD_PREFERENCES } : { ...result, preferences: read };
}
