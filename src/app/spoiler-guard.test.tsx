import { renderToString } from "react-dom/server";
import { MemoryRouter } from "react-router";
import { describe, expect, test } from "vitest";
import rawEntries from "../../data/entries.json";
import { ogImageSvg } from "../../scripts/og-image";
import { entryMeta, homeMeta } from "./page-meta";
import { EntryCard } from "../features/countdown/entry-card";
import { EntryDetails } from "../features/entry-drawer/entry-details";
import type { Entry } from "../features/entries/entry-schema";
import { parseEntriesForAuthoring } from "../features/entries/entry-authoring";
import { guardWordsIn } from "../features/entries/spoiler-guard";

// Issue 16: nothing shown before "Reveal spoiler" may say what the spoiler keeps back.
// Each entry lists those words (spoilerGuard); this reads every text a new fan meets
// first, as rendered, and looks for them.

const entries = parseEntriesForAuthoring(rawEntries);
const ORIGIN = "https://made-us-cry.example";

/** The text a person can read in some HTML: hidden parts (the spoiler's region) left out. */
function readableText(html: string): string {
  const holder = document.createElement("div");
  holder.innerHTML = html;
  holder.querySelectorAll("[hidden]").forEach((node) => node.remove());
  return holder.textContent;
}

const svgText = (svg: string) =>
  new DOMParser().parseFromString(svg, "image/svg+xml").documentElement.textContent;

function shownBeforeTheSpoiler(entry: Entry, spoilerUnlocked = false) {
  const meta = entryMeta(entry);
  return {
    card: readableText(
      renderToString(
        <MemoryRouter>
          <EntryCard entry={entry} />
        </MemoryRouter>,
      ),
    ),
    drawer: readableText(renderToString(<EntryDetails entry={entry} spoilerUnlocked={spoilerUnlocked} />)),
    "page title": meta.title,
    "meta description": meta.description,
    "preview image alt": meta.imageAlt,
    "structured data": JSON.stringify(meta.jsonLd?.(ORIGIN)),
    "preview image": svgText(ogImageSvg(entry)),
  };
}

test("every entry guards its spoiler with at least one word, except those with no spoiler", () => {
  for (const entry of entries) {
    if (entry.spoiler === null) expect(entry.spoilerGuard).toEqual([]);
    else expect(entry.spoilerGuard.length, entry.slug).toBeGreaterThan(0);
  }
});

describe.each(entries.map((entry) => [`#${entry.rank} ${entry.slug}`, entry] as const))("%s", (_, entry) => {
  test("no spoiler-guard word in anything shown before the spoiler", () => {
    const shown = shownBeforeTheSpoiler(entry);
    // What is read is what is shown: the hook on the card, every note in the drawer.
    expect(shown.card).toContain(entry.hook);
    for (const note of entry.contentNotes) expect(shown.drawer).toContain(note.text);
    if (entry.spoiler) expect(shown.drawer).not.toContain(entry.spoiler);
    const found = Object.entries(shown)
      .map(([where, text]) => ({ where, words: guardWordsIn(text, entry) }))
      .filter(({ words }) => words.length > 0);
    expect(found).toEqual([]);
  });

  test.runIf(entry.spoiler !== null)("the same check finds every guard word once the spoiler shows", () => {
    // The check can fail: with the spoiler open, the drawer holds every guarded word.
    expect(guardWordsIn(shownBeforeTheSpoiler(entry, true).drawer, entry)).toEqual(entry.spoilerGuard);
  });
});

test("the home page and its preview name no entry's guarded words", () => {
  const meta = homeMeta(entries);
  const home = [meta.title, meta.description, svgText(ogImageSvg("home", { entries }))].join("\n");
  for (const entry of entries) expect(guardWordsIn(home, entry), entry.slug).toEqual([]);
});

test("guard words match whole words, in any case and either apostrophe", () => {
  const entry = { spoilerGuard: ["Cal", "Haruko's arms"] };
  expect(guardWordsIn("cal's duel", entry)).toEqual(["Cal"]);
  expect(guardWordsIn("a call, a calendar", entry)).toEqual([]);
  expect(guardWordsIn("in Haruko’s arms", entry)).toEqual(["Haruko's arms"]);
});
