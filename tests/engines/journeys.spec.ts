import {
  barProgress,
  cardId,
  cardIds,
  chip,
  countdown,
  FILTER_SHEET,
  inBar,
  openDialog,
  titleOf,
} from "./countdown";
import { gzipSync } from "node:zlib";
import { STORAGE_KEYS } from "../../src/config/storage-keys";
import { malExport } from "../../src/features/tracker/testing/mal-fixtures";
import { expect, test } from "./fixtures";
import type { Tab, Target } from "./tab";

// The core journeys, written once and run in Chromium, Firefox and WebKit against the
// production build (one Playwright project per engine, see playwright.config.ts).

const { tracker: KEY, trackerBackup: BACKUP_KEY } = STORAGE_KEYS;

const mark = (slug: string, button: "Watched" | "Cried"): Target => ({
  within: { css: "[role=group]", name: `Your marks for ${titleOf(slug)}` },
  css: "button",
  name: button,
});

function pressed(tab: Tab, slug: string, button: "Watched" | "Cried") {
  return tab.evaluate(
    (label, name) => {
      const group = document.querySelector(`[role=group][aria-label="${label}"]`);
      const found = Array.from(group?.querySelectorAll("button") ?? []).find(
        (candidate) => candidate.textContent?.trim() === name,
      );
      return found?.getAttribute("aria-pressed") ?? "missing";
    },
    `Your marks for ${titleOf(slug)}`,
    button,
  );
}

/** The slugs with a mark in storage, sorted. */
const storedSlugs = (tab: Tab) =>
  tab.evaluate((key) => Object.keys(JSON.parse(localStorage.getItem(key) ?? "{}").marks ?? {}).sort(), KEY);

test("the countdown: 21 shows from #21 to #1, nothing wider than a phone", async ({
  serve,
  newTab,
  snap,
}) => {
  const site = await serve();
  const tab = await newTab(site);
  await tab.open("/");
  expect(await cardIds(tab)).toEqual(countdown.map((entry) => cardId(entry.slug)));
  const widths = await tab.evaluate(() => ({
    viewport: window.innerWidth,
    page: document.documentElement.scrollWidth,
  }));
  expect(widths.viewport).toBe(390);
  expect(widths.page).toBeLessThanOrEqual(widths.viewport);
  await snap(tab, "countdown");
});

test("a cold deep link opens its drawer; Escape closes it and focus returns to the card", async ({
  serve,
  newTab,
  snap,
}, testInfo) => {
  const site = await serve();
  const tab = await newTab(site);
  const started = Date.now();
  await tab.open("/anime/grave-of-the-fireflies");
  testInfo.annotations.push({ type: "deep link live after (ms)", description: String(Date.now() - started) });
  const heading = await tab.waitFor(() => document.querySelector("dialog[open] h2")?.textContent);
  expect(heading).toBe("Grave of the Fireflies");
  await snap(tab, "deep-link-drawer");
  await tab.page.press("Escape");
  await tab.waitFor(() => !document.querySelector("dialog[open]"));
  expect(new URL(await tab.page.url()).pathname).toBe("/");
  const focused = await tab.waitFor(() => document.activeElement?.closest("article")?.id);
  expect(focused).toBe("entry-grave-of-the-fireflies");
});

test("a card's title opens its drawer, with one history entry; Close brings focus back to the card", async ({
  serve,
  newTab,
}) => {
  const site = await serve();
  const tab = await newTab(site);
  await tab.open("/");
  const entriesBefore = await tab.evaluate(() => history.length);
  // The router navigates after the next paint (AppLink's afterPaint): a frame and a task
  // that every engine must give it.
  await tab.tap({ css: "article h2 a", name: "Hal" });
  await expect.poll(() => openDialog(tab)).toBe("Hal");
  expect(new URL(await tab.page.url()).pathname).toBe("/anime/hal");
  expect(await tab.evaluate(() => history.length)).toBe(entriesBefore + 1);
  await tab.tap({ within: { css: "dialog[open]", name: "Hal" }, css: "button", name: "Close" });
  await expect.poll(() => openDialog(tab)).toBeNull();
  await tab.waitFor(() => location.pathname === "/");
  const focused = await tab.waitFor(() => document.activeElement?.closest("article")?.id);
  expect(focused).toBe("entry-hal");
});

test("a filter chip narrows the list and the address", async ({ serve, newTab }) => {
  const site = await serve();
  const tab = await newTab(site);
  await tab.open("/");
  // The chips sit in a sheet that the countdown bar's Filter button opens.
  await tab.tap(inBar("Filter"));
  await expect.poll(() => openDialog(tab)).toBe(FILTER_SHEET.name);
  await tab.tap(chip("Format", "Film"));
  await tab.waitFor(() => location.search === "?format=film");
  const films = countdown.filter((entry) => entry.format === "film").map((entry) => cardId(entry.slug));
  // The list narrows behind the sheet, and the sheet's own button says by how much.
  await tab.waitFor(
    (count) => document.querySelectorAll("ol.countdown-cards > li:not([hidden])").length === count,
    films.length,
  );
  await tab.tap({ within: FILTER_SHEET, css: "button", name: `Show ${films.length} shows` });
  await expect.poll(() => openDialog(tab)).toBeNull();
  expect(await cardIds(tab)).toEqual(films);
  expect(new URL(await tab.page.url()).search).toBe("?format=film");
  // From 768 px every second card shown has its artwork on the right, counted among the
  // cards shown only (styles/countdown-cards.css). The stylesheet's own rule, as this
  // engine parsed it (one it cannot parse is dropped), picks the 2nd, 4th… film.
  const onTheRight = await tab.evaluate(() => {
    // Style rules inside @media, @supports and @layer (a style rule has cssRules too, for nesting).
    const rulesIn = (list: CSSRuleList): CSSRule[] =>
      Array.from(list).flatMap((rule) =>
        rule instanceof CSSStyleRule
          ? [rule]
          : "cssRules" in rule
            ? rulesIn(rule.cssRules as CSSRuleList)
            : [],
      );
    const rule = Array.from(document.styleSheets)
      .flatMap((sheet) => rulesIn(sheet.cssRules))
      .find(
        (candidate) =>
          candidate instanceof CSSStyleRule &&
          /card-art/.test(candidate.selectorText) &&
          / of /.test(candidate.selectorText),
      );
    if (!(rule instanceof CSSStyleRule)) return null;
    return Array.from(document.querySelectorAll(rule.selectorText), (art) => art.closest("article")?.id);
  });
  expect(onTheRight).toEqual(films.filter((_, index) => index % 2 === 1));
});

test("Watched and Cried survive a reload", async ({ serve, newTab }) => {
  const site = await serve();
  const tab = await newTab(site);
  await tab.open("/");
  await tab.tap(mark("hal", "Watched"));
  await tab.tap(mark("grave-of-the-fireflies", "Cried"));
  await expect.poll(() => pressed(tab, "grave-of-the-fireflies", "Cried")).toBe("true");
  // Saved once the tab holds the write lock (decision 012), a moment after the tap.
  await expect.poll(() => storedSlugs(tab)).toEqual(["grave-of-the-fireflies", "hal"]);
  await tab.reload();
  await expect.poll(() => pressed(tab, "hal", "Watched")).toBe("true");
  expect(await pressed(tab, "hal", "Cried")).toBe("false");
  expect(await pressed(tab, "grave-of-the-fireflies", "Watched")).toBe("true");
  expect(await pressed(tab, "grave-of-the-fireflies", "Cried")).toBe("true");
  expect(await barProgress(tab)).toBe("2 of 21 watched · 1 made you cry");
});

test("corrupt saved marks show a notice, and the damaged text is kept", async ({ serve, newTab }) => {
  const damaged = "{definitely not json";
  const site = await serve();
  const tab = await newTab(site);
  await tab.open("/");
  await tab.evaluate((key, text) => localStorage.setItem(key, text), KEY, damaged);
  await tab.reload();
  // In the page, above the countdown bar: not behind a button.
  await tab.waitFor(() =>
    /could not read the marks saved in this browser/i.test(
      document.querySelector<HTMLElement>('section[aria-label="About your saved marks"]')?.innerText ?? "",
    ),
  );
  const stored = await tab.evaluate(
    (key, backup) => [localStorage.getItem(key), localStorage.getItem(backup)],
    KEY,
    BACKUP_KEY,
  );
  expect(stored).toEqual([damaged, damaged]);
});

test("after one visit, an entry page reloads offline", async ({ serve, newTab }) => {
  const site = await serve();
  const tab = await newTab(site);
  await tab.open("/anime/hal");
  await tab.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (navigator.serviceWorker.controller) return;
    await new Promise((resolve) => navigator.serviceWorker.addEventListener("controllerchange", resolve));
  });
  await site.close();
  await tab.reload();
  const heading = await tab.waitFor(() => document.querySelector("dialog[open] h2")?.textContent);
  expect(heading).toBe("Hal");
  await tab.tap({
    within: { css: "dialog[open] [role=group]", name: "Your marks for Hal" },
    css: "button",
    name: "Cried",
  });
  await expect.poll(() => pressed(tab, "hal", "Cried")).toBe("true");
});

test("a tap before the app is live ends as the person meant, and never undoes a saved mark", async ({
  serve,
  newTab,
}) => {
  // A returning visitor: Hal was marked Watched months ago. The prerendered page cannot
  // know that, so before the app is live Hal's Watched shows unpressed.
  const watchedAt = "2026-03-01T20:00:00.000Z";
  const saved = JSON.stringify({ version: 2, marks: { hal: { watchedAt } }, preferences: { avoid: [] } });
  const site = await serve({
    // The boot module arrives only after the taps, as on a slow phone. (A fixed 2.5 s delay
    // was not always enough for WebKit to open the page and tap twice on a loaded machine.)
    hold: { path: /^\/assets\/index-[^/]+\.js$/ },
    beforePage: `localStorage.getItem(${JSON.stringify(KEY)}) === null && localStorage.setItem(${JSON.stringify(KEY)}, ${JSON.stringify(saved)});`,
  });
  const tab = await newTab(site);
  await tab.open("/", { live: false });
  await tab.tap(mark("hal", "Watched"));
  await tab.tap(mark("air", "Watched"));
  expect(await tab.isLive(), "the taps came before the app was live").toBe(false);
  site.release();
  await tab.waitFor(() => document.documentElement.hasAttribute("data-ready"));
  // The tap on Air (not marked before) is replayed; Hal stays marked, with its first date.
  await expect.poll(() => pressed(tab, "air", "Watched")).toBe("true");
  expect(await pressed(tab, "hal", "Watched")).toBe("true");
  expect(await barProgress(tab)).toBe("2 of 21 watched · none made you cry yet");
  await expect.poll(() => storedSlugs(tab)).toEqual(["air", "hal"]);
  const stored = await tab.evaluate((key) => JSON.parse(localStorage.getItem(key) ?? "{}"), KEY);
  expect(stored.marks.hal).toEqual({ watchedAt });
});

test("two tabs marking at the same instant keep every mark (10 rounds)", async ({ serve, newTab }) => {
  const site = await serve();
  const tabs = [await newTab(site), await newTab(site)];
  for (const tab of tabs) await tab.open("/");
  const slugs = countdown.slice(0, 20).map((entry) => entry.slug);
  // Round i: the first tab marks show 2i and the second show 2i + 1, at the same instant
  // by the shared clock. Scheduled inside each page, so neither driver's latency counts.
  const start = Date.now() + 2000; // ms, time to schedule both tabs
  const gap = 300; // ms between rounds
  await Promise.all(
    tabs.map((tab, side) =>
      tab.evaluate(
        (labels, at, every) => {
          labels.forEach((label, round) => {
            setTimeout(
              () => {
                const group = document.querySelector(`[role=group][aria-label="${label}"]`);
                const button = Array.from(group?.querySelectorAll("button") ?? []).find(
                  (candidate) => candidate.textContent?.trim() === "Watched",
                );
                button?.click();
              },
              at + round * every - Date.now(),
            );
          });
        },
        slugs.filter((_, index) => index % 2 === side).map((slug) => `Your marks for ${titleOf(slug)}`),
        start,
        gap,
      ),
    ),
  );
  await new Promise((resolve) => setTimeout(resolve, start + 10 * gap - Date.now()));
  for (const tab of tabs) {
    await expect.poll(() => storedSlugs(tab), { timeout: 10_000 }).toEqual([...slugs].sort());
    await expect
      .poll(() => tab.evaluate(() => document.querySelectorAll("[aria-pressed=true]").length), {
        timeout: 10_000,
      })
      .toBe(20);
  }
});

test("the app starts where PerformanceObserver is missing", async ({ serve, newTab }) => {
  const site = await serve({ beforePage: "delete window.PerformanceObserver;" });
  const tab = await newTab(site);
  for (const path of ["/", "/anime/hal"]) {
    await tab.open(path, { live: false });
    expect(await tab.evaluate(() => typeof window.PerformanceObserver)).toBe("undefined");
    await tab.waitFor(() => document.documentElement.hasAttribute("data-ready"));
  }
  await tab.tap({
    within: { css: "dialog[open] [role=group]", name: "Your marks for Hal" },
    css: "button",
    name: "Cried",
  });
  await expect.poll(() => pressed(tab, "hal", "Cried")).toBe("true");
});

test("content notes: categories in the open, the details behind a disclosure, the rest kept with the spoiler", async ({
  serve,
  newTab,
  snap,
}) => {
  const site = await serve();
  const tab = await newTab(site);
  await tab.open("/anime/tokyo-magnitude-8-0");
  const categories = await tab.waitFor(() =>
    Array.from(
      document.querySelectorAll('dialog[open] [aria-label="Content notes"] li'),
      (li) => li.textContent,
    ).join(", "),
  );
  expect(categories).toBe("Disaster, Bereavement");
  const details = () =>
    tab.evaluate(() => {
      const disclosure = document.querySelector("dialog[open] details");
      const note = disclosure?.querySelector("li");
      // Closed <details> content keeps its boxes in some engines; checkVisibility knows better.
      return { open: disclosure?.hasAttribute("open"), noteShown: note?.checkVisibility() ?? false };
    });
  expect(await details()).toEqual({ open: false, noteShown: false });
  await tab.tap({ css: "summary", name: "What it deals with" });
  await expect.poll(details).toEqual({ open: true, noteShown: true });
  await snap(tab, "content-notes-open");
  // The death of a child would give Tokyo Magnitude's turn away: it waits with the spoiler.
  const drawerText = () =>
    tab.evaluate(() => document.querySelector<HTMLElement>("dialog[open]")?.innerText ?? "");
  expect(await drawerText()).not.toContain("Death of a child");
  await tab.tap({ css: "button", name: "Reveal spoiler" });
  await expect.poll(drawerText).toContain("Also deals with: Death of a child");
});

test("a MyAnimeList export, chosen in Your marks, is previewed and then marks its Completed shows", async ({
  serve,
  newTab,
  snap,
}) => {
  const site = await serve();
  const tab = await newTab(site);
  await tab.open("/");
  await tab.tap({ ...inBar("Your marks"), startsWith: true });
  await expect.poll(() => openDialog(tab)).toBe("Your marks");
  // The system's file picker is not the page's to drive: the chosen file is handed to the
  // input the "Import from MyAnimeList" button opens, as the picker would.
  const gz = gzipSync(
    malExport([
      { id: 16528, finish: "2024-05-03" },
      { id: 578, status: "Completed" },
      { id: 10087, status: "Watching" },
    ]),
  ).toString("base64");
  await tab.evaluate((base64) => {
    const input = document.querySelector<HTMLInputElement>('input[aria-label="MyAnimeList export file"]');
    if (!input) throw new Error("no MyAnimeList input");
    const bytes = Uint8Array.from(atob(base64), (char) => char.charCodeAt(0));
    const files = new DataTransfer();
    files.items.add(new File([bytes], "animelist_a-made-up-fan.xml.gz", { type: "application/gzip" }));
    input.files = files.files;
    input.dispatchEvent(new Event("change", { bubbles: true }));
  }, gz);
  // The preview opens over the sheet, as a modal of its own.
  const modalTitle = () =>
    tab.evaluate(() => {
      const modal = document.querySelector("dialog.modal[open]");
      return modal
        ? (document.getElementById(modal.getAttribute("aria-labelledby") ?? "")?.textContent ?? "")
        : null;
    });
  await expect.poll(modalTitle).toBe("Import from MyAnimeList");
  const previewText = () =>
    tab.evaluate(
      () => document.querySelector<HTMLElement>("dialog.modal[open]")?.innerText.replace(/\s+/g, " ") ?? "",
    );
  await expect.poll(previewText).toContain("2 shows will be marked Watched: Hal (finished 3 May 2024)");
  expect(await previewText()).toContain("You are partway through Fate/Zero.");
  await snap(tab, "myanimelist-preview");
  await tab.tap({ css: "dialog.modal[open] button", name: "Add 2 shows" });
  await expect.poll(modalTitle).toBeNull();
  await tab.page.press("Escape");
  await expect.poll(() => openDialog(tab)).toBeNull();
  await expect.poll(() => pressed(tab, "hal", "Watched")).toBe("true");
  expect(await pressed(tab, "grave-of-the-fireflies", "Watched")).toBe("true");
  expect(await pressed(tab, "fate-zero", "Watched")).toBe("false");
  await expect.poll(() => storedSlugs(tab)).toEqual(["grave-of-the-fireflies", "hal"]);
});
