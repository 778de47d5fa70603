import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { paths } from "../../config/paths";
import type { HitRating, WatchStatus } from "../entries/watch-status";
import { hitOf, statusOf } from "./marks";
import { decodeShareCode, encodeShareCode, parseShareParam } from "./share-code";
import {
  marksArbitrary,
  sharedMarksArbitrary,
  SLUGS_IN_RANK_ORDER,
  statusesArbitrary,
} from "./testing/tracker-arbitraries";
import type { Mark, Marks } from "./tracker-types";

const SLUGS = SLUGS_IN_RANK_ORDER;
const T = "2026-05-01T12:00:00.000Z";

/** Marks that have exactly these statuses, and these ratings. */
function marksWith(
  statuses: Readonly<Record<string, WatchStatus>>,
  hits: Readonly<Record<string, HitRating>> = {},
): Marks {
  const markFor = (slug: string, status: WatchStatus): Mark[] => {
    if (status === "unwatched") return [];
    if (status === "watched") return [{ watchedAt: T }];
    const hit = Object.hasOwn(hits, slug) ? hits[slug] : undefined;
    return [hit === undefined ? { watchedAt: T, criedAt: T } : { watchedAt: T, criedAt: T, hit, ratedAt: T }];
  };
  return Object.fromEntries(
    Object.entries(statuses).flatMap(([slug, status]) => markFor(slug, status).map((mark) => [slug, mark])),
  );
}

const allUnwatched = Object.fromEntries(SLUGS.map((slug) => [slug, "unwatched" as WatchStatus]));

describe("encodeShareCode", () => {
  test("packs two entries per base64url character after a version prefix", () => {
    expect(encodeShareCode({}, SLUGS)).toBe("2.AAAAAAAAAAA");
    const [first = "", second = "", third = ""] = SLUGS;
    // #1 cried (2), #2 watched (1): 2 * 8 + 1 = 17 → "R"; #3 cried alone: 2 * 8 = 16 → "Q".
    const marks = marksWith({ [first]: "cried", [second]: "watched", [third]: "cried" });
    expect(encodeShareCode(marks, SLUGS)).toBe("2.RQAAAAAAAAA");
  });

  test("writes a rated Cried show as its rating + 2 (3–7)", () => {
    const [first = "", second = "", third = ""] = SLUGS;
    // #1 rated 5 (7), #2 rated 1 (3): 7 * 8 + 3 = 59 → "7"; #3 rated 3 (5) alone: 40 → "o".
    const marks = marksWith(
      { [first]: "cried", [second]: "cried", [third]: "cried" },
      { [first]: 5, [second]: 1, [third]: 3 },
    );
    expect(encodeShareCode(marks, SLUGS)).toBe("2.7oAAAAAAAAA");
  });

  test("is at most 16 URL-safe characters for the 21 entries", () => {
    fc.assert(
      fc.property(marksArbitrary(), (marks) => {
        const code = encodeShareCode(marks, SLUGS);
        expect(code.length).toBeLessThanOrEqual(16);
        expect(code).toMatch(/^[A-Za-z0-9._-]+$/);
        expect(encodeURIComponent(code)).toBe(code);
      }),
    );
  });
});

describe("decodeShareCode", () => {
  test("round trip: any statuses come back as they were", () => {
    fc.assert(
      fc.property(statusesArbitrary(), (statuses) => {
        expect(decodeShareCode(encodeShareCode(marksWith(statuses), SLUGS), SLUGS)).toEqual({
          ok: true,
          statuses,
          hits: {},
        });
      }),
    );
  });

  test("round trip: any statuses and ratings come back as they were", () => {
    fc.assert(
      fc.property(sharedMarksArbitrary(), ({ statuses, hits }) => {
        expect(decodeShareCode(encodeShareCode(marksWith(statuses, hits), SLUGS), SLUGS)).toEqual({
          ok: true,
          statuses,
          hits,
        });
      }),
    );
  });

  test("round trip from real marks: each show's status and rating", () => {
    fc.assert(
      fc.property(marksArbitrary(), (marks) => {
        const decoded = decodeShareCode(encodeShareCode(marks, SLUGS), SLUGS);
        expect(decoded).toEqual({
          ok: true,
          statuses: Object.fromEntries(SLUGS.map((slug) => [slug, statusOf(marks, slug)])),
          hits: Object.fromEntries(
            SLUGS.flatMap((slug) => {
              const hit = hitOf(marks, slug);
              return hit === undefined ? [] : [[slug, hit]];
            }),
          ),
        });
      }),
    );
  });

  test("still reads version 1 codes, which hold no ratings", () => {
    const [first = "", second = "", third = ""] = SLUGS;
    expect(decodeShareCode("1.RQAAAAAAAAA", SLUGS)).toEqual({
      ok: true,
      statuses: { ...allUnwatched, [first]: "cried", [second]: "watched", [third]: "cried" },
      hits: {},
    });
  });

  test("round trip holds for lists of any length, odd or even", () => {
    const slugLists = fc.uniqueArray(fc.stringMatching(/^[a-z]{1,6}$/), { maxLength: 40 });
    fc.assert(
      fc.property(
        slugLists.chain((slugs) => fc.tuple(fc.constant(slugs), sharedMarksArbitrary(slugs))),
        ([slugs, { statuses, hits }]) => {
          const code = encodeShareCode(marksWith(statuses, hits), slugs);
          expect(code).toHaveLength(2 + Math.ceil(slugs.length / 2));
          expect(decodeShareCode(code, slugs)).toEqual({ ok: true, statuses, hits });
        },
      ),
    );
  });

  test("ignores spaces around the code", () => {
    expect(decodeShareCode("  1.AAAAAAAAAAA\n", SLUGS)).toEqual({
      ok: true,
      statuses: allUnwatched,
      hits: {},
    });
    expect(decodeShareCode("  2.AAAAAAAAAAA\n", SLUGS)).toEqual({
      ok: true,
      statuses: allUnwatched,
      hits: {},
    });
  });

  test.each([
    ["empty", ""],
    ["no version", "AAAAAAAAAAA"],
    ["a version of 0", "0.AAAAAAAAAAA"],
    ["characters outside base64url", "1.AAAAA+AAAAA"],
    ["padding characters", "1.AAAAAAAAAA="],
    ["a URL instead of a code", "https://example.com/?marks=1.AAAAAAAAAAA"],
    ["something very long", `1.${"A".repeat(5000)}`],
  ])("rejects %s as not a share code", (_label, code) => {
    expect(decodeShareCode(code, SLUGS)).toEqual({
      ok: false,
      error: "This link does not hold a Made Us Cry share code.",
    });
  });

  test("says when the link comes from a newer version", () => {
    expect(decodeShareCode("3.AAAAAAAAAAA", SLUGS)).toEqual({
      ok: false,
      error: expect.stringMatching(/^This share link was made by a newer version of Made Us Cry\./),
    });
  });

  test("says when the code was cut short or has extra characters", () => {
    expect(decodeShareCode("1.AAAAA", SLUGS)).toEqual({
      ok: false,
      error: expect.stringMatching(/too short/),
    });
    expect(decodeShareCode("1.AAAAAAAAAAAA", SLUGS)).toEqual({
      ok: false,
      error: expect.stringMatching(/too long/),
    });
  });

  test("rejects values v1 never writes (3–7), and a non-zero pad after the last entry", () => {
    const damaged = { ok: false, error: expect.stringMatching(/^This share code is damaged/) };
    expect(decodeShareCode("1.gAAAAAAAAAA", SLUGS)).toEqual(damaged); // 32 = 4 << 3
    expect(decodeShareCode("1.DAAAAAAAAAA", SLUGS)).toEqual(damaged); // 3
    expect(decodeShareCode("1.AAAAAAAAAAB", SLUGS)).toEqual(damaged); // pad = 1
  });

  test("version 2 reads every value 0–7, and still rejects a non-zero pad", () => {
    const [first = "", second = ""] = SLUGS;
    expect(decodeShareCode("2.gAAAAAAAAAA", SLUGS)).toEqual({
      ok: true,
      statuses: { ...allUnwatched, [first]: "cried" }, // 32 = 4 << 3: rated 2
      hits: { [first]: 2 },
    });
    expect(decodeShareCode("2.DAAAAAAAAAA", SLUGS)).toMatchObject({
      statuses: { [second]: "cried" },
      hits: { [second]: 1 },
    });
    expect(decodeShareCode("2.AAAAAAAAAAB", SLUGS)).toEqual({
      ok: false,
      error: "This share code is damaged: it holds a value no version 2 link can hold.",
    });
  });

  test("never throws, whatever it is given", () => {
    const codeLike = fc
      .tuple(
        fc.constantFrom("", "1.", "2.", "3.", "01.", "1"),
        fc.string({ unit: fc.constantFrom(..."AQRgB-_=+. ") }),
      )
      .map(([prefix, body]) => prefix + body);
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string({ unit: "binary" }), codeLike), (code) => {
        const result = decodeShareCode(code, SLUGS);
        if (result.ok) {
          expect(Object.keys(result.statuses)).toEqual(SLUGS);
          for (const [slug, hit] of Object.entries(result.hits)) {
            expect(result.statuses[slug]).toBe("cried");
            expect([1, 2, 3, 4, 5]).toContain(hit);
          }
        } else expect(result.error).not.toBe("");
      }),
    );
  });
});

describe("share URL search", () => {
  test("the comparison's link is /compare?marks=<code>, read back from a string or URLSearchParams", () => {
    const code = encodeShareCode({}, SLUGS);
    const href = paths.compare.getHref(code);
    expect(href).toBe(`/compare?marks=${code}`);
    const search = new URL(href, "https://example.org").search;
    expect(parseShareParam(search)).toBe(code);
    expect(parseShareParam(new URLSearchParams(`a=1&marks=${code}`))).toBe(code);
  });

  test("is null when there is no code", () => {
    expect(parseShareParam("")).toBeNull();
    expect(parseShareParam("?marks=")).toBeNull();
    expect(parseShareParam("?marks=%20%20")).toBeNull();
    expect(parseShareParam("?status=cried")).toBeNull();
    // Broken percent-encoding does not throw; the decoder then rejects what it gets.
    expect(decodeShareCode(parseShareParam("?marks=%E0%A4%A") ?? "", SLUGS).ok).toBe(false);
  });

  test("round trip through the URL for any statuses and ratings", () => {
    fc.assert(
      fc.property(sharedMarksArbitrary(), ({ statuses, hits }) => {
        const href = paths.compare.getHref(encodeShareCode(marksWith(statuses, hits), SLUGS));
        const code = parseShareParam(new URL(href, "https://example.org").search);
        expect(code !== null && decodeShareCode(code, SLUGS)).toEqual({ ok: true, statuses, hits });
      }),
    );
  });
});
