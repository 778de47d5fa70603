import type { Page } from "@playwright/test";
import { expect, expectNoAxeViolations, test } from "./fixtures";

const countdown = (page: Page) => page.getByRole("region", { name: /the countdown/i });

test("a chip filters the list, keeps countdown order and survives a reload", async ({ page }) => {
  await page.goto("/");
  const film = page.getByRole("button", { name: /^Film/ });
  await expect(film).toHaveAttribute("aria-pressed", "false");
  await film.click();
  await expect(page).toHaveURL(/\?format=film$/);
  await expect(film).toHaveAttribute("aria-pressed", "true");
  const headings = countdown(page).getByRole("article").getByRole("heading", { level: 2 });
  await expect(headings).toHaveText([
    "Millennium Actress",
    "5 Centimeters per Second",
    "Hal",
    "Hotarubi no Mori e",
    "Grave of the Fireflies",
  ]);
  await expect(page.getByRole("status").filter({ hasText: /showing/i })).toHaveText("Showing 5 of 21 shows");

  await page.reload();
  await expect(page.getByRole("button", { name: /^Film/ })).toHaveAttribute("aria-pressed", "true");
  await expect(headings).toHaveCount(5);
});

test("groups combine: OR within a group, AND across groups, and Back undoes a chip", async ({ page }) => {
  await page.goto("/?format=film,ova");
  await expect(countdown(page).getByRole("article")).toHaveCount(7);
  await page.getByRole("group", { name: "Theme" }).getByRole("button", { name: /^War/ }).click();
  await expect(page).toHaveURL(/format=film,ova&theme=war/);
  await expect(countdown(page).getByRole("article").getByRole("heading", { level: 2 })).toHaveText([
    "Rurouni Kenshin: Trust & Betrayal",
    "Grave of the Fireflies",
  ]);
  await page.goBack();
  await expect(countdown(page).getByRole("article")).toHaveCount(7);
  await page.goForward();
  await expect(countdown(page).getByRole("article")).toHaveCount(2);
});

test("search finds romaji and Japanese titles, ignoring case and accents", async ({ page }) => {
  await page.goto("/");
  const search = page.getByRole("searchbox", { name: "Search titles" });
  for (const [query, title] of [
    ["shigatsu", "Your Lie in April"],
    ["あの日", "Anohana: The Flower We Saw That Day"],
    ["FATE", "Fate/Zero"],
    ["joyu", "Millennium Actress"],
  ] as const) {
    await search.fill(query);
    await expect(countdown(page).getByRole("article").getByRole("heading", { level: 2 })).toHaveText([title]);
  }
  await expect(page).toHaveURL(/q=joyu/);
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
  await expect(
    page.getByRole("group", { name: "Theme" }).getByRole("button", { name: /^War/ }),
  ).toHaveAttribute("aria-pressed", "true");
});

test("on a phone the chips sit behind a Filters button", async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto("/");
  const film = page.getByRole("button", { name: /^Film/ });
  await expect(film).toBeHidden();
  await page.getByRole("button", { name: "Show filters" }).click();
  await film.click();
  await expect(countdown(page).getByRole("article")).toHaveCount(5);
  await expectNoAxeViolations(page);
});
