import { mkdir } from "node:fs/promises";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Page, TestInfo } from "@playwright/test";
import { bar } from "./page-parts";
import { expect, expectNoAxeViolations, pageWithScriptHeld, test, waitForApp } from "./fixtures";

// Issue 13: the countdown first. A short intro, then the countdown bar (fixed to the foot
// of a phone's screen, stuck to the top from 768 px), then the list (decision 013).

type RawEntry = { rank: number; slug: string; title: { english: string } };
const entries: RawEntry[] = JSON.parse(
  readFileSync(new URL("../../data/entries.json", import.meta.url), "utf8"),
);
const countdownOrder = [...entries].sort((a, b) => b.rank - a.rank);

const PHONE = { name: "phone", width: 390, height: 844 } as const;
const DESKTOP = { name: "desktop", width: 1440, height: 900 } as const;
const SIZES = [PHONE, DESKTOP] as const;

/** "Now reading #14": the rank of the card being read ("Now reading" is for screen readers). */
const nowReading = (page: Page) => bar(page).getByText(/^Now reading \S+$/);
const filterSheet = (page: Page) => page.getByRole("dialog", { name: "Find one for tonight" });
const marksSheet = (page: Page) => page.getByRole("dialog", { name: "Your marks" });

function cardOfRank(page: Page, rank: number) {
  const entry = entries.find((candidate) => candidate.rank === rank);
  if (!entry) throw new Error(`no entry has rank ${rank}`);
  return page.locator(`#entry-${entry.slug}`);
}

/** Brings card #rank to the reading area, as a reader scrolling down the list does. */
async function readCard(page: Page, rank: number): Promise<void> {
  await cardOfRank(page, rank).evaluate((card) => card.scrollIntoView({ block: "center" }));
}

/** Resolves once the page has not scrolled for five frames (a smooth scroll has ended). */
function scrollSettled(page: Page): Promise<void> {
  return page.evaluate(
    () =>
      new Promise<void>((resolve) => {
        let last = Number.NaN;
        let still = 0;
        const tick = () => {
          still = window.scrollY === last ? still + 1 : 0;
          last = window.scrollY;
          if (still >= 5) resolve();
          else requestAnimationFrame(tick);
        };
        requestAnimationFrame(tick);
      }),
  );
}

/** Waits until a sheet has slid in (its panel's transitions have ended). */
async function sheetSettled(sheet: ReturnType<typeof filterSheet>): Promise<void> {
  await expect(sheet).toBeVisible();
  await sheet
    .locator(".sheet-panel")
    .evaluate((panel) => Promise.all(panel.getAnimations().map((animation) => animation.finished)));
}

/**
 * Where the focused element is, against the bar and the screen: whether the bar covers any
 * of it, and whether it is on screen at all.
 */
function focusedAgainstBar(page: Page) {
  return page.evaluate(() => {
    const active = document.activeElement;
    const barBox = document.querySelector(".countdown-bar")?.getBoundingClientRect();
    if (!(active instanceof HTMLElement) || !barBox) return null;
    const box = active.getBoundingClientRect();
    const covered =
      box.left < barBox.right &&
      box.right > barBox.left &&
      box.top < barBox.bottom &&
      box.bottom > barBox.top;
    return {
      what: `${active.tagName.toLowerCase()} "${active.textContent?.trim().slice(0, 40)}" in ${
        active.closest("article")?.id ?? "no card"
      }`,
      inList: active.closest(".countdown-cards") !== null,
      covered,
      onScreen: box.top >= 0 && box.bottom <= window.innerHeight,
      box: [Math.round(box.top), Math.round(box.bottom)],
      bar: [Math.round(barBox.top), Math.round(barBox.bottom)],
    };
  });
}

async function expectFocusClearOfBar(page: Page, step: string): Promise<void> {
  const where = await focusedAgainstBar(page);
  expect(where, step).not.toBeNull();
  expect.soft(where?.covered, `${step}: ${JSON.stringify(where)} is under the bar`).toBe(false);
  expect.soft(where?.onScreen, `${step}: ${JSON.stringify(where)} is on screen`).toBe(true);
}

for (const size of SIZES) {
  test(`#21 starts near the top of the page at ${size.width}×${size.height}`, async ({ page }, testInfo) => {
    await page.setViewportSize({ width: size.width, height: size.height });
    await page.goto("/");
    const first = page.getByRole("article").first();
    await expect(first).toHaveAttribute("id", `entry-${countdownOrder[0]?.slug}`);
    const top = await first.evaluate((card) => card.getBoundingClientRect().top + window.scrollY);
    testInfo.annotations.push({
      type: "#21 starts at",
      description: `${Math.round(top)} px = ${(top / size.height).toFixed(2)} screens at ${size.width}×${size.height}`,
    });
    if (size === DESKTOP) expect(top).toBeLessThan(size.height);
    else expect(top).toBeLessThan(1.2 * size.height);
  });

  test(`a filtered link shows its first result on the first screen and names the filters, at ${size.width} px`, async ({
    page,
  }) => {
    await page.setViewportSize({ width: size.width, height: size.height });
    await page.goto("/?theme=war&format=film");
    const cards = page.getByRole("article");
    await expect(cards).toHaveCount(1);
    await expect(cards.first().getByRole("heading", { level: 2 })).toHaveText("Grave of the Fireflies");
    const filtered = bar(page).getByText(/^Filtered by \S/);
    await expect(filtered).toContainText("Film");
    await expect(filtered).toContainText("War");
    await expect(filtered).toContainText("1 of 21");
    await expect(bar(page).getByRole("button", { name: "Filter 2 active" })).toBeVisible();

    // The card's top is on the first screen and not under the bar (above the list from
    // 768 px, at the foot of the screen on phones).
    const { top, barTop, barBottom } = await cards.first().evaluate((card) => {
      const barBox = document.querySelector(".countdown-bar")?.getBoundingClientRect();
      return { top: card.getBoundingClientRect().top, barTop: barBox?.top, barBottom: barBox?.bottom };
    });
    expect(top).toBeGreaterThanOrEqual(0);
    if (size === DESKTOP) {
      expect(top).toBeGreaterThanOrEqual(barBottom ?? Infinity);
      expect(top).toBeLessThan(size.height);
    } else {
      expect(barBottom).toBeCloseTo(size.height, 0);
      expect(top).toBeLessThan(barTop ?? 0);
    }

    await bar(page).getByRole("button", { name: "Clear filters" }).click();
    await expect(cards).toHaveCount(21);
    await expect(page).toHaveURL(/\/$/);
    await expect(bar(page).getByText(/^Filtered by \S/)).toHaveCount(0);
    await expect(bar(page).getByRole("button", { name: "Filter" })).toBeVisible();
  });

  test(`the bar stays in view down the list and says which card is being read, at ${size.width} px`, async ({
    page,
  }) => {
    await page.setViewportSize({ width: size.width, height: size.height });
    await page.goto("/");
    await expect(page.getByRole("article")).toHaveCount(21);
    for (const rank of [13, 9, 4, 1]) {
      await readCard(page, rank);
      await expect(nowReading(page)).toHaveText(`Now reading #${rank}`);
      const box = await bar(page).boundingBox();
      if (size === DESKTOP) expect(box?.y, `#${rank}: the bar is at the top`).toBe(0);
      else
        expect((box?.y ?? 0) + (box?.height ?? 0), `#${rank}: the bar is at the foot`).toBeCloseTo(
          size.height,
          0,
        );
    }
    // And back up the list.
    await readCard(page, 16);
    await expect(nowReading(page)).toHaveText("Now reading #16");
  });
}

test("/ opens the filter sheet with the search focused; Escape closes it, focus back on the bar's Search", async ({
  page,
}) => {
  await page.goto("/");
  await expect(page.getByRole("article")).toHaveCount(21);
  await page.keyboard.press("/");
  const sheet = filterSheet(page);
  await expect(sheet).toBeVisible();
  await expect(sheet.getByRole("searchbox", { name: "Search titles" })).toBeFocused();
  await page.keyboard.press("Escape");
  await expect(sheet).toBeHidden();
  await expect(bar(page).getByRole("button", { name: "Search" })).toBeFocused();
});

test("a sheet opened from the bar gives focus back to the button that opened it", async ({ page }) => {
  await page.goto("/");
  await expect(page.getByRole("article")).toHaveCount(21);
  const filter = bar(page).getByRole("button", { name: "Filter" });
  await filter.click();
  await filterSheet(page).getByRole("button", { name: "Close" }).click();
  await expect(filterSheet(page)).toBeHidden();
  await expect(filter).toBeFocused();
  const marks = bar(page).getByRole("button", { name: /^Your marks/ });
  await marks.click();
  await expect(marksSheet(page)).toBeVisible();
  await page.keyboard.press("Escape");
  await expect(marksSheet(page)).toBeHidden();
  await expect(marks).toBeFocused();
});

test("? lists the keyboard shortcuts", async ({ page }) => {
  await page.goto("/");
  await expect(page.getByRole("article")).toHaveCount(21);
  await page.keyboard.press("?");
  const help = page.getByRole("dialog", { name: "Keyboard shortcuts" });
  await expect(help).toBeVisible();
  await page.keyboard.press("Escape");
  await expect(help).toBeHidden();
});

for (const size of SIZES) {
  test(`j / k and Tab never leave the focused card under the bar, at ${size.width} px`, async ({ page }) => {
    test.setTimeout(60_000); // about 25 keys, each followed to the end of its scroll
    await page.setViewportSize({ width: size.width, height: size.height });
    await page.goto("/");
    await expect(page.getByRole("article")).toHaveCount(21);

    // j walks down the cards' title links, k back up.
    for (let step = 1; step <= 6; step += 1) {
      await page.keyboard.press("j");
      const entry = countdownOrder[step - 1];
      await expect(page.getByRole("link", { name: entry?.title.english, exact: true })).toBeFocused();
      await scrollSettled(page);
      await expectFocusClearOfBar(page, `j ×${step}`);
    }
    for (let step = 1; step <= 3; step += 1) {
      await page.keyboard.press("k");
      await expect(
        page.getByRole("link", { name: countdownOrder[5 - step]?.title.english, exact: true }),
      ).toBeFocused();
      await scrollSettled(page);
      await expectFocusClearOfBar(page, `k ×${step}`);
    }

    // Tab from the bar, at the top of the page, to #19's Watched button below the fold,
    // then back.
    await page.evaluate(() => window.scrollTo(0, 0));
    await bar(page).getByRole("button", { name: "Filter" }).focus();
    const target = page
      .getByRole("group", { name: "Your marks for Voices of a Distant Star" })
      .getByRole("button", {
        name: "Watched",
      });
    let presses = 0;
    while (!(await target.evaluate((button) => button === document.activeElement))) {
      presses += 1;
      expect(presses, "Tab reaches #19's Watched button").toBeLessThan(40);
      await page.keyboard.press("Tab");
      await scrollSettled(page);
      const where = await focusedAgainstBar(page);
      if (where?.inList) await expectFocusClearOfBar(page, `Tab ×${presses}`);
    }
    await expectFocusClearOfBar(page, "#19's Watched");
    for (let step = 1; step <= 4; step += 1) {
      await page.keyboard.press("Shift+Tab");
      await scrollSettled(page);
      await expectFocusClearOfBar(page, `Shift+Tab ×${step}`);
    }
  });
}

for (const size of SIZES) {
  test(`the countdown, its bar and both sheets have no axe violations (WCAG 2.2 A/AA), at ${size.width} px`, async ({
    page,
  }) => {
    await page.setViewportSize({ width: size.width, height: size.height });
    // The scroll reveal keeps cards still rising in transparent, and axe skips what it
    // cannot see: with reduced motion every card is fully there (as in countdown.spec.ts).
    await page.emulateMedia({ reducedMotion: "reduce" });
    await page.goto("/");
    await expect(page.getByRole("article")).toHaveCount(21);
    await readCard(page, 11);
    await expect(nowReading(page)).toHaveText("Now reading #11");
    await expectNoAxeViolations(page);

    await bar(page).getByRole("button", { name: "Filter" }).click();
    await sheetSettled(filterSheet(page));
    await filterSheet(page).getByRole("button", { name: /^Film/ }).click();
    await expect(page.getByRole("article")).toHaveCount(5);
    // The page behind the sheet is inert, and scanned (filtered) just below.
    await expectNoAxeViolations(page, { include: "dialog[open]" });
    await filterSheet(page).getByRole("button", { name: "Close" }).click();
    await expect(filterSheet(page)).toBeHidden();

    // The bar's second row (the active filters and Clear filters).
    await expect(bar(page).getByText(/^Filtered by \S/)).toBeVisible();
    await expectNoAxeViolations(page);

    await bar(page)
      .getByRole("button", { name: /^Your marks/ })
      .click();
    await sheetSettled(marksSheet(page));
    await expectNoAxeViolations(page, { include: "dialog[open]" });
  });
}

test("with reduced motion the bar's rank changes in place, nothing on it moving", async ({ page }) => {
  // Every Web Animation started on the bar (Motion's WAAPI build calls element.animate).
  await page.addInitScript(() => {
    const started: { inBar: boolean; moving: boolean; duration: number }[] = [];
    Reflect.set(window, "__barAnimations", started);
    const animate = Element.prototype.animate;
    Element.prototype.animate = function (keyframes, options) {
      const frames = JSON.stringify(keyframes ?? null);
      const duration = typeof options === "number" ? options : Number(options?.duration ?? 0);
      started.push({
        inBar: this.closest(".countdown-bar") !== null,
        moving: /"(transform|translate|scale|top|bottom|left|right|margin[a-zA-Z]*)"/.test(frames),
        duration,
      });
      return animate.call(this, keyframes, options);
    };
  });
  /** Animations on the bar that move something over time: started ones and running ones. */
  const movingOnBar = () =>
    page.evaluate(() => {
      const started: { inBar: boolean; moving: boolean; duration: number }[] = Reflect.get(
        window,
        "__barAnimations",
      );
      const running = document.getAnimations().filter((animation) => {
        const effect = animation.effect;
        if (!(effect instanceof KeyframeEffect) || !effect.target?.closest(".countdown-bar")) return false;
        const duration = Number(effect.getComputedTiming().duration);
        return (
          duration > 0 &&
          effect
            .getKeyframes()
            .some((frame) =>
              ["transform", "translate", "scale", "top", "bottom"].some((name) => name in frame),
            )
        );
      }).length;
      return {
        started: started.filter((entry) => entry.inBar && entry.moving && entry.duration > 0).length,
        running,
      };
    });
  const clearStarted = () =>
    page.evaluate(() => (Reflect.get(window, "__barAnimations") as unknown[]).splice(0));

  await page.setViewportSize({ width: PHONE.width, height: PHONE.height });
  await page.goto("/");
  await expect(page.getByRole("article")).toHaveCount(21);
  // Without the preference the rank rises into place: the check sees that movement.
  await clearStarted();
  await readCard(page, 13);
  await expect(nowReading(page)).toHaveText("Now reading #13");
  // The movement starts in an effect, just after the new rank is painted.
  await expect
    .poll(async () => (await movingOnBar()).started, { message: "the check sees the bar's movement" })
    .toBeGreaterThan(0);

  await page.emulateMedia({ reducedMotion: "reduce" });
  // The movement just seen ends first.
  await bar(page).evaluate((element) =>
    Promise.all(
      element.getAnimations({ subtree: true }).map((animation) => animation.finished.catch(() => undefined)),
    ),
  );
  await clearStarted();
  for (const rank of [8, 3]) {
    await readCard(page, rank);
    await expect(nowReading(page)).toHaveText(`Now reading #${rank}`);
    // Longer than the movement took to start above: any would have started by now.
    await page.waitForTimeout(500);
    expect(await movingOnBar(), `moving animations on the bar at #${rank}`).toEqual({
      started: 0,
      running: 0,
    });
  }
});

test("the sheets slide in, and under reduced motion they simply appear", async ({ page }) => {
  await page.goto("/");
  await expect(page.getByRole("article")).toHaveCount(21);
  const slide = async () => {
    await bar(page).getByRole("button", { name: "Filter" }).click();
    const duration = await filterSheet(page)
      .locator(".sheet-panel")
      .evaluate((panel) => getComputedStyle(panel).transitionDuration);
    await page.keyboard.press("Escape");
    await expect(filterSheet(page)).toBeHidden();
    return duration;
  };
  expect(await slide()).toBe("0.4s, 0.4s");
  await page.emulateMedia({ reducedMotion: "reduce" });
  expect(await slide()).toBe("0s");
});

test("nothing scrolls sideways at 320 px, with the bar and with each sheet open", async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 700 });
  await page.goto("/");
  await expect(page.getByRole("article")).toHaveCount(21);
  /**
   * The page's width, and anything in the bar or an open sheet reaching past the screen's
   * edges: both are fixed (or in the top layer), so they never widen the page itself.
   */
  const overflow = () =>
    page.evaluate(() => {
      const outside = [...document.querySelectorAll(".countdown-bar *, dialog[open] .sheet-panel *")].flatMap(
        (element) => {
          const box = element.getBoundingClientRect();
          // Nothing drawn, or sr-only text (1 px, clipped, a pixel outside by its margin).
          if (box.width <= 1 || box.height <= 1) return [];
          return box.left < -0.5 || box.right > window.innerWidth + 0.5
            ? [`<${element.localName} class="${element.getAttribute("class")}"> ${box.left}…${box.right}`]
            : [];
        },
      );
      return { scrollWidth: document.documentElement.scrollWidth, outside };
    });
  const fits = { scrollWidth: expect.any(Number), outside: [] };

  const atTop = await overflow();
  expect(atTop).toEqual(fits);
  expect(atTop.scrollWidth).toBeLessThanOrEqual(320);
  await readCard(page, 11);
  await expect(nowReading(page)).toHaveText("Now reading #11");
  const midList = await overflow();
  expect(midList).toEqual(fits);
  expect(midList.scrollWidth).toBeLessThanOrEqual(320);

  await bar(page).getByRole("button", { name: "Filter" }).click();
  await sheetSettled(filterSheet(page));
  await filterSheet(page).getByRole("button", { name: /^Film/ }).click();
  await filterSheet(page)
    .getByRole("group", { name: "Theme" })
    .getByRole("button", { name: /^Grief/ })
    .click();
  const withFilters = await overflow();
  expect(withFilters).toEqual(fits);
  expect(withFilters.scrollWidth).toBeLessThanOrEqual(320);
  await filterSheet(page).getByRole("button", { name: "Close" }).click();
  await expect(filterSheet(page)).toBeHidden();

  // Two rows: the active filters and Clear filters.
  await expect(bar(page).getByText(/^Filtered by \S/)).toBeVisible();
  const twoRows = await overflow();
  expect(twoRows).toEqual(fits);
  expect(twoRows.scrollWidth).toBeLessThanOrEqual(320);

  await bar(page)
    .getByRole("button", { name: /^Your marks/ })
    .click();
  await sheetSettled(marksSheet(page));
  const withMarks = await overflow();
  expect(withMarks).toEqual(fits);
  expect(withMarks.scrollWidth).toBeLessThanOrEqual(320);
});

// Held back: the boot module (the tap is kept by the page's inline loader alone) or the
// app's code (kept by boot.ts too), as in tracker.spec.ts.
for (const [held, file] of [
  ["the boot module", /\/assets\/index-[^/]+\.js$/],
  ["the app's code", /\/assets\/main-[^/]+\.js$/],
] as const) {
  test(`a tap on the bar's Filter button before ${held} has arrived opens the filters once the app is live`, async ({
    context,
  }) => {
    // Held back, as on a slow connection, until the tap has happened.
    const { page, problems, release } = await pageWithScriptHeld(context, file);
    await page.goto("/", { waitUntil: "domcontentloaded" });
    await bar(page).getByRole("button", { name: "Filter" }).click();
    expect(await page.locator("html[data-ready]").count(), "the app was not live yet").toBe(0);
    await expect(filterSheet(page)).toHaveCount(0);
    release();
    await waitForApp(page);
    await expect(filterSheet(page)).toBeVisible();
    await expect(page.locator("dialog[open]")).toHaveCount(1);
    await expect(filterSheet(page).getByRole("group", { name: "Format" })).toBeVisible();
    expect(problems).toEqual([]);
  });
}

/** Saves a screenshot where the test report and a person looking at test-results/screens/ find it. */
async function screenshot(page: Page, testInfo: TestInfo, name: string): Promise<void> {
  const directory = join(testInfo.project.outputDir, "screens");
  await mkdir(directory, { recursive: true });
  const path = join(directory, `${name}.png`);
  await page.screenshot({ path });
  await testInfo.attach(name, { path, contentType: "image/png" });
}

for (const size of [...SIZES, { name: "small-phone", width: 320, height: 700 }]) {
  test(`screenshots of the countdown bar at ${size.name} size`, async ({ page }, testInfo) => {
    await page.setViewportSize({ width: size.width, height: size.height });
    await page.goto("/");
    await expect(page.getByRole("article")).toHaveCount(21);
    await screenshot(page, testInfo, `countdown-bar-${size.name}-top`);
    // Mid-list, as a reader sees it: the bar says which card is being read.
    await readCard(page, 11);
    await expect(nowReading(page)).toHaveText("Now reading #11");
    await page.waitForTimeout(800); // the rank's and the line's easing, the cards' reveal
    await screenshot(page, testInfo, `countdown-bar-${size.name}-middle`);
    await bar(page).getByRole("button", { name: "Filter" }).click();
    await sheetSettled(filterSheet(page));
    await filterSheet(page).getByRole("button", { name: /^Film/ }).click();
    await expect(page.getByRole("article")).toHaveCount(5);
    await page.waitForTimeout(300);
    await screenshot(page, testInfo, `countdown-bar-${size.name}-filters`);
    await filterSheet(page).getByRole("button", { name: "Show 5 shows" }).click();
    await expect(filterSheet(page)).toBeHidden();
    await page.waitForTimeout(800);
    await screenshot(page, testInfo, `countdown-bar-${size.name}-filtered`);
  });
}
