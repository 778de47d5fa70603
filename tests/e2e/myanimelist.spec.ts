import { gzipSync } from "node:zlib";
import type { Locator, Page } from "@playwright/test";
import { malExport, noiseIds } from "../../src/features/tracker/testing/mal-fixtures";
import { marksFor, openYourMarks, progress, storedTracker } from "./page-parts";
import { expect, expectNoAxeViolations, test } from "./fixtures";

// Issue 17: bring your MyAnimeList history in one step, and take your marks back out.

/** Chooses a file through the button's own file picker, as a person would. */
async function chooseExport(page: Page, sheet: Locator, name: string, buffer: Buffer): Promise<void> {
  const choosing = page.waitForEvent("filechooser");
  await sheet.getByRole("button", { name: "Import from MyAnimeList" }).click();
  await (await choosing).setFiles({ name, mimeType: "application/gzip", buffer });
}

const EXPORT = malExport([
  { id: 16528, title: "Hal", finish: "2024-05-03" },
  { id: 6211, title: "Tokyo Magnitude 8.0", status: "Completed" },
  { id: 578, title: "Grave of the Fireflies", finish: "2019-08-15" },
  { id: 10087, title: "Fate/Zero", status: "Watching" },
  { id: 5114, title: "Fullmetal Alchemist: Brotherhood", finish: "2020-04-04" },
  ...noiseIds(40).map((id) => ({ id })),
]);

test("user imports a MyAnimeList export: a preview first, then the Watched marks, and Undo", async ({
  page,
}, testInfo) => {
  await page.goto("/");
  await marksFor(page, "Grave of the Fireflies").getByRole("button", { name: "Cried" }).click();
  const sheet = await openYourMarks(page);
  await chooseExport(page, sheet, "animelist_1764_-_a-made-up-fan.xml.gz", gzipSync(EXPORT));

  const preview = page.getByRole("dialog", { name: "Import from MyAnimeList" });
  await expect(preview).toContainText("the file was not sent anywhere");
  const toMark = preview.getByRole("region", { name: "To be marked Watched" });
  await expect(toMark).toContainText("2 shows will be marked Watched");
  await expect(toMark.getByRole("listitem")).toHaveText([
    "Hal (finished 3 May 2024)",
    "Tokyo Magnitude 8.0 (the file gives no finish date, so it is dated today)",
  ]);
  await expect(preview).toContainText("Already marked here, and left as they are: Grave of the Fireflies");
  await expect(preview.getByRole("list", { name: "Not marked" }).getByRole("listitem")).toHaveText([
    "You are partway through Fate/Zero.",
    "You have seen Fullmetal Alchemist: Brotherhood, another version of #20 Fullmetal Alchemist: it is not marked.",
  ]);
  await expectNoAxeViolations(page, { include: "dialog[open]" });
  for (const size of [
    { name: "phone", width: 390, height: 844 },
    { name: "desktop", width: 1440, height: 900 },
  ]) {
    await page.setViewportSize(size);
    const path = testInfo.outputPath(`myanimelist-preview-${size.name}.png`);
    await page.screenshot({ path });
    await testInfo.attach(`myanimelist-preview-${size.name}`, { path, contentType: "image/png" });
  }

  await preview.getByRole("button", { name: "Add 2 shows" }).click();
  await expect(preview).toBeHidden();
  await expect(progress(page)).toHaveText("3 of 21 watched · 1 made you cry");
  await expect
    .poll(async () => (await storedTracker(page)).marks?.hal)
    .toEqual({ watchedAt: "2024-05-03T12:00:00.000Z" });
  const stored = await storedTracker(page);
  // Grave of the Fireflies keeps its own Cried mark; Fate/Zero and #20 stay unmarked.
  expect(stored.marks["grave-of-the-fireflies"].criedAt).toBeDefined();
  expect(stored.marks["fate-zero"]).toBeUndefined();
  expect(stored.marks["fullmetal-alchemist"]).toBeUndefined();

  await expect(sheet.getByRole("status").filter({ hasText: "MyAnimeList" })).toHaveText(
    "2 shows marked Watched from MyAnimeList. To take it back, close this and choose Undo.",
  );
  await page.keyboard.press("Escape");
  await expect(sheet).toBeHidden();
  await page.getByRole("button", { name: "Undo" }).click();
  await expect(progress(page)).toHaveText("1 of 21 watched · 1 made you cry");
});

test("files that are not an anime export get a clear message, and nothing changes", async ({ page }) => {
  await page.goto("/");
  await marksFor(page, "Hal").getByRole("button", { name: "Watched" }).click();
  const sheet = await openYourMarks(page);
  const cases = [
    ["manga.xml", Buffer.from(malExport([{ id: 2 }], { exportType: 2 })), /It is a MyAnimeList manga list/],
    ["photo.xml.gz", Buffer.from([0x1f, 0x8b, 8, 0, 1, 2, 3, 4, 5, 6, 7, 8]), /damaged or cut short/],
    [
      "other-shows.xml",
      Buffer.from(malExport(noiseIds(5).map((id) => ({ id })))),
      /has none of the 21 shows/,
    ],
  ] as const;
  for (const [name, buffer, message] of cases) {
    await chooseExport(page, sheet, name, buffer);
    await expect(sheet.getByRole("status").filter({ hasText: name })).toHaveText(message);
    await expect(page.getByRole("dialog", { name: "Import from MyAnimeList" })).toHaveCount(0);
  }
  await expect(progress(page)).toHaveText("1 of 21 watched · none made you cry yet");
});

test("Download for MyAnimeList writes a file that brings the same marks into a fresh browser", async ({
  page,
  browser,
}) => {
  await page.goto("/");
  await marksFor(page, "Hal").getByRole("button", { name: "Watched" }).click();
  await marksFor(page, "Bokurano").getByRole("button", { name: "Cried" }).click();
  const sheet = await openYourMarks(page);
  const downloading = page.waitForEvent("download");
  await sheet.getByRole("button", { name: "Download for MyAnimeList" }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^made-us-cry-for-myanimelist-\d{4}-\d{2}-\d{2}\.xml$/);
  const xml = await (await download.createReadStream()).toArray().then((chunks) => Buffer.concat(chunks));
  expect(xml.toString()).toContain("<my_status>Completed</my_status>");

  const fresh = await (await browser.newContext({ baseURL: new URL(page.url()).origin })).newPage();
  await fresh.goto("/");
  await expect(fresh.locator("html[data-ready]")).toHaveCount(1);
  const freshSheet = await openYourMarks(fresh);
  await chooseExport(fresh, freshSheet, "made-us-cry-for-myanimelist.xml", xml);
  await fresh
    .getByRole("dialog", { name: "Import from MyAnimeList" })
    .getByRole("button", { name: "Add 2 shows" })
    .click();
  await expect(progress(fresh)).toHaveText("2 of 21 watched · none made you cry yet");
  const days = (marks: Record<string, { watchedAt: string }>) =>
    Object.fromEntries(Object.entries(marks).map(([slug, mark]) => [slug, mark.watchedAt.slice(0, 10)]));
  const ours = days((await storedTracker(page)).marks);
  await expect.poll(async () => days((await storedTracker(fresh)).marks ?? {})).toEqual(ours);
});
