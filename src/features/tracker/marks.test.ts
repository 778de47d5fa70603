import fc from "fast-check";
import { describe, expect, test } from "vitest";
import {
  countProgress,
  diffMarks,
  markTime,
  mergeMarks,
  NO_MARKS,
  sameMarks,
  setCried,
  setWatched,
  statusOf,
} from "./marks";
import { marksArbitrary, NOW, SLUGS_IN_RANK_ORDER } from "./testing/tracker-arbitraries";
import type { Marks } from "./tracker-types";

const T1 = new Date("2026-01-01T10:00:00.000Z");
const T2 = new Date("2026-02-01T10:00:00.000Z");
const T3 = new Date("2026-03-01T10:00:00.000Z");

describe("statusOf", () => {
  test("no mark is unwatched, a mark is watched, a criedAt is cried", () => {
    const marks: Marks = { hal: { watchedAt: T1.toISOString() }, air: { watchedAt: "x", criedAt: "y" } };
    expect(statusOf(marks, "hal")).toBe("watched");
    expect(statusOf(marks, "air")).toBe("cried");
    expect(statusOf(marks, "berserk")).toBe("unwatched");
  });

  test("slugs that name Object.prototype members are unwatched, not crashes", () => {
    for (const slug of ["constructor", "toString", "__proto__", "hasOwnProperty"]) {
      expect(statusOf(NO_MARKS, slug)).toBe("unwatched");
    }
  });
});

describe("setWatched", () => {
  test("marks a show watched at now, and keeps an existing mark as it is", () => {
    const once = setWatched(NO_MARKS, "hal", true, T1);
    expect(once).toEqual({ hal: { watchedAt: T1.toISOString() } });
    expect(setWatched(once, "hal", true, T2)).toBe(once);
  });

  test("un-watching removes the whole mark, Cried included", () => {
    const cried = setCried(NO_MARKS, "hal", true, T1);
    expect(setWatched(cried, "hal", false, T2)).toEqual({});
    expect(setWatched(NO_MARKS, "hal", false, T2)).toBe(NO_MARKS);
  });

  test("does not change the marks it was given", () => {
    const before = { air: { watchedAt: T1.toISOString() } };
    setWatched(before, "hal", true, T2);
    setWatched(before, "air", false, T2);
    expect(before).toEqual({ air: { watchedAt: T1.toISOString() } });
  });

  test("a slug named __proto__ becomes an own mark, not a prototype", () => {
    const marks = setWatched(NO_MARKS, "__proto__", true, T1);
    expect(Object.keys(marks)).toEqual(["__proto__"]);
    expect(statusOf(marks, "__proto__")).toBe("watched");
    expect(Object.getPrototypeOf(marks)).toBe(Object.prototype);
  });
});

describe("setCried", () => {
  test("crying also marks watched, at the same time", () => {
    expect(setCried(NO_MARKS, "hal", true, T1)).toEqual({
      hal: { watchedAt: T1.toISOString(), criedAt: T1.toISOString() },
    });
  });

  test("crying keeps an earlier watchedAt, and an existing criedAt", () => {
    const watched = setWatched(NO_MARKS, "hal", true, T1);
    const cried = setCried(watched, "hal", true, T2);
    expect(cried).toEqual({ hal: { watchedAt: T1.toISOString(), criedAt: T2.toISOString() } });
    expect(setCried(cried, "hal", true, T3)).toBe(cried);
  });

  test("un-crying keeps Watched and its time", () => {
    const cried = setCried(setWatched(NO_MARKS, "hal", true, T1), "hal", true, T2);
    expect(setCried(cried, "hal", false, T3)).toEqual({ hal: { watchedAt: T1.toISOString() } });
    expect(setCried(NO_MARKS, "hal", false, T3)).toBe(NO_MARKS);
  });
});

describe("countProgress", () => {
  test("counts watched (cried included) and cried over the given slugs only, each once", () => {
    let marks = setCried(NO_MARKS, "hal", true, T1);
    marks = setWatched(marks, "air", true, T1);
    marks = setWatched(marks, "not-in-the-list", true, T1);
    expect(countProgress(marks, ["hal", "air", "berserk", "hal"])).toEqual({
      watched: 2,
      cried: 1,
      total: 3,
    });
    expect(countProgress(NO_MARKS, SLUGS_IN_RANK_ORDER)).toEqual({ watched: 0, cried: 0, total: 21 });
  });
});

describe("markTime", () => {
  test("is the later of the two times, in ms", () => {
    expect(markTime({ watchedAt: T2.toISOString(), criedAt: T1.toISOString() })).toBe(T2.getTime());
    expect(markTime({ watchedAt: T1.toISOString(), criedAt: T3.toISOString() })).toBe(T3.getTime());
    expect(markTime({ watchedAt: T1.toISOString() })).toBe(T1.getTime());
  });

  test("is -Infinity when neither time is a date, so any real mark beats it", () => {
    expect(markTime({ watchedAt: "soon" })).toBe(Number.NEGATIVE_INFINITY);
  });
});

describe("mergeMarks", () => {
  test("per slug the mark changed last wins; a tie keeps current; one-sided marks stay", () => {
    const current: Marks = {
      hal: { watchedAt: T1.toISOString() },
      air: { watchedAt: T2.toISOString() },
      berserk: { watchedAt: T1.toISOString() },
    };
    const incoming: Marks = {
      hal: { watchedAt: T1.toISOString(), criedAt: T3.toISOString() },
      air: { watchedAt: T1.toISOString(), criedAt: T2.toISOString() },
      basilisk: { watchedAt: T1.toISOString() },
    };
    expect(mergeMarks(current, incoming)).toEqual({
      hal: incoming.hal,
      air: current.air,
      berserk: current.berserk,
      basilisk: incoming.basilisk,
    });
  });

  const marks = marksArbitrary();

  test("merging nothing, or itself, changes nothing (same object)", () => {
    fc.assert(
      fc.property(marks, (a) => {
        expect(mergeMarks(a, {})).toBe(a);
        expect(mergeMarks(a, a)).toBe(a);
      }),
    );
  });

  test("is idempotent: merging the same marks twice equals merging once", () => {
    fc.assert(
      fc.property(marks, marks, (a, b) => {
        const once = mergeMarks(a, b);
        expect(mergeMarks(once, b)).toEqual(once);
      }),
    );
  });

  test("never loses a slug, and never makes a slug's mark older", () => {
    fc.assert(
      fc.property(marks, marks, (a, b) => {
        const merged = mergeMarks(a, b);
        expect(new Set(Object.keys(merged))).toEqual(new Set([...Object.keys(a), ...Object.keys(b)]));
        for (const [slug, mark] of Object.entries(merged)) {
          const before = a[slug];
          if (before) expect(markTime(mark)).toBeGreaterThanOrEqual(markTime(before));
        }
      }),
    );
  });
});

describe("diffMarks", () => {
  test("sorts slugs into added, changed, removed and unchanged", () => {
    const current: Marks = {
      hal: { watchedAt: T1.toISOString() },
      air: { watchedAt: T1.toISOString() },
      berserk: { watchedAt: T1.toISOString() },
    };
    const incoming: Marks = {
      basilisk: { watchedAt: T2.toISOString() },
      hal: { watchedAt: T1.toISOString(), criedAt: T2.toISOString() },
      air: { watchedAt: T1.toISOString() },
    };
    expect(diffMarks(current, incoming)).toEqual({
      added: ["basilisk"],
      changed: ["hal"],
      removed: ["berserk"],
      unchanged: ["air"],
    });
  });

  test("every slug lands in exactly one list", () => {
    fc.assert(
      fc.property(marksArbitrary(), marksArbitrary(), (a, b) => {
        const { added, changed, removed, unchanged } = diffMarks(a, b);
        const all = [...added, ...changed, ...removed, ...unchanged];
        expect(all).toHaveLength(new Set(all).size);
        expect(new Set(all)).toEqual(new Set([...Object.keys(a), ...Object.keys(b)]));
        expect(sameMarks(a, b)).toBe(added.length + changed.length + removed.length === 0);
      }),
    );
  });
});

describe("any sequence of operations", () => {
  const operation = fc.record({
    kind: fc.constantFrom("watch", "cry"),
    slug: fc.constantFrom(...SLUGS_IN_RANK_ORDER.slice(0, 4)),
    on: fc.boolean(),
    at: fc.date({ min: new Date("2020-01-01"), max: NOW, noInvalidDate: true }),
  });

  test("cried always implies watched, and the times are real dates", () => {
    fc.assert(
      fc.property(fc.array(operation, { maxLength: 30 }), (operations) => {
        let marks: Marks = NO_MARKS;
        for (const { kind, slug, on, at } of operations) {
          marks = kind === "watch" ? setWatched(marks, slug, on, at) : setCried(marks, slug, on, at);
          const after = statusOf(marks, slug);
          if (kind === "watch") expect(after === "unwatched").toBe(!on);
          else if (on) expect(after).toBe("cried");
          else expect(after).not.toBe("cried");
        }
        const progress = countProgress(marks, SLUGS_IN_RANK_ORDER);
        expect(progress.cried).toBeLessThanOrEqual(progress.watched);
        for (const mark of Object.values(marks)) {
          expect(Number.isFinite(Date.parse(mark.watchedAt))).toBe(true);
          if (mark.criedAt !== undefined) expect(Number.isFinite(Date.parse(mark.criedAt))).toBe(true);
        }
      }),
    );
  });
});
