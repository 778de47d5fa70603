import type { Page } from "@playwright/test";
import { expect, expectNoAxeViolations, test } from "./fixtures";

const countdown = (page: Page) => page.getByRole("region", { name: /the countdown/i });
const marksFor = (page: Page, title: string) => page.getByRole("group", { name: `Your marks for ${title}` });

test("a spoiler stays hidden until the show is marked Watched, then shows by itself", async ({ page }) => {
  await page.goto("/anime/hal");
  const drawer = page.getByRole("dialog", { name: "Hal" });
  const spoiler = drawer.getByRole("region", { name: "Spoiler" });
  await expect(spoiler.getByText(/Q01/)).toBeHidden();
  await drawer.getByRole("button", { name: "Watched" }).click();
  await expect(spoiler.getByText(/Q01/)).toBeVisible();
  await expect(spoiler.getByRole("button", { name: "Reveal spoiler" })).toHaveCount(0);
  await expectNoAxeViolations(page);
  await drawer.getByRole("button", { name: "Watched" }).click();
  await expect(spoiler.getByText(/Q01/)).toBeHidden();
});

test("Pick for me, on a filter with one unwatched entry, opens that entry; Back returns", async ({
  page,
}) => {
  await page.goto("/?format=ova");
  await expect(countdown(page).getByRole("article")).toHaveCount(2);
  await marksFor(page, "Voices of a Distant Star").getByRole("button", { name: "Watched" }).click();
  await page.getByRole("button", { name: "Pick for me" }).click();
  await expect(page.getByRole("dialog", { name: "Rurouni Kenshin: Trust & Betrayal" })).toBeVisible();
  await expect(page).toHaveURL(/\/anime\/rurouni-kenshin-trust-betrayal\?format=ova$/);
  await page.goBack();
  await expect(page.getByRole("dialog")).toBeHidden();
  await expect(page).toHaveURL(/\/\?format=ova$/);
});

test("Pick for me says so when everything here is watched, and offers one anyway", async ({ page }) => {
  await page.emulateMedia({ reducedMotion: "reduce" });
  await page.goto("/?q=hotaru");
  await marksFor(page, "Hotarubi no Mori e").getByRole("button", { name: "Watched" }).click();
  await marksFor(page, "Grave of the Fireflies").getByRole("button", { name: "Cried" }).click();
  await page.getByRole("button", { name: "Pick for me" }).click();
  await expect(page.getByText("You have already watched all 2 of these.")).toBeVisible();
  await page.getByRole("button", { name: "Pick one to rewatch anyway" }).click();
  await expect(page.getByRole("dialog")).toBeVisible();
});

test("an Avoid chip hides the right entries, and is remembered after a reload", async ({ page }) => {
  await page.goto("/");
  const avoid = page.getByRole("group", { name: "Avoid" });
  await avoid.getByRole("button", { name: /^Suicide/ }).click();
  await expect(page).toHaveURL(/avoid=suicide/);
  const titles = countdown(page).getByRole("article").getByRole("heading", { level: 2 });
  await expect(titles).not.toContainText(["Bokurano"]);
  const shown = await titles.allTextContents();
  expect(shown).not.toContain("Bokurano");
  expect(shown).not.toContain("Basilisk: The Kouga Ninja Scrolls");
  expect(shown).toContain("Hal");
  await expectNoAxeViolations(page);

  await page.reload();
  await expect(avoid.getByRole("button", { name: /^Suicide/ })).toHaveAttribute("aria-pressed", "true");
  // Remembered in this browser: a plain visit to / still avoids it.
  await page.goto("/");
  await expect(avoid.getByRole("button", { name: /^Suicide/ })).toHaveAttribute("aria-pressed", "true");
  await expect(countdown(page).getByRole("article")).toHaveCount(shown.length);
});

test("My order ranks what made you cry by how hard it hit, beside ours", async ({ page }) => {
  await page.goto("/");
  const scaleOn = (title: string) =>
    countdown(page)
      .getByRole("article")
      .filter({ has: page.getByRole("heading", { name: title, exact: true }) })
      .getByRole("radiogroup", { name: "How hard did it hit?" });
  await marksFor(page, "Air").getByRole("button", { name: "Cried" }).click();
  await scaleOn("Air").getByRole("radio", { name: "Misty eyes" }).check();
  await marksFor(page, "Hal").getByRole("button", { name: "Cried" }).click();
  await scaleOn("Hal").getByRole("radio", { name: "A flood" }).check();
  await expect(page.getByText(/Hit you hardest/)).toContainText("#14 Hal");
  await expectNoAxeViolations(page);
  await page.getByRole("link", { name: "My order" }).click();
  await expect(page.getByRole("region", { name: "Your order" }).getByRole("listitem")).toHaveText([
    /Hal.*A flood/,
    /Air.*Misty eyes/,
  ]);
  await expect(
    page.getByRole("region", { name: "Our order, for the same shows" }).getByRole("listitem"),
  ).toHaveText([/Air/, /Hal/]);
  await expectNoAxeViolations(page);
});

test("another page starts at the top, and Back returns to the same place in the countdown", async ({
  page,
}) => {
  // Short enough that My order scrolls too, so keeping the old offset would show.
  await page.setViewportSize({ width: 390, height: 480 });
  await page.goto("/");
  const myOrder = page.getByRole("link", { name: "My order" });
  await myOrder.scrollIntoViewIfNeeded();
  const before = await page.evaluate(() => window.scrollY);
  expect(before).toBeGreaterThan(300);
  await myOrder.click();
  await expect(page.getByRole("heading", { level: 1, name: "Your own countdown" })).toBeInViewport();
  expect(
    await page.evaluate(() => document.documentElement.scrollHeight - window.innerHeight),
  ).toBeGreaterThan(100);
  await expect.poll(() => page.evaluate(() => window.scrollY)).toBe(0);
  await page.goBack();
  await expect(countdown(page)).toBeVisible();
  await expect.poll(() => page.evaluate(() => window.scrollY)).toBeCloseTo(before, -1);
});
