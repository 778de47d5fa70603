import { readFile } from "node:fs/promises";
import { marksFor, openYourMarks } from "./page-parts";
import { expect, test } from "./fixtures";

// Headless Chromium cannot share files, so the card arrives as a download.

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

test("user can make a tear card of their marks and gets a 1080×1350 PNG", async ({ page }, testInfo) => {
  await page.goto("/");
  await marksFor(page, "Grave of the Fireflies").getByRole("button", { name: "Cried" }).click();
  await marksFor(page, "Clannad: After Story").getByRole("button", { name: "Cried" }).click();
  await marksFor(page, "Hal").getByRole("button", { name: "Watched" }).click();
  await page.getByRole("radio", { name: "A flood" }).first().check();

  const sheet = await openYourMarks(page);
  const download = page.waitForEvent("download");
  await sheet.getByRole("button", { name: "Make my tear card" }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/^made-us-cry-tear-card-\d{4}-\d{2}-\d{2}\.png$/);
  await expect(sheet.getByRole("status").filter({ hasText: "saved to your downloads" })).toBeVisible();

  const path = testInfo.outputPath("tear-card.png");
  await file.saveAs(path);
  await testInfo.attach("tear-card", { path, contentType: "image/png" });

  const bytes = await readFile(path);
  expect([...bytes.subarray(0, 8)]).toEqual(PNG_SIGNATURE);
  // The first chunk of every PNG is IHDR: width and height, big-endian, at bytes 16–23.
  expect(bytes.subarray(12, 16).toString("latin1")).toBe("IHDR");
  expect(bytes.readUInt32BE(16)).toBe(1080);
  expect(bytes.readUInt32BE(20)).toBe(1350);
});
