import { expect, test } from "vitest";
import { rootAttributesFor } from "./root-attributes";

test("a page with the countdown bar keeps room for one row, or two when it is filtered", () => {
  expect(
    rootAttributesFor('<main><section aria-label="Countdown tools" class="countdown-bar"></section></main>'),
  ).toBe(' data-countdown-bar=""');
  expect(
    rootAttributesFor(
      '<section aria-label="Countdown tools" class="countdown-bar" data-filtered="true"></section>',
    ),
  ).toBe(' data-countdown-bar="filtered"');
});

test("a page prerendered with a dialog open stops the page behind it scrolling", () => {
  expect(rootAttributesFor('<dialog class="drawer" open=""><h2>Hal</h2></dialog>')).toBe(
    ' data-dialog-open=""',
  );
  expect(rootAttributesFor('<dialog class="drawer"><p>open</p></dialog>')).toBe("");
});

test("a page with neither (the comparison, a 404) gets no attribute", () => {
  expect(rootAttributesFor('<article class="countdown-card"><p>countdown-bar</p></article>')).toBe("");
});
