import fc from "fast-check";
import { expect, test } from "vitest";
import { cardsAround, cardsToRender, estimateCardHeight } from "./card-window";

const range = (startIndex: number, endIndex: number, count = 1000, overscan = 2) => ({
  startIndex,
  endIndex,
  overscan,
  count,
});

test("the cards in view are rendered with the overscan on each side", () => {
  expect(cardsToRender(range(10, 12), -1)).toEqual([8, 9, 10, 11, 12, 13, 14]);
});

test("the overscan stops at both ends of the list", () => {
  expect(cardsToRender(range(0, 1, 4), -1)).toEqual([0, 1, 2, 3]);
  expect(cardsToRender(range(998, 999), -1)).toEqual([996, 997, 998, 999]);
});

test("the focused card and its neighbours stay rendered far from the window, in order", () => {
  expect(cardsToRender(range(500, 501), 3)).toEqual([2, 3, 4, 498, 499, 500, 501, 502, 503]);
  expect(cardsToRender(range(500, 501), 999)).toEqual([498, 499, 500, 501, 502, 503, 998, 999]);
});

test("a focused card inside the window adds nothing twice", () => {
  expect(cardsToRender(range(10, 12), 11)).toEqual([8, 9, 10, 11, 12, 13, 14]);
  expect(cardsToRender(range(10, 12), 15)).toEqual([8, 9, 10, 11, 12, 13, 14, 15, 16]);
});

test("a focus index outside the list is ignored", () => {
  expect(cardsToRender(range(0, 0, 3), 7)).toEqual([0, 1, 2]);
});

test("phones guess taller cards than two-column layouts", () => {
  expect(estimateCardHeight(390)).toBeGreaterThan(estimateCardHeight(1280));
  expect(estimateCardHeight(767)).toBe(estimateCardHeight(390));
  expect(estimateCardHeight(768)).toBe(estimateCardHeight(1280));
});

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
