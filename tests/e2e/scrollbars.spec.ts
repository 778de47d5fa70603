import { CHROME_PATH, CHROMIUM_FLAGS } from "../../scripts/chromium";
import { expect, test } from "./fixtures";

// With scrollbars that take room, as on many desktops. Headless Chromium hides scrollbars
// by default; this file's browser shows them.
test.use({
  launchOptions: {
    executablePath: CHROME_PATH,
    args: [...CHROMIUM_FLAGS],
    ignoreDefaultArgs: ["--hide-scrollbars"],
  },
});

const scrollbarWidth = () => window.innerWidth - document.documentElement.clientWidth;

test("opening the drawer hides the page's scrollbar without moving the page", async ({ page }) => {
  await page.goto("/");
  expect(await page.evaluate(scrollbarWidth), "this browser's scrollbar takes room").toBeGreaterThan(0);
  const title = page.locator("#entry-hal").getByRole("heading", { name: "Hal" });
  const before = await title.boundingBox();
  await page.getByRole("link", { name: "Hal", exact: true }).click();
  await expect(page.getByRole("dialog", { name: "Hal" })).toBeVisible();
  // The page stops scrolling in the frame after the one that shows the dialog (use-modal-dialog.ts).
  await expect
    .poll(() => page.evaluate(scrollbarWidth), { message: "the page's scrollbar is hidden" })
    .toBe(0);
  expect((await title.boundingBox())?.x).toBe(before?.x);
  // Once it has slid in, the side sheet still reaches the window's edge.
  const panel = page.locator(".drawer-panel");
  await panel.evaluate((element) =>
    Promise.all(element.getAnimations().map((animation) => animation.finished)),
  );
  const box = await panel.boundingBox();
  expect((box?.x ?? 0) + (box?.width ?? 0)).toBe(page.viewportSize()?.width);
});

test("opening a sheet from the countdown bar hides the scrollbar without moving the page or the bar", async ({
  page,
}) => {
  await page.goto("/");
  expect(await page.evaluate(scrollbarWidth), "this browser's scrollbar takes room").toBeGreaterThan(0);
  const title = page.locator("#entry-hal").getByRole("heading", { name: "Hal" });
  const bar = page.getByRole("region", { name: "Countdown tools" });
  const filter = bar.getByRole("button", { name: "Filter" });
  const before = { title: await title.boundingBox(), filter: await filter.boundingBox() };
  await filter.click();
  const sheet = page.getByRole("dialog", { name: "Find one for tonight" });
  await expect(sheet).toBeVisible();
  // The page stops scrolling in the frame after the one that shows the dialog (use-modal-dialog.ts).
  await expect
    .poll(() => page.evaluate(scrollbarWidth), { message: "the page's scrollbar is hidden" })
    .toBe(0);
  expect((await title.boundingBox())?.x).toBe(before.title?.x);
  expect((await filter.boundingBox())?.x).toBe(before.filter?.x);
  // Once it has slid in, the side panel still reaches the window's edge.
  const panel = sheet.locator(".sheet-panel");
  await panel.evaluate((element) =>
    Promise.all(element.getAnimations().map((animation) => animation.finished)),
  );
  const box = await panel.boundingBox();
  expect((box?.x ?? 0) + (box?.width ?? 0)).toBe(page.viewportSize()?.width);
});
