import { SHARE_PARAM } from "../../config/paths";
import type { HitRating, WatchStatus } from "../entries/watch-status";
import { hitOf, statusOf } from "./marks";
import type { Marks } from "./tracker-types";

// "Share my marks" without a server: the statuses travel in the link itself.
//
// Code: "<version>." + base64url characters. Each entry, in rank order, is one 3-bit
// value; a character carries two entries (first in the high bits), and an odd last
// entry is padded with 0. 21 entries → "2." + 11 characters.
// v1 values: 0 not watched, 1 watched, 2 cried; 3–7 are unused.
// v2 values: as v1, plus 3–7 for cried and rated 1–5 (value = rating + 2). Same length.

export const SHARE_CODE_VERSION = 2;

const ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
const CODE_PATTERN = /^([1-9]\d{0,3})\.([A-Za-z0-9_-]*)$/;
const MAX_CODE_LENGTH = 200; // characters; a code for 21 entries has 13
const STATUS_VALUE: Readonly<Record<WatchStatus, number>> = { unwatched: 0, watched: 1, cried: 2 };
const RATED_OFFSET = 2; // value = rating + 2, so 3–7 mean cried and rated 1–5
type Share = { readonly status: WatchStatus; readonly hit?: HitRating };
const SHARE_OF_VALUE: readonly Share[] = [
  { status: "unwatched" },
  { status: "watched" },
  { status: "cried" },
  { status: "cried", hit: 1 },
  { status: "cried", hit: 2 },
  { status: "cried", hit: 3 },
  { status: "cried", hit: 4 },
  { status: "cried", hit: 5 },
];
/** How many values each version gives meaning to; the rest are damage. */
const VALUES_IN_VERSION: Readonly<Record<number, number>> = { 1: 3, 2: 8 };

export type ShareDecodeResult =
  | {
      readonly ok: true;
      readonly statuses: Record<string, WatchStatus>;
      /** Ratings of their rated Cried shows; empty for a version 1 code. */
      readonly hits: Record<string, HitRating>;
    }
  | { readonly ok: false; readonly error: string };

function shareValue(marks: Marks, slug: string): number {
  const hit = hitOf(marks, slug);
  return hit === undefined ? STATUS_VALUE[statusOf(marks, slug)] : hit + RATED_OFFSET;
}

export function encodeShareCode(marks: Marks, slugsInRankOrder: readonly string[]): string {
  const values = slugsInRankOrder.map((slug) => shareValue(marks, slug));
  let body = "";
  for (let index = 0; index < values.length; index += 2) {
    body += ALPHABET[((values[index] ?? 0) << 3) | (values[index + 1] ?? 0)];
  }
  return `${SHARE_CODE_VERSION}.${body}`;
}

const NOT_A_CODE = "This link does not hold a Made Us Cry share code.";

/** Never throws. Reads version 1 and 2 codes. The slugs must be in the order the code was made in. */
export function decodeShareCode(code: string, slugsInRankOrder: readonly string[]): ShareDecodeResult {
  const trimmed = code.trim();
  const match = trimmed.length > MAX_CODE_LENGTH ? null : CODE_PATTERN.exec(trimmed);
  if (!match) return { ok: false, error: NOT_A_CODE };
  const version = Number(match[1]);
  const body = match[2] ?? "";
  if (version > SHARE_CODE_VERSION) {
    return {
      ok: false,
      error:
        "This share link was made by a newer version of Made Us Cry. Reload the page, then open the link again.",
    };
  }
  const known = VALUES_IN_VERSION[version];
  if (known === undefined) return { ok: false, error: NOT_A_CODE };

  const expected = Math.ceil(slugsInRankOrder.length / 2);
  if (body.length !== expected) {
    const how = body.length < expected ? "too short" : "too long";
    return {
      ok: false,
      error: `This share code is ${how}: the link may have been changed or cut off when it was copied.`,
    };
  }
  const values = [...body].flatMap((char) => {
    const packed = ALPHABET.indexOf(char);
    return [packed >> 3, packed & 7];
  });
  const entries = values.slice(0, slugsInRankOrder.length);
  const padding = values.slice(slugsInRankOrder.length);
  if (entries.some((value) => value >= known) || padding.some((value) => value !== 0)) {
    return {
      ok: false,
      error: `This share code is damaged: it holds a value no version ${version} link can hold.`,
    };
  }
  const shares = slugsInRankOrder.map((slug, index) => [slug, SHARE_OF_VALUE[entries[index] ?? 0]] as const);
  return {
    ok: true,
    statuses: Object.fromEntries(shares.map(([slug, share]) => [slug, share?.status ?? "unwatched"])),
    hits: Object.fromEntries(
      shares.flatMap(([slug, share]) => (share?.hit === undefined ? [] : [[slug, share.hit]])),
    ),
  };
}

/** The code in a location's search, or null when there is none. */
export function parseShareParam(search: string | URLSearchParams): string | null {
  const params = typeof search === "string" ? new URLSearchParams(search) : search;
  const code = params.get(SHARE_PARAM)?.trim() ?? "";
  return code === "" ? null : code;
}
