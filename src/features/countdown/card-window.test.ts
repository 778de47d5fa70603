import { expect, test } from "vitest";
import { cardsToRender, estimateCardHeight } from "./card-window";

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
