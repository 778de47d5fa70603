import entries from "../../data/entries.json" with { type: "json" };
import type { Tab, Target } from "./tab";

// The countdown page as the journeys see it: its cards, and the countdown bar with the
// filter sheet it opens.

/** Every entry, in the page's order: #21 first, #1 last. */
export const countdown = [...entries].sort((a, b) => b.rank - a.rank);

export const titleOf = (slug: string) =>
  countdown.find((entry) => entry.slug === slug)?.title.english ?? slug;

export const cardId = (slug: string) => `entry-${slug}`;

/** The element ids of the cards in the list, in order. */
export const cardIds = (tab: Tab) =>
  tab.evaluate(() =>
    Array.from(document.querySelectorAll("ol.countdown-cards > li:not([hidden]) article"), (card) => card.id),
  );

/** A button of the countdown bar, by its name ("Filter", "Clear filters"). */
export const inBar = (name: string): Target => ({
  within: { css: "section", name: "Countdown tools" },
  css: "button",
  name,
});

/** The filter sheet the bar's Filter and Search buttons open. */
export const FILTER_SHEET = { css: "dialog[open]", name: "Find one for tonight" } as const;

/** A chip of the filter sheet: `chip("Format", "Film")` is "Film, 5 shows". */
export const chip = (group: string, label: string): Target => ({
  within: { css: "dialog[open] [role=group]", name: group },
  css: "button[aria-pressed]",
  name: `${label},`,
  startsWith: true,
});

/** The title of the open modal dialog, or null when none is open. */
export const openDialog = (tab: Tab) =>
  tab.evaluate(() => {
    const dialog = document.querySelector("dialog[open]");
    if (!dialog) return null;
    const title = document.getElementById(dialog.getAttribute("aria-labelledby") ?? "");
    return title?.textContent?.trim() ?? "";
  });

/** The text of the countdown bar, spaces collapsed ("Now reading #10 …"). */
export const barText = (tab: Tab) =>
  tab.evaluate(
    () =>
      document
        .querySelector('section[aria-label="Countdown tools"]')
        ?.textContent?.replace(/\s+/g, " ")
        .trim() ?? "",
  );

/** The bar's line of progress ("2 of 21 watched · 1 made you cry"), or "missing". */
export const barProgress = (tab: Tab) =>
  tab.evaluate(
    () =>
      Array.from(
        document.querySelectorAll('section[aria-label="Countdown tools"] [role=status]'),
        (status) => status.textContent ?? "",
      ).find((text) => /watched/.test(text)) ?? "missing",
  );
