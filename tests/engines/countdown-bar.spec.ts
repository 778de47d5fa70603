import { PHONE } from "./browsers";
import { barText, cardId, cardIds, chip, countdown, FILTER_SHEET, inBar, openDialog } from "./countdown";
import { expect, test } from "./fixtures";
import type { Tab } from "./tab";

// Issue 13: the countdown comes first, and a compact bar follows the reader down the list
// with their place (#21 … #1), their marks and the filters. At phone size (every journey
// runs at 390 × 844, browsers.ts) it sits at the foot of the screen, under the thumb.

/** Where the bar is: its CSS position and the gap between its bottom and the screen's (px). */
const barPlace = (tab: Tab) =>
  tab.evaluate(() => {
    const bar = document.querySelector('section[aria-label="Countdown tools"]');
    if (!bar) return null;
    return {
      position: getComputedStyle(bar).position,
      gapBelow: Math.round(window.innerHeight - bar.getBoundingClientRect().bottom),
    };
  });

/** The place the bar shows: "#14", or "–" when the filters leave no card. */
const reading = async (tab: Tab) => /Now reading (#\d+|–)/.exec(await barText(tab))?.[1];

/** Scrolls the card to the middle of the screen, at once, as a reader stopping there. */
const centre = (tab: Tab, slug: string) =>
  tab.evaluate(
    (id) => document.getElementById(id)?.scrollIntoView({ block: "center", behavior: "instant" }),
    cardId(slug),
  );

test("the countdown bar follows you down the list", async ({ serve, newTab, snap }) => {
  const site = await serve();
  const tab = await newTab(site);
  await tab.open("/");
  expect(await tab.evaluate(() => ({ width: innerWidth, height: innerHeight }))).toEqual(PHONE);

  // The countdown first: the bar at the foot of the screen, #21 within 1.2 screens.
  expect(await barPlace(tab)).toEqual({ position: "fixed", gapBelow: 0 });
  const first = countdown[0];
  if (!first) throw new Error("no entries");
  const firstTop = await tab.evaluate((id) => {
    const card = document.getElementById(id);
    return card ? card.getBoundingClientRect().top + window.scrollY : Infinity;
  }, cardId(first.slug));
  expect(firstTop, "#21's card starts within 1.2 screen heights").toBeLessThanOrEqual(1.2 * PHONE.height);

  // Reading #10: the bar has come along and says so.
  const tenth = countdown.find((entry) => entry.rank === 10);
  if (!tenth) throw new Error("no #10");
  await centre(tab, tenth.slug);
  await expect.poll(() => reading(tab)).toBe("#10");
  expect(await barPlace(tab)).toEqual({ position: "fixed", gapBelow: 0 });
  await snap(tab, "countdown-bar-at-10");

  // Filter, from there: the sheet opens, a chip narrows the list behind it.
  await tab.tap(inBar("Filter"));
  await expect.poll(() => openDialog(tab)).toBe(FILTER_SHEET.name);
  await tab.tap(chip("Theme", "War"));
  await tab.waitFor(() => location.search === "?theme=war");
  const war = countdown.filter((entry) => entry.themes.includes("war"));
  await expect.poll(() => cardIds(tab)).toEqual(war.map((entry) => cardId(entry.slug)));
  await tab.tap({ within: FILTER_SHEET, css: "button", name: `Show ${war.length} shows` });
  await expect.poll(() => openDialog(tab)).toBeNull();

  // The list starts again from its top, and the bar names the filter.
  await tab.waitFor(() => {
    const list = document.getElementById("countdown-title")?.parentElement;
    return list !== null && list !== undefined && Math.abs(list.getBoundingClientRect().top) <= 1;
  });
  await expect.poll(() => barText(tab)).toContain(`Filtered by War · ${war.length} of 21`);
  expect(await barText(tab)).toMatch(/Filter\s*1 active/);
  await expect.poll(() => reading(tab)).toBe(`#${war[0]?.rank}`);
  expect(await barPlace(tab)).toEqual({ position: "fixed", gapBelow: 0 });
  await snap(tab, "countdown-bar-filtered");

  // Clear filters brings the 21 back.
  await tab.tap(inBar("Clear filters"));
  await tab.waitFor(() => location.search === "");
  await expect.poll(() => cardIds(tab)).toEqual(countdown.map((entry) => cardId(entry.slug)));
  expect(await barText(tab)).not.toContain("Filtered by");
  expect(await barPlace(tab)).toEqual({ position: "fixed", gapBelow: 0 });
});
