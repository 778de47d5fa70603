import * as v from "valibot";
import { jsonObject, JsonObjectSchema } from "../../lib/json-object";
import { NO_AVOID } from "./marks";
import { readAvoidList, readMark } from "./read-mark";
import { MarksRecordSchema, MIGRATIONS, type BlobObject } from "./tracker-migrations";
import type { Mark, Marks, TrackerPreferences } from "./tracker-types";

// The stored tracker blob: one parser, one builder. What is stored is untrusted (other
// versions of the app, other tabs, extensions, people with devtools), so the parser
// validates, migrates old versions up a chain (each version's shape and its step up are
// in tracker-migrations.ts), then repairs, and never throws.

export const CURRENT_TRACKER_VERSION = 2;

export const DEFAULT_PREFERENCES: TrackerPreferences = Object.freeze({ avoid: NO_AVOID });

/** Everything the blob holds. */
export type TrackerData = { readonly marks: Marks; readonly preferences: TrackerPreferences };

export type BlobReadResult =
  | { readonly kind: "empty" }
  | (TrackerData & {
      readonly kind: "ok";
      /** Something was dropped or changed while reading: the stored text says more than we kept. */
      readonly repaired: boolean;
      readonly migratedFrom: number | null;
    })
  | { readonly kind: "corrupt"; readonly raw: string }
  | (TrackerData & { readonly kind: "newer"; readonly version: number; readonly raw: string });

/** Same as BlobReadResult, for an already-parsed value, with the unknown slugs it skipped. */
export type BlobValueResult =
  | (TrackerData & {
      readonly kind: "ok";
      readonly repaired: boolean;
      readonly migratedFrom: number | null;
      readonly skipped: readonly string[];
    })
  | { readonly kind: "corrupt" }
  | (TrackerData & { readonly kind: "newer"; readonly version: number });

const CurrentSchema = v.object({
  version: v.literal(CURRENT_TRACKER_VERSION, `version must be ${CURRENT_TRACKER_VERSION}`),
  marks: MarksRecordSchema,
  preferences: v.optional(v.unknown()),
});

const PreferencesShapeSchema = jsonObject(v.looseObject({ avoid: v.optional(v.unknown()) }));

/** Keeps marks for known slugs with at least one usable date; see readMark for the rules. */
export function repairMarks(
  record: BlobObject,
  knownSlugs: readonly string[],
  now: Date,
): { marks: Marks; repaired: boolean; skipped: string[] } {
  const known = new Set(knownSlugs);
  const kept: [string, Mark][] = [];
  const skipped: string[] = [];
  let repaired = false;
  for (const [slug, value] of Object.entries(record)) {
    if (!known.has(slug)) {
      skipped.push(slug);
      continue;
    }
    const reading = readMark(value, now);
    repaired ||= reading.changed;
    if (reading.mark !== null) kept.push([slug, reading.mark]);
  }
  return { marks: Object.fromEntries(kept), repaired: repaired || skipped.length > 0, skipped };
}

/** Forgiving: anything unusable becomes "avoid nothing", and unknown notes are dropped. */
export function repairPreferences(value: unknown): { preferences: TrackerPreferences; repaired: boolean } {
  const shape = v.safeParse(PreferencesShapeSchema, value);
  if (!shape.success) return { preferences: DEFAULT_PREFERENCES, repaired: true };
  const { avoid: avoidInput, ...extra } = shape.output;
  const avoid = readAvoidList(avoidInput);
  if (avoid === null) return { preferences: DEFAULT_PREFERENCES, repaired: true };
  return {
    preferences: avoid.avoid.length === 0 ? DEFAULT_PREFERENCES : { avoid: avoid.avoid },
    repaired: avoid.changed || Object.keys(extra).length > 0,
  };
}

function versionOf(blob: BlobObject): number | null {
  if (!Object.hasOwn(blob, "version")) return 0;
  const { version } = blob;
  return typeof version === "number" && Number.isSafeInteger(version) && version >= 0 ? version : null;
}

export function readTrackerValue(value: unknown, knownSlugs: readonly string[], now: Date): BlobValueResult {
  const object = v.safeParse(JsonObjectSchema, value);
  if (!object.success) return { kind: "corrupt" };
  const from = versionOf(object.output);
  if (from === null) return { kind: "corrupt" };

  if (from > CURRENT_TRACKER_VERSION) {
    // Best effort: a newer version may still keep marks and preferences where we look for them.
    const marks = v.safeParse(JsonObjectSchema, object.output.marks);
    const readable = marks.success ? repairMarks(marks.output, knownSlugs, now).marks : {};
    const { preferences } = repairPreferences(object.output.preferences);
    return { kind: "newer", version: from, marks: readable, preferences };
  }

  let blob: BlobObject | null = object.output;
  for (let version = from; version < CURRENT_TRACKER_VERSION && blob !== null; version += 1) {
    const migrate = MIGRATIONS[version];
    blob = migrate === undefined ? null : migrate(blob, now);
  }
  const current = v.safeParse(CurrentSchema, blob);
  if (!current.success) return { kind: "corrupt" };
  const { marks, repaired, skipped } = repairMarks(current.output.marks, knownSlugs, now);
  const preferences = repairPreferences(current.output.preferences);
  const extraFields = Object.keys(current.output).length !== Object.keys(blob ?? {}).length;
  const migratedFrom = from === CURRENT_TRACKER_VERSION ? null : from;
  return {
    kind: "ok",
    marks,
    preferences: preferences.preferences,
    repaired: repaired || preferences.repaired || extraFields,
    migratedFrom,
    skipped,
  };
}

/** Never throws. Blank text is treated as nothing stored: there is nothing in it to lose. */
export function parseTrackerBlob(
  raw: string | null,
  knownSlugs: readonly string[],
  now: Date,
): BlobReadResult {
  if (raw === null || raw.trim() === "") return { kind: "empty" };
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    return { kind: "corrupt", raw };
  }
  const result = readTrackerValue(value, knownSlugs, now);
  switch (result.kind) {
    case "corrupt":
      return { kind: "corrupt", raw };
    case "newer":
      return { ...result, raw };
    case "ok": {
      const { marks, preferences, repaired, migratedFrom } = result;
      return { kind: "ok", marks, preferences, repaired, migratedFrom };
    }
  }
}

/** Each mark with its known fields only, in a fixed order, in the marks' own order. */
export function plainMarks(marks: Marks): Record<string, Mark> {
  return Object.fromEntries(
    Object.entries(marks).map(([slug, { watchedAt, criedAt, hit, ratedAt }]) => [
      slug,
      // JSON.stringify leaves out the fields that are undefined.
      { watchedAt, criedAt, hit, ratedAt },
    ]),
  );
}

/** The preferences as they are written: only known fields, a fresh list. */
export function plainPreferences(preferences: TrackerPreferences): TrackerPreferences {
  return { avoid: [...preferences.avoid] };
}

export function serializeTrackerBlob(
  marks: Marks,
  preferences: TrackerPreferences = DEFAULT_PREFERENCES,
): string {
  return JSON.stringify({
    version: CURRENT_TRACKER_VERSION,
    marks: plainMarks(marks),
    preferences: plainPreferences(preferences),
  });
}
