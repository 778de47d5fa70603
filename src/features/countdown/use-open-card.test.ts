import fc from "fast-check";
import { expect, test } from "vitest";
import { cardsAround } from "./use-open-card";

test("an entry page's prerendered list is the open card and its neighbours, within the list", () => {
  expect(cardsAround(21, 7, 2)).toEqual({ start: 5, end: 10 });
  expect(cardsAround(21, 0, 2)).toEqual({ start: 0, end: 3 });
  expect(cardsAround(21, 20, 2)).toEqual({ start: 18, end: 21 });
  expect(cardsAround(21, -1, 2)).toEqual({ start: 0, end: 21 });
  expect(cardsAround(21, 21, 2)).toEqual({ start: 0, end: 21 });
});

test("the window always holds the open card, at most 2n + 1 cards, and never leaves the list", () => {
  fc.assert(
    fc.property(fc.nat(2000), fc.integer({ min: -5, max: 2005 }), fc.nat(10), (count, index, n) => {
      const { start, end } = cardsAround(count, index, n);
      expect(0 <= start && start <= end && end <= count).toBe(true);
      if (index >= 0 && index < count) {
        expect(start <= index && index < end).toBe(true);
        expect(end - start).toBeLessThanOrEqual(2 * n + 1);
        expect(end - start).toBe(Math.min(index, n) + Math.min(count - 1 - index, n) + 1);
      } else expect({ start, end }).toEqual({ start: 0, end: count });
    }),
  );
});
