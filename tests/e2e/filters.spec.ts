import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import { bar, cardTitles, countdown } from "./page-parts";

const filterSheet = (page: Page) => page.getByRole("dialog", { name: "Find one for tonight" });

/** The chips and the search live in a sheet the countdown bar's Filter button opens. */
async function openFilters(page: Page) {
  await bar(page)
    .getByRole("button", { name: /^Filter( \d+ active)?$/ })
    .click();
  const sheet = filterSheet(page);
  await expect(sheet).toBeVisible();
  return sheet;
}

test("a chip filters the list, keeps countdown order and survives a reload", async ({ page }) => {
  await page.goto("/");
  const sheet = await openFilters(page);
  const film = sheet.getByRole("button", { name: /^Film/ });
  await expect(film).toHaveAttribute("aria-pressed", "false");
  await film.click();
  await expect(page).toHaveURL(/\?format=film$/);
  await expect(film).toHaveAttribute("aria-pressed", "true");
  const headings = cardTitles(page);
  // The list behind the sheet follows each chip.
  await expect(headings).toHaveText([
    "Millennium Actress",
    "5 Centimeters per Second",
    "Hal",
    "Hotarubi no Mori e",
    "Grave of the Fireflies",
  ]);
  await expect(page.getByRole("status").filter({ hasText: /showing/i })).toHaveText("Showing 5 of 21 shows");
  await sheet.getByRole("button", { name: "Show 5 shows" }).click();
  await expect(sheet).toBeHidden();
  await expect(bar(page).getByRole("button", { name: "Filter 1 active" })).toBeVisible();

  await page.reload();
  await expect(headings).toHaveCount(5);
  await expect(bar(page).getByRole("button", { name: "Filter 1 active" })).toBeVisible();
  await expect((await openFilters(page)).getByRole("button", { name: /^Film/ })).toHaveAttribute(
    "aria-pressed",
    "true",
  );
});

test("groups combine: OR within a group, AND across groups, and Back undoes a chip", async ({ page }) => {
  await page.goto("/?format=film,ova");
  await expect(countdown(page).getByRole("article")).toHaveCount(7);
  const sheet = await openFilters(page);
  await sheet.getByRole("group", { name: "Theme" }).getByRole("button", { name: /^War/ }).click();
  await expect(page).toHaveURL(/format=film,ova&theme=war/);
  await expect(cardTitles(page)).toHaveText(["Rurouni Kenshin: Trust & Betrayal", "Grave of the Fireflies"]);
  await sheet.getByRole("button", { name: "Show 2 shows" }).click();
  await expect(sheet).toBeHidden();
  await page.goBack();
  await expect(countdown(page).getByRole("article")).toHaveCount(7);
  await page.goForward();
  await expect(countdown(page).getByRole("article")).toHaveCount(2);
});

test("search finds romaji and Japanese titles, ignoring case and accents", async ({ page }) => {
  await page.goto("/");
  await bar(page).getByRole("button", { name: "Search" }).click();
  const search = filterSheet(page).getByRole("searchbox", { name: "Search titles" });
  await expect(search).toBeFocused();
  for (const [query, title] of [
    ["shigatsu", "Your Lie in April"],
    ["あの日", "Anohana: The Flower We Saw That Day"],
    ["FATE", "Fate/Zero"],
    ["joyu", "Millennium Actress"],
  ] as const) {
    await search.fill(query);
    await expect(cardTitles(page)).toHaveText([title]);
  }
  await expect(page).toHaveURL(/q=joyu/);
});

/** The countdown on a 4× slower CPU (a mid-range phone), its search box open; `done` sets the CPU back. */
async function searchOnASlowPhone(page: Page) {
  await page.goto("/");
  const cdp = await page.context().newCDPSession(page);
  await cdp.send("Emulation.setCPUThrottlingRate", { rate: 4 });
  await bar(page).getByRole("button", { name: "Search" }).click();
  const search = filterSheet(page).getByRole("searchbox", { name: "Search titles" });
  return { search, done: () => cdp.send("Emulation.setCPUThrottlingRate", { rate: 1 }) };
}

test("typing fast on a slow phone, in the middle of the search, keeps every letter and the caret", async ({
  page,
}) => {
  // The box shows each letter in the key's own event while the list follows in a
  // transition (useFilters): on a 4× slower CPU the list lags, the box must not.
  const { search, done } = await searchOnASlowPhone(page);
  await search.pressSequentially("firefls");
  await search.press("ArrowLeft");
  await search.pressSequentially("ie");
  await expect(search).toHaveValue("fireflies");
  expect(await search.evaluate((box: HTMLInputElement) => box.selectionStart)).toBe(8);
  // Hotarubi no Mori e is found by its English title, "Into the Forest of Fireflies' Light".
  await expect(cardTitles(page)).toHaveText(["Hotarubi no Mori e", "Grave of the Fireflies"]);
  await done();
});

test("Enter straight after typing, on a slow phone, focuses the first result of the whole query", async ({
  page,
}) => {
  // The list follows the box in a transition: Enter can come before it has caught up, and
  // focus must wait for the list of what was typed, not land on a card about to go.
  const { search, done } = await searchOnASlowPhone(page);
  // One input event (a paste, or a phone keyboard's suggestion), then Enter at once.
  await search.fill("hotaru");
  await page.keyboard.press("Enter"); // no actionability wait, which would let the list catch up
  await expect(filterSheet(page)).toBeHidden();
  await expect(page.getByRole("link", { name: "Hotarubi no Mori e", exact: true })).toBeFocused();
  await done();
});

test("an empty result explains itself and offers the chip to drop", async ({ page }) => {
  await page.goto("/?format=ova&theme=androids");
  await expect(countdown(page).getByRole("article")).toHaveCount(0);
  await expect(page.getByText(/no shows match/i).first()).toBeVisible();
  await page.getByRole("button", { name: /^Drop/ }).click();
  await expect(countdown(page).getByRole("article")).not.toHaveCount(0);
});

test("malformed and unknown query parameters are ignored", async ({ page }) => {
  await page.goto("/?format=%E0%A4%A&theme=dragons,war&era=1x&q=%&utm_source=chat");
  await expect(countdown(page).getByRole("article")).toHaveCount(6);
  const named = bar(page).getByText(/^Filtered by \S/);
  await expect(named).toContainText("War");
  await expect(named).toContainText("6 of 21");
  const sheet = await openFilters(page);
  await expect(
    sheet.getByRole("group", { name: "Theme" }).getByRole("button", { name: /^War/ }),
  ).toHaveAttribute("aria-pressed", "true");
});

test("on a phone the chips sit in the Filter sheet", async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto("/");
  const film = page.getByRole("button", { name: /^Film/ });
  // Not in the page until the sheet opens: the list comes first.
  await expect(film).toHaveCount(0);
  const sheet = await openFilters(page);
  // A bottom sheet, reaching the foot of the screen.
  const panel = sheet.locator(".sheet-panel");
  await expect
    .poll(async () => {
      const box = await panel.boundingBox();
      return Math.round((box?.y ?? 0) + (box?.height ?? 0));
    })
    .toBe(844);
  await sheet.getByRole("button", { name: /^Film/ }).click();
  await expect(countdown(page).getByRole("article")).toHaveCount(5);
  // axe scans this very state (Film on, in the sheet, at 390 px) in countdown-bar.spec.ts.
});
