import fc from "fast-check";
import { expect, test } from "vitest";
import { hardestHit, HIT_RATINGS, type HitRating } from "./watch-status";

// Rank order: a is #1.
const entries = ["a", "b", "c", "d", "e", "f"].map((slug, index) => ({ slug, rank: index + 1 }));
const hitsOf =
  (hits: Readonly<Record<string, HitRating>>) =>
  (slug: string): HitRating | undefined =>
    Object.hasOwn(hits, slug) ? hits[slug] : undefined;

test("the hardest hit is the highest rating; a tie goes to the better-ranked show, in any order", () => {
  const hits = hitsOf({ b: 3, d: 5, e: 3, f: 5 });
  expect(hardestHit(entries, hits)).toEqual({ entry: { slug: "d", rank: 4 }, hit: 5 });
  expect(hardestHit([...entries].reverse(), hits)?.entry.slug).toBe("d");
});

test("there is none when nothing is rated, and entries not given are not counted", () => {
  expect(hardestHit(entries, () => undefined)).toBeNull();
  expect(hardestHit([], hitsOf({ a: 5 }))).toBeNull();
  expect(hardestHit(entries.slice(0, 3), hitsOf({ b: 3, d: 5 }))?.entry.slug).toBe("b");
});

test("property: no entry is rated higher than the hardest, nor rated as high and ranked better", () => {
  const ratings = fc.array(fc.option(fc.constantFrom(...HIT_RATINGS), { nil: undefined }), {
    minLength: entries.length,
    maxLength: entries.length,
  });
  fc.assert(
    fc.property(ratings, (drawn) => {
      const hitOf = (slug: string) => drawn[entries.findIndex((entry) => entry.slug === slug)];
      const hardest = hardestHit(entries, hitOf);
      if (hardest === null) return expect(drawn.every((hit) => hit === undefined)).toBe(true);
      expect(hitOf(hardest.entry.slug)).toBe(hardest.hit);
      for (const entry of entries) {
        const hit = hitOf(entry.slug) ?? 0;
        expect(hit < hardest.hit || (hit === hardest.hit && entry.rank >= hardest.entry.rank)).toBe(true);
      }
    }),
  );
});
