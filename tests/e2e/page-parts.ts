import type { Locator, Page } from "@playwright/test";
import { STORAGE_KEYS } from "../../src/config/storage-keys";
import { expect } from "./fixtures";

/**
 * The tracker as the page saved it. A mark shows at once and is written a moment later, once
 * the tab holds its write lock (decision 012): read it inside `expect.poll`.
 */
export const storedTracker = (page: Page) =>
  page.evaluate((key) => JSON.parse(localStorage.getItem(key) ?? "{}"), STORAGE_KEYS.tracker);

// The parts of the countdown page the specs find by role, written once.

/** The list of shows. */
export const countdown = (page: Page) => page.getByRole("region", { name: /the countdown/i });

/** The title of each card in the list, in order. */
export const cardTitles = (page: Page) =>
  countdown(page).getByRole("article").getByRole("heading", { level: 2 });

/** The countdown bar: the rank being read, your marks, Search and Filter. */
export const bar = (page: Page) => page.getByRole("region", { name: "Countdown tools" });

/** The bar's polite status: one sentence, heard after each mark ("3 of 21 watched · …"). */
export const progress = (page: Page) =>
  bar(page)
    .getByRole("status")
    .filter({ hasText: /watched/ });

/** A show's Watched and Cried toggles, on its card or in its drawer. */
export const marksFor = (page: Page | Locator, title: string) =>
  page.getByRole("group", { name: `Your marks for ${title}` });

/** Opens the "Your marks" sheet from the countdown bar. */
export async function openYourMarks(page: Page): Promise<Locator> {
  await bar(page)
    .getByRole("button", { name: /^Your marks/ })
    .click();
  const sheet = page.getByRole("dialog", { name: "Your marks" });
  await expect(sheet).toBeVisible();
  return sheet;
}
