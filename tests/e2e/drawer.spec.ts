import type { Page } from "@playwright/test";
import { STATIC_PORT } from "../../playwright.config";
import { expect, expectNoAxeViolations, test } from "./fixtures";

test("opening a card shows its drawer; Back closes it and Forward reopens it", async ({ page }) => {
  await page.goto("/");
  await page.getByRole("link", { name: "Hal", exact: true }).click();
  const drawer = page.getByRole("dialog", { name: "Hal" });
  await expect(drawer).toBeVisible();
  await expect(page).toHaveURL(/\/anime\/hal$/);
  await expect(page).toHaveTitle("#14 Hal · Made Us Cry");
  await page.goBack();
  await expect(drawer).toBeHidden();
  await expect(page).toHaveURL(/\/$/);
  await expect(page).toHaveTitle("Made Us Cry · 21 sad anime, counted down");
  await page.goForward();
  await expect(page.getByRole("dialog", { name: "Hal" })).toBeVisible();
});

test("a cold deep link opens the drawer over the countdown, its card in place behind", async ({ page }) => {
  // The prerendered page holds the cards around the drawer, its own with its artwork inline
  // (on the card and in the drawer); the others' artwork waits for the app.
  const html = await (await page.request.get("/anime/grave-of-the-fireflies")).text();
  expect(Array.from(html.matchAll(/<article\b[^>]* id="(entry-[^"]+)"/g), ([, id]) => id)).toEqual([
    "entry-your-lie-in-april",
    "entry-grave-of-the-fireflies",
    "entry-tokyo-magnitude-8-0",
  ]);
  const sources = Array.from(html.matchAll(/<img\b[^>]*>/g), ([tag]) => /src="([^"]*)"/.exec(tag)?.[1] ?? "");
  const inline = sources.filter((src) => src !== "");
  expect(inline).toHaveLength(2);
  expect(inline[0]).toMatch(/^data:image\/svg\+xml,.*sky-grave-of-the-fireflies/);
  expect(inline[1]).toBe(inline[0]);
  await page.goto("/anime/grave-of-the-fireflies");
  const drawer = page.getByRole("dialog", { name: "Grave of the Fireflies" });
  await expect(drawer).toBeVisible();
  await expect(drawer.getByRole("link", { name: /MyAnimeList/ })).toHaveAttribute(
    "href",
    "https://myanimelist.net/anime/578",
  );
  await expect(page.locator("#entry-grave-of-the-fireflies")).toBeInViewport();
  await expect(page.locator("#entry-your-lie-in-april img")).toHaveAttribute(
    "src",
    "/art/your-lie-in-april.svg",
  );
  // The drawer's code was asked for beside the app's, not after the app had arrived.
  const timing = await page.evaluate(() => {
    const resources = performance.getEntriesByType("resource") as PerformanceResourceTiming[];
    const find = (part: string) => resources.find((entry) => entry.name.includes(part));
    return {
      main: find("/assets/main-")?.responseEnd,
      drawer: find("/assets/entry-drawer-route-")?.startTime,
    };
  });
  expect(timing.drawer).toBeLessThan(timing.main ?? 0);
  // The page behind is inert and does not scroll.
  expect(await page.evaluate(() => getComputedStyle(document.documentElement).overflow)).toBe("hidden");
  // The rest of the countdown joins the page when the drawer closes; the card stays in view.
  await expect(page.locator("ol.countdown-cards > li")).toHaveCount(3);
  await expect(page.locator(".countdown-bar")).toHaveCount(0);
  await drawer.getByRole("button", { name: "Close" }).click();
  await expect(drawer).toBeHidden();
  await expect(page.locator("ol.countdown-cards > li")).toHaveCount(21);
  await expect(page.getByRole("link", { name: "Grave of the Fireflies", exact: true })).toBeFocused();
  await expect(page.locator("#entry-grave-of-the-fireflies")).toBeInViewport({ ratio: 0.9 });
  // The countdown bar (the place, the marks, search and filters) joins it.
  const bar = page.getByRole("region", { name: "Countdown tools" });
  await expect(bar).toBeVisible();
  await expect(bar.getByRole("button", { name: "Search" })).toBeVisible();
});

test("focus stays inside the open drawer", async ({ page }) => {
  await page.goto("/anime/hal");
  const drawer = page.getByRole("dialog", { name: "Hal" });
  await expect(drawer.getByRole("heading", { name: "Hal", level: 2 })).toBeFocused();
  for (let i = 0; i < 25; i += 1) {
    await page.keyboard.press("Tab");
    const inside = await page.evaluate(() => {
      const active = document.activeElement;
      return active === document.body || (active?.closest("dialog[open]") ?? null) !== null;
    });
    expect(inside).toBe(true);
  }
});

test("the backdrop closes the drawer", async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto("/anime/air");
  await expect(page.getByRole("dialog", { name: "Air" })).toBeVisible();
  await page.mouse.click(100, 400);
  await expect(page.getByRole("dialog")).toBeHidden();
  await expect(page).toHaveURL(/\/$/);
});

/** Holds the phone sheet's grip and pulls it down `distance` px in ten moves, one frame apart, like a finger. */
async function pullGrip(page: Page, distance: number): Promise<void> {
  const box = await page.getByTestId("drawer-grip").boundingBox();
  if (!box) throw new Error("the grip is not on screen");
  const x = box.x + box.width / 2;
  const y = box.y + box.height / 2;
  await page.mouse.move(x, y);
  await page.mouse.down();
  for (let step = 1; step <= 10; step += 1) {
    await page.mouse.move(x, y + (step * distance) / 10);
    await page.waitForTimeout(16);
  }
  await page.waitForTimeout(150); // held still before letting go: no flick
}

test("on a phone the bottom sheet can be dragged down to close", async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto("/anime/air");
  await expect(page.getByRole("dialog", { name: "Air" })).toBeVisible();
  await pullGrip(page, 300);
  await page.mouse.up();
  await expect(page.getByRole("dialog")).toBeHidden();
  await expect(page).toHaveURL(/\/$/);
});

test("a short pull on the sheet lets it settle back into place, still open", async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto("/anime/air");
  const panel = page.locator(".drawer-panel");
  const restingTop = (await panel.boundingBox())?.y;
  if (restingTop === undefined) throw new Error("the sheet is not on screen");
  await pullGrip(page, 80);
  // The sheet follows 70% of the finger.
  expect((await panel.boundingBox())?.y).toBeCloseTo(restingTop + 56, 0);
  await page.mouse.up();
  await expect(page.getByRole("dialog", { name: "Air" })).toBeVisible();
  // Then it goes back (Motion animates the return) and keeps no transform of its own.
  await expect.poll(async () => (await panel.boundingBox())?.y).toBe(restingTop);
  await expect.poll(() => panel.evaluate((element) => element.style.transform)).toBe("");
});

test("an unknown slug shows a helpful not-found view", async ({ page }) => {
  await page.goto("/anime/not-a-real-show");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(/could not find that show/i);
  await page.getByRole("link", { name: /back to the countdown/i }).click();
  await expect(page.getByRole("article")).toHaveCount(21);
});

test("deep links work from a plain static server with a single-page fallback", async ({ page }) => {
  await page.goto(`http://127.0.0.1:${STATIC_PORT}/anime/anohana-the-flower-we-saw-that-day`);
  await expect(page.getByRole("dialog", { name: "Anohana: The Flower We Saw That Day" })).toBeVisible();
  await page.goto(`http://127.0.0.1:${STATIC_PORT}/somewhere/else`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(/drifted away/i);
});

test("Copy link puts the entry's address on the clipboard and says so", async ({
  page,
  context,
  baseURL,
}) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  await page.goto("/anime/katanagatari?theme=grief");
  const drawer = page.getByRole("dialog", { name: "Katanagatari" });
  await drawer.getByRole("button", { name: "Copy link" }).click();
  await expect(drawer.getByRole("status")).toHaveText(/link copied/i);
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${baseURL}/anime/katanagatari`);
});

test("a keyboard-only journey: search, open, next, close, focus back on the card", async ({ page }) => {
  await page.goto("/");
  await expect(page.getByRole("article")).toHaveCount(21);
  await page.keyboard.press("/");
  await expect(page.getByRole("searchbox", { name: "Search titles" })).toBeFocused();
  await page.keyboard.type("hotaru");
  await page.keyboard.press("Enter");
  await expect(page.getByRole("dialog", { name: "Find one for tonight" })).toBeHidden();
  const firstCard = page.getByRole("link", { name: "Hotarubi no Mori e", exact: true });
  await expect(firstCard).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page.getByRole("dialog", { name: "Hotarubi no Mori e" })).toBeVisible();
  await page.keyboard.press("j");
  await expect(page.getByRole("dialog", { name: "Grave of the Fireflies" })).toBeVisible();
  await expect(page).toHaveURL(/\/anime\/grave-of-the-fireflies\?q=hotaru$/);
  await page.keyboard.press("Escape");
  await expect(page.getByRole("dialog")).toBeHidden();
  await expect(page).toHaveURL(/\/\?q=hotaru$/);
  await expect(firstCard).toBeFocused();
});

test("j and k move between cards, and ? lists the shortcuts", async ({ page }) => {
  await page.goto("/");
  await expect(page.getByRole("article")).toHaveCount(21);
  await page.keyboard.press("j");
  await expect(page.getByRole("link", { name: "Millennium Actress", exact: true })).toBeFocused();
  await page.keyboard.press("j");
  await page.keyboard.press("ArrowDown");
  await expect(page.getByRole("link", { name: "Voices of a Distant Star", exact: true })).toBeFocused();
  await page.keyboard.press("k");
  await expect(page.getByRole("link", { name: "Fullmetal Alchemist", exact: true })).toBeFocused();
  await page.keyboard.press("?");
  const help = page.getByRole("dialog", { name: "Keyboard shortcuts" });
  await expect(help).toBeVisible();
  await page.keyboard.press("Escape");
  await expect(help).toBeHidden();
});

test("the open drawer has no axe violations, with its notes and spoiler open, light or dark", async ({
  page,
}) => {
  await page.goto("/anime/clannad-after-story");
  const drawer = page.getByRole("dialog", { name: "Clannad: After Story" });
  await expect(drawer).toBeVisible();
  await expect(drawer.getByRole("list", { name: "Content notes" }).getByRole("listitem")).toHaveText([
    "Bereavement",
    "Serious illness",
    "Abuse",
  ]);
  // The details open by keyboard, as a native disclosure does.
  const note = drawer.getByText(/frail and often ill/);
  await expect(note).toBeHidden();
  await drawer.getByText("What it deals with", { exact: true }).focus();
  await page.keyboard.press("Enter");
  await expect(note).toBeVisible();
  await page.getByRole("button", { name: "Reveal spoiler" }).click();
  await expect(drawer.getByRole("region", { name: "Spoiler" })).toContainText(
    "Also deals with: Death of a child and Depression",
  );
  await expectNoAxeViolations(page);
  await page.emulateMedia({ colorScheme: "dark" });
  await expectNoAxeViolations(page);
});

for (const size of [
  { name: "phone", width: 390, height: 844 },
  { name: "desktop", width: 1440, height: 900 },
]) {
  test(`screenshots of the drawer at ${size.name} size`, async ({ page }, testInfo) => {
    await page.setViewportSize({ width: size.width, height: size.height });
    await page.emulateMedia({ colorScheme: "dark" });
    await page.goto("/anime/your-lie-in-april");
    await expect(page.getByRole("dialog", { name: "Your Lie in April" })).toBeVisible();
    await page.waitForTimeout(600); // the sheet's slide-in
    const path = testInfo.outputPath(`drawer-${size.name}.png`);
    await page.screenshot({ path });
    await testInfo.attach(`drawer-${size.name}`, { path, contentType: "image/png" });
  });
}
