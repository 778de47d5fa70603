import * as v from "valibot";

/** A JSON object: not null, not an array. */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/**
 * `schema`, for JSON objects only. Valibot's object and record schemas also take an array
 * (as an object of index keys), which no JSON we read means.
 */
export function jsonObject<TSchema extends v.GenericSchema>(schema: TSchema, message?: string) {
  return v.pipe(v.unknown(), v.check(isRecord, message), schema);
}

/** Any JSON object, its values unread. */
export const JsonObjectSchema = jsonObject(v.record(v.string(), v.unknown()));
