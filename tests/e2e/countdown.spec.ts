import { readFileSync } from "node:fs";
import type { Page } from "@playwright/test";
import { expect, scrollThrough, test } from "./fixtures";

// axe scans the whole countdown, at phone and desktop sizes, in countdown-bar.spec.ts.

type RawEntry = { rank: number; slug: string; title: { english: string } };
const entries: RawEntry[] = JSON.parse(
  readFileSync(new URL("../../data/entries.json", import.meta.url), "utf8"),
);
const countdownOrder = [...entries].sort((a, b) => b.rank - a.rank);

test("a visitor sees all 21 entries counted down from #21 to #1", async ({ page }) => {
  await page.goto("/");
  const countdown = page.getByRole("region", { name: /the countdown/i });
  const headings = countdown.getByRole("article").getByRole("heading", { level: 2 });
  await expect(headings).toHaveCount(21);
  await expect(headings).toHaveText(countdownOrder.map((entry) => entry.title.english));
  const ranks = await countdown
    .getByRole("article")
    .evaluateAll((articles) =>
      articles.map((article) => Number(article.querySelector(".tabular-nums")?.textContent)),
    );
  expect(ranks).toEqual(countdownOrder.map((entry) => entry.rank));
  await expect(page).toHaveTitle(/Made Us Cry/);
});

test("nothing scrolls sideways on a 320 px phone", async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 640 });
  await page.goto("/");
  await expect(page.getByRole("article")).toHaveCount(21);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
});

test("with reduced motion every card is fully visible without scrolling", async ({ page }) => {
  await page.emulateMedia({ reducedMotion: "reduce" });
  await page.goto("/");
  const articles = page.getByRole("article");
  await expect(articles).toHaveCount(21);
  const styles = await articles.evaluateAll((nodes) =>
    nodes.map((node) => {
      const style = getComputedStyle(node);
      return { opacity: style.opacity, transform: style.transform };
    }),
  );
  expect(styles).toEqual(Array.from({ length: 21 }, () => ({ opacity: "1", transform: "none" })));
});

test("cards below the fold are revealed as they scroll into view", async ({ page }) => {
  await page.goto("/");
  const last = page.locator("#entry-anohana-the-flower-we-saw-that-day");
  await expect(last).toHaveCSS("opacity", "0");
  await last.scrollIntoViewIfNeeded();
  await expect(last).toHaveCSS("opacity", "1");
});

test("the scroll reveal only fades: a card never moves under a pointer aimed at it", async ({ page }) => {
  await page.goto("/");
  // A card far off screen is not styled until it comes near (content-visibility: auto,
  // decision 014), and its reveal starts then: bring each one on screen first.
  for (const card of await page.locator(".countdown-card").all()) await card.scrollIntoViewIfNeeded();
  const { reveals, moving } = await page.evaluate(() => {
    const keyframes = document
      .getAnimations()
      .filter((animation) => animation.timeline !== null && !(animation.timeline instanceof DocumentTimeline))
      .map((animation) =>
        animation.effect instanceof KeyframeEffect ? animation.effect.getKeyframes() : [],
      );
    const moves = (frame: Keyframe) =>
      ["translate", "transform", "top", "margin"].some((name) => name in frame);
    return { reveals: keyframes.length, moving: keyframes.flat().filter(moves).length };
  });
  expect(reveals, "every card has its scroll reveal").toBe(21);
  expect(moving).toBe(0);
});

test("without JavaScript the scroll reveal still shows each card as it arrives", async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto("/");
  const last = page.locator("#entry-anohana-the-flower-we-saw-that-day");
  await expect(last).toHaveCSS("opacity", "0");
  await last.scrollIntoViewIfNeeded();
  await expect(last).toHaveCSS("opacity", "1");
  await context.close();
});

/** Countdown list items with a fade-and-rise transition running: cards entering. */
const cardsFadingIn = (page: Page) =>
  page.evaluate(() => {
    const entering = new Set<Element>();
    for (const animation of document.getAnimations()) {
      if (!(animation instanceof CSSTransition) || !(animation.effect instanceof KeyframeEffect)) continue;
      const target = animation.effect.target;
      if (target?.matches(".countdown-cards > li")) entering.add(target);
    }
    return entering.size;
  });

/** Opens the countdown bar's filter sheet and returns its Film chip (the list stays behind it). */
async function filmChip(page: Page) {
  await page
    .getByRole("region", { name: "Countdown tools" })
    .getByRole("button", { name: /^Filter/ })
    .click();
  const sheet = page.getByRole("dialog", { name: "Find one for tonight" });
  await expect(sheet).toBeVisible();
  return sheet.getByRole("button", { name: /^Film/ });
}

test("cards that come back after a filter change fade in; the ones already there never do", async ({
  page,
}) => {
  await page.goto("/");
  await expect(page.getByRole("article")).toHaveCount(21);
  expect(await cardsFadingIn(page)).toBe(0);
  const film = await filmChip(page);
  await film.click();
  await expect(page.getByRole("article")).toHaveCount(5);
  expect(await cardsFadingIn(page)).toBe(0);
  // Counted as each transition starts, so a busy machine that lets them finish before the
  // check cannot hide them.
  await page.evaluate(() => {
    const entered = new Set<EventTarget>();
    Object.assign(window, { enteredCards: entered });
    document.addEventListener("transitionrun", (event) => {
      if (event.target instanceof Element && event.target.matches(".countdown-cards > li")) {
        entered.add(event.target);
      }
    });
  });
  await film.click();
  await expect(page.getByRole("article")).toHaveCount(21);
  // The 16 cards that came back fade in; the 5 that stayed do not move.
  await expect
    .poll(() =>
      page.evaluate(() => (window as unknown as { enteredCards: Set<EventTarget> }).enteredCards.size),
    )
    .toBe(16);
});

test("with reduced motion cards come back after a filter change at once", async ({ page }) => {
  await page.emulateMedia({ reducedMotion: "reduce" });
  await page.goto("/");
  const film = await filmChip(page);
  await film.click();
  await expect(page.getByRole("article")).toHaveCount(5);
  await film.click();
  await expect(page.getByRole("article")).toHaveCount(21);
  expect(await cardsFadingIn(page)).toBe(0);
  await expect(page.getByRole("article").last()).toHaveCSS("opacity", "1");
});

test("an unknown path shows a friendly not-found page with a way back", async ({ page }) => {
  await page.goto("/no/such/page");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(/drifted away/i);
  await page.getByRole("link", { name: /back to the countdown/i }).click();
  await expect(page.getByRole("article")).toHaveCount(21);
});

for (const size of [
  { name: "phone", width: 390, height: 844 },
  { name: "desktop", width: 1440, height: 900 },
]) {
  test(`screenshots of the countdown at ${size.name} size`, async ({ page }, testInfo) => {
    await page.setViewportSize({ width: size.width, height: size.height });
    await page.goto("/");
    await expect(page.getByRole("article")).toHaveCount(21);
    await page.screenshot({ path: testInfo.outputPath(`countdown-${size.name}-top.png`) });
    // Mid-list, as a reader sees it: the card at the bottom of the screen still rising in.
    await page
      .locator("article")
      .nth(10)
      .evaluate((card) => window.scrollTo(0, card.getBoundingClientRect().top + window.scrollY - 120));
    await page.waitForTimeout(600);
    await page.screenshot({ path: testInfo.outputPath(`countdown-${size.name}-scrolled.png`) });
    // The whole page at once: a full-page capture does not scroll, so the scroll reveal
    // would leave every card below the first screen transparent; reduced motion shows all.
    await scrollThrough(page);
    await page.emulateMedia({ reducedMotion: "reduce" });
    await page.screenshot({ path: testInfo.outputPath(`countdown-${size.name}-full.png`), fullPage: true });
    await testInfo.attach(`countdown-${size.name}`, {
      path: testInfo.outputPath(`countdown-${size.name}-full.png`),
      contentType: "image/png",
    });
  });
}
