import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { hardestHit, type HitRating } from "../entries/watch-status";
import {
  countProgress,
  diffMarks,
  hitOf,
  markTime,
  mergeAvoid,
  mergeMarks,
  addMissingMarks,
  myOrder,
  NO_AVOID,
  NO_MARKS,
  sameAvoid,
  sameMarks,
  setCried,
  setHit,
  setWatched,
  statusOf,
} from "./marks";
import {
  avoidArbitrary,
  hitArbitrary,
  marksArbitrary,
  NOW,
  SLUGS_IN_RANK_ORDER,
} from "./testing/tracker-arbitraries";
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

describe("setHit", () => {
  const cried = setCried(NO_MARKS, "hal", true, T1);

  test("rates a Cried show and stamps ratedAt; hitOf reads it back", () => {
    const rated = setHit(cried, "hal", 4, T2);
    expect(rated).toEqual({
      hal: { watchedAt: T1.toISOString(), criedAt: T1.toISOString(), hit: 4, ratedAt: T2.toISOString() },
    });
    expect(hitOf(rated, "hal")).toBe(4);
    expect(statusOf(rated, "hal")).toBe("cried");
  });

  test("re-rating changes the rating and its time; the same rating again changes nothing", () => {
    const rated = setHit(cried, "hal", 4, T2);
    expect(setHit(rated, "hal", 2, T3).hal).toMatchObject({ hit: 2, ratedAt: T3.toISOString() });
    expect(setHit(rated, "hal", 4, T3)).toBe(rated);
  });

  test("null clears the rating but keeps when it was cleared, so the clearing wins a merge", () => {
    const rated = setHit(cried, "hal", 4, T2);
    const cleared = setHit(rated, "hal", null, T3);
    expect(cleared).toEqual({
      hal: { watchedAt: T1.toISOString(), criedAt: T1.toISOString(), ratedAt: T3.toISOString() },
    });
    expect(hitOf(cleared, "hal")).toBeUndefined();
    expect(mergeMarks(cleared, rated)).toBe(cleared);
    expect(mergeMarks(rated, cleared)).toEqual(cleared);
    expect(setHit(cried, "hal", null, T3)).toBe(cried);
  });

  test("only Cried shows can be rated: Watched, unmarked and unknown values change nothing", () => {
    const watched = setWatched(NO_MARKS, "hal", true, T1);
    expect(setHit(watched, "hal", 5, T2)).toBe(watched);
    expect(setHit(NO_MARKS, "hal", 5, T2)).toBe(NO_MARKS);
    expect(setHit(NO_MARKS, "constructor", 5, T2)).toBe(NO_MARKS);
    for (const bad of [0, 6, 2.5, Number.NaN]) expect(setHit(cried, "hal", bad as HitRating, T2)).toBe(cried);
  });

  test("un-crying clears the rating and keeps Watched; un-watching clears everything", () => {
    const rated = setHit(cried, "hal", 5, T2);
    expect(setCried(rated, "hal", false, T3)).toEqual({ hal: { watchedAt: T1.toISOString() } });
    expect(setWatched(rated, "hal", false, T3)).toEqual({});
  });

  test("crying again, or watching again, keeps the rating", () => {
    const rated = setHit(cried, "hal", 5, T2);
    expect(setCried(rated, "hal", true, T3)).toBe(rated);
    expect(setWatched(rated, "hal", true, T3)).toBe(rated);
  });
});

describe("myOrder", () => {
  // Rank order: a is #1.
  const slugs = ["a", "b", "c", "d", "e", "f"];
  const rate = (marks: Marks, slug: string, hit: HitRating | null) =>
    setHit(setCried(marks, slug, true, T1), slug, hit, T2);
  let marks: Marks = NO_MARKS;
  marks = rate(marks, "b", 3);
  marks = rate(marks, "c", null); // cried, unrated
  marks = rate(marks, "d", 5);
  marks = rate(marks, "e", 3);
  marks = rate(marks, "f", 5);
  marks = setWatched(marks, "a", true, T1);

  test("myOrder lists Cried shows by rating, unrated after rated, ties in rank order", () => {
    expect(myOrder(marks, slugs)).toEqual(["d", "f", "b", "e", "c"]);
    expect(myOrder(marks, [...slugs, "d"])).toEqual(["d", "f", "b", "e", "c"]);
    expect(myOrder(NO_MARKS, slugs)).toEqual([]);
  });

  test("property: myOrder is a stable sort of the Cried shows, and starts with hardestHit", () => {
    fc.assert(
      fc.property(marksArbitrary(), (any) => {
        const order = myOrder(any, SLUGS_IN_RANK_ORDER);
        const cried = SLUGS_IN_RANK_ORDER.filter((slug) => statusOf(any, slug) === "cried");
        expect([...order].sort()).toEqual([...cried].sort());
        const ranked = SLUGS_IN_RANK_ORDER.map((slug, index) => ({ slug, rank: index + 1 }));
        const hardest = hardestHit(ranked, (slug) => hitOf(any, slug));
        if (hardest !== null) expect(order[0]).toBe(hardest.entry.slug);
        for (let index = 1; index < order.length; index += 1) {
          const [before = "", after = ""] = [order[index - 1], order[index]];
          const [hitBefore, hitAfter] = [hitOf(any, before) ?? 0, hitOf(any, after) ?? 0];
          expect(hitBefore).toBeGreaterThanOrEqual(hitAfter);
          if (hitBefore === hitAfter) {
            expect(SLUGS_IN_RANK_ORDER.indexOf(before)).toBeLessThan(SLUGS_IN_RANK_ORDER.indexOf(after));
          }
        }
      }),
    );
  });
});

describe("avoid lists", () => {
  test("sameAvoid compares item by item", () => {
    expect(sameAvoid(["war", "suicide"], ["war", "suicide"])).toBe(true);
    expect(sameAvoid(["war"], ["war", "suicide"])).toBe(false);
    expect(sameAvoid(NO_AVOID, [])).toBe(true);
  });

  test("mergeAvoid unites, in the vocabulary's order, and keeps current when nothing is new", () => {
    const current = ["war", "suicide"] as const;
    expect(mergeAvoid(current, ["depression", "war"])).toEqual(["war", "suicide", "depression"]);
    expect(mergeAvoid(current, ["suicide"])).toBe(current);
    expect(mergeAvoid(current, [])).toBe(current);
  });

  test("property: mergeAvoid is the union, each note once, and idempotent", () => {
    fc.assert(
      fc.property(avoidArbitrary, avoidArbitrary, (a, b) => {
        const merged = mergeAvoid(a, b);
        expect(new Set(merged)).toEqual(new Set([...a, ...b]));
        expect(merged).toHaveLength(new Set(merged).size);
        expect(mergeAvoid(merged, b)).toBe(merged);
      }),
    );
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

  test("counts ratedAt too: rating a show is a change of its mark", () => {
    const rated = {
      watchedAt: T1.toISOString(),
      criedAt: T1.toISOString(),
      hit: 3,
      ratedAt: T3.toISOString(),
    } as const;
    expect(markTime(rated)).toBe(T3.getTime());
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

  test("a newer rating wins over the same mark unrated, and over an older rating", () => {
    const cried = { watchedAt: T1.toISOString(), criedAt: T1.toISOString() };
    const older: Marks = { hal: { ...cried, hit: 2, ratedAt: T2.toISOString() } };
    const newer: Marks = { hal: { ...cried, hit: 5, ratedAt: T3.toISOString() } };
    expect(mergeMarks({ hal: cried }, older)).toEqual(older);
    expect(mergeMarks(older, newer)).toEqual(newer);
    expect(mergeMarks(newer, older)).toBe(newer);
  });

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

  test("a different rating, or rating time, makes a mark changed", () => {
    const cried = { watchedAt: T1.toISOString(), criedAt: T1.toISOString() };
    const current: Marks = { hal: { ...cried, hit: 2, ratedAt: T2.toISOString() }, air: cried };
    const incoming: Marks = { hal: { ...cried, hit: 3, ratedAt: T2.toISOString() }, air: cried };
    expect(diffMarks(current, incoming)).toMatchObject({ changed: ["hal"], unchanged: ["air"] });
    expect(sameMarks(current, incoming)).toBe(false);
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
    kind: fc.constantFrom("watch", "cry", "rate"),
    slug: fc.constantFrom(...SLUGS_IN_RANK_ORDER.slice(0, 4)),
    on: fc.boolean(),
    hit: fc.option(hitArbitrary),
    at: fc.date({ min: new Date("2020-01-01"), max: NOW, noInvalidDate: true }),
  });

  test("cried always implies watched, ratings only sit on Cried marks, and the times are real dates", () => {
    fc.assert(
      fc.property(fc.array(operation, { maxLength: 30 }), (operations) => {
        let marks: Marks = NO_MARKS;
        for (const { kind, slug, on, hit, at } of operations) {
          const before = statusOf(marks, slug);
          if (kind === "rate") marks = setHit(marks, slug, hit, at);
          else marks = kind === "watch" ? setWatched(marks, slug, on, at) : setCried(marks, slug, on, at);
          const after = statusOf(marks, slug);
          if (kind === "rate") {
            expect(after).toBe(before);
            expect(hitOf(marks, slug)).toBe(before === "cried" ? (hit ?? undefined) : undefined);
          } else if (kind === "watch") expect(after === "unwatched").toBe(!on);
          else if (on) expect(after).toBe("cried");
          else expect(after).not.toBe("cried");
        }
        const progress = countProgress(marks, SLUGS_IN_RANK_ORDER);
        expect(progress.cried).toBeLessThanOrEqual(progress.watched);
        for (const mark of Object.values(marks)) {
          expect(Number.isFinite(Date.parse(mark.watchedAt))).toBe(true);
          if (mark.criedAt !== undefined) expect(Number.isFinite(Date.parse(mark.criedAt))).toBe(true);
          else expect(mark).toEqual({ watchedAt: mark.watchedAt });
          if (mark.hit !== undefined) expect(Number.isFinite(Date.parse(mark.ratedAt ?? ""))).toBe(true);
        }
      }),
    );
  });
});

test("property: addMissingMarks keeps every mark already there and adds only the others", () => {
  const mark = fc.record({ watchedAt: fc.constant("2026-01-01T00:00:00.000Z") });
  const marks = fc.dictionary(fc.constantFrom("hal", "air", "bokurano", "berserk"), mark);
  fc.assert(
    fc.property(marks, marks, (current, incoming) => {
      const added = addMissingMarks(current, incoming);
      for (const [slug, kept] of Object.entries(current)) expect(added[slug]).toBe(kept);
      for (const [slug, theirs] of Object.entries(incoming))
        if (!(slug in current)) expect(added[slug]).toBe(theirs);
      expect(Object.keys(added).sort()).toEqual(
        [...new Set([...Object.keys(current), ...Object.keys(incoming)])].sort(),
      );
    }),
  );
});
