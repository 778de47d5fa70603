// The yardstick for `npm run bench`: the same taps on the plainest page that shows the same
// results. The 21 entries as plain HTML (a few lines of CSS, system fonts, no artwork), and
// one inline script of DOM calls, no framework:
// - a Filter button opens a modal <dialog> with a search box and the theme chips;
// - a chip or a letter hides the list items of the cards that do not match (as the app does);
// - a Watched toggle changes its own state and the bar's count;
// - a card's title opens a modal drawer with the entry's facts, notes and marks (about as
//   much as the app's drawer shows), and Close closes it.
//
// With `tapFirst`, it answers a tap the way issue 14 asks and the app does: the chip or the
// search box shows its new state in the frame of the tap, and the list is filtered (or the
// drawer opened) in a task after the next paint. Closing the drawer stays in the tap, as
// in the app. So "plain page" is one frame for the whole result, and "plain page, tap
// first" is the two frames that design needs, with no framework in either.
//
// It speaks the bench's selectors (#bar-filter, #bar-search, #bar-marks, the countdown's
// section, `dialog[open]`, a role=group in the drawer), so every scenario of run-bench.ts
// runs on it unchanged. What it leaves out is what the app adds to each tap: React, the
// router and its address, the chips' counts, the tracker's storage, the styles. What this
// page takes at 4× is about what the browser on this machine needs for the tap itself.
import type { Entry } from "../../src/features/entries/entry-schema.ts";
import { formatFacts, formatList } from "../../src/features/entries/format-entry.ts";
import { escapeXml } from "../../src/lib/escape-xml.ts";
import { plainHtmlDocument } from "../../scripts/perf/reference-page.ts";
import { CONTENT_CATEGORIES, FORMATS, THEME_IDS, THEMES } from "../../src/features/entries/vocabulary.ts";

const themeList = (entry: Entry) =>
  `<ul>${entry.themes.map((theme) => `<li>${THEMES[theme]}</li>`).join("")}</ul>`;

function card(entry: Entry): string {
  return `<li><article id="entry-${entry.slug}" data-themes="${entry.themes.join(" ")}" data-title="${escapeXml(entry.title.english.toLowerCase())}">
<p class="rank">${entry.rank}</p>
<h2><a href="#${entry.slug}">${escapeXml(entry.title.english)}</a></h2>
<p lang="ja">${escapeXml(entry.title.native)}</p>
<p>${escapeXml(formatFacts(entry))}</p>
<p>${escapeXml(formatList(entry.studios))} · directed by ${escapeXml(entry.director)}</p>
${themeList(entry)}
<p class="hook">${escapeXml(entry.hook)}</p>
<button type="button" class="watched" aria-pressed="false">Watched</button>
</article>${drawerContent(entry)}</li>`;
}

/** What the drawer shows for an entry, about as much text and as many elements as the app's. */
function drawerContent(entry: Entry): string {
  const facts: [string, string][] = [
    ["Format", FORMATS[entry.format]],
    ["Released", entry.released],
    ["Length", formatFacts(entry)],
    ["Studio", formatList(entry.studios)],
    ["Director", entry.director],
    ["Romaji", entry.title.romaji],
  ];
  return `<template id="drawer-${entry.slug}">
<h2>${escapeXml(entry.title.english)}</h2>
<p lang="ja">${escapeXml(entry.title.native)}</p>
<div role="group" aria-label="Your marks"><button type="button" class="watched" aria-pressed="false">Watched</button> <button type="button" aria-pressed="false">Cried</button></div>
<p class="hook">${escapeXml(entry.hook)}</p>
<p>${escapeXml(entry.whyItHurts)}</p>
<dl>${facts.map(([term, value]) => `<dt>${term}</dt><dd>${escapeXml(value)}</dd>`).join("")}</dl>
${themeList(entry)}
<details><summary>What it deals with</summary><ul>${entry.contentNotes
    .map((note) => `<li><b>${CONTENT_CATEGORIES[note.category]}</b> ${escapeXml(note.text)}</li>`)
    .join("")}</ul></details>
<button type="button" class="close">Close</button>
</template>`;
}

const CSS = `body{margin:0 auto;max-width:60rem;padding:5rem 1.25rem;background:#0d0f1e;color:#ece6f5;font:1.125rem/1.6 system-ui,sans-serif}
header{position:fixed;inset:auto 0 0;display:flex;gap:1rem;padding:.75rem;background:#171a2e}
h1,h2,.rank,.hook{font-family:Georgia,serif}ol{list-style:none;padding:0}article{margin:4rem 0}.rank{font-size:4.5rem;line-height:1;margin:0}
a{color:inherit}button{font:inherit;min-height:2.75rem}[aria-pressed=true]{background:#f4c77b;color:#0d0f1e}
dialog{inset:auto 0 0;width:auto;max-width:none;max-height:80vh;margin:0;background:#171a2e;color:inherit}
dialog::backdrop{background:rgb(0 0 0/.5)}`;

// Runs in the page. Plain DOM: each handler changes only what the tap's result needs.
// TAP_FIRST is set before it (see referenceTapsPageHtml).
const SCRIPT = `
// The app's afterNextPaint (src/lib/next-task.ts): a task after the next frame.
const result = (run) => (TAP_FIRST ? requestAnimationFrame(() => setTimeout(run, 0)) : run());
const cards = [...document.querySelectorAll("article")];
const sheet = document.getElementById("sheet");
const search = sheet.querySelector("input");
const drawer = document.getElementById("drawer");
const marks = document.getElementById("bar-marks");
const watched = new Set();
const showCount = () => { marks.textContent = watched.size + " watched"; };
function filter() {
  const themes = [...sheet.querySelectorAll("[aria-pressed=true]")].map((chip) => chip.dataset.theme);
  const text = search.value.trim().toLowerCase();
  for (const card of cards) {
    const own = card.dataset.themes.split(" ");
    card.parentElement.hidden = !themes.every((theme) => own.includes(theme)) || !card.dataset.title.includes(text);
  }
}
const toggle = (button) => button.setAttribute("aria-pressed", String(button.getAttribute("aria-pressed") !== "true"));
document.getElementById("bar-filter").onclick = () => sheet.showModal();
document.getElementById("bar-search").onclick = () => { sheet.showModal(); search.focus(); };
sheet.addEventListener("click", (event) => {
  const chip = event.target.closest("[data-theme]");
  if (chip) { toggle(chip); result(filter); }
});
search.oninput = () => result(filter);
document.addEventListener("click", (event) => {
  const mark = event.target.closest(".watched");
  if (mark) {
    toggle(mark);
    const slug = mark.closest("[data-slug]").dataset.slug;
    if (watched.has(slug)) watched.delete(slug); else watched.add(slug);
    showCount();
  }
  const link = event.target.closest("article h2 a");
  if (link) {
    event.preventDefault();
    const slug = link.hash.slice(1);
    result(() => {
      drawer.replaceChildren(document.getElementById("drawer-" + slug).content.cloneNode(true));
      drawer.dataset.slug = slug;
      drawer.showModal();
    });
  }
});
for (const card of cards) card.dataset.slug = card.id.slice("entry-".length);
drawer.addEventListener("click", (event) => {
  if (event.target.closest(".close")) drawer.close();
});
document.documentElement.dataset.ready = "";
`;

/** The bench's reference page: the entries from #N to #1, and the script above. */
export function referenceTapsPageHtml(entries: readonly Entry[], { tapFirst = false } = {}): string {
  const countdown = [...entries].sort((a, b) => b.rank - a.rank);
  const chips = THEME_IDS.map(
    (theme) => `<button type="button" data-theme="${theme}" aria-pressed="false">${THEMES[theme]}</button>`,
  ).join("\n");
  return plainHtmlDocument({
    title: "Made Us Cry · plain reference for npm run bench",
    description: "Reference page for npm run bench: the same taps on plain HTML and DOM calls.",
    css: CSS,
    body: `<header><button type="button" id="bar-filter">Filter</button><button type="button" id="bar-search">Search</button><span id="bar-marks">0 watched</span></header>
<main>
<section aria-labelledby="countdown-title">
<h1 id="countdown-title">${entries.length} anime that made us cry</h1>
<ol>
${countdown.map(card).join("\n")}
</ol>
</section>
</main>
<dialog id="sheet" aria-label="Filters">
<form role="search" method="dialog"><input type="search" aria-label="Search titles"></form>
<div role="group" aria-label="Themes">
${chips}
</div>
</dialog>
<dialog id="drawer" aria-label="The entry"></dialog>
<script>const TAP_FIRST = ${String(tapFirst)};${SCRIPT}</script>`,
  });
}
