import fc from "fast-check";
import { expect, test } from "vitest";
import { byRankAscending, countdownOrder, rankOrder } from "./rank-order";

// Distinct ranks in any order, as a list of entries may arrive.
const shuffledRanks = fc
  .uniqueArray(fc.integer({ min: 1, max: 1000 }), { maxLength: 30 })
  .map((ranks) => ranks.map((rank) => ({ rank, slug: `show-${rank}` })));

test("property: rankOrder is a permutation sorted #1 first, countdownOrder its reverse", () => {
  fc.assert(
    fc.property(shuffledRanks, (entries) => {
      const byRank = rankOrder(entries);
      expect([...byRank].sort(byRankAscending)).toEqual(byRank);
      expect(new Set(byRank)).toEqual(new Set(entries));
      expect(byRank).toHaveLength(entries.length);
      expect(countdownOrder(entries)).toEqual([...byRank].reverse());
    }),
  );
});

test("the input is left as it was", () => {
  const entries = [{ rank: 3 }, { rank: 1 }, { rank: 2 }];
  expect(rankOrder(entries).map((entry) => entry.rank)).toEqual([1, 2, 3]);
  expect(countdownOrder(entries).map((entry) => entry.rank)).toEqual([3, 2, 1]);
  expect(entries.map((entry) => entry.rank)).toEqual([3, 1, 2]);
});
