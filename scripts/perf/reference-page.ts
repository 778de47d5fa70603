// The yardstick for `npm run perf`: the countdown's text as one plain HTML page — no
// JavaScript, no artwork, a few lines of inline CSS, system fonts. Its LCP is about as good
// as this content can get on this machine in this run, so our LCP is reported as a ratio
// to it rather than as a bare number that moves with the machine's load.
import type { Entry } from "../../src/features/entries/entry-schema.ts";
import { formatFacts, formatList } from "../../src/features/entries/format-entry.ts";
import { escapeXml } from "../../src/lib/escape-xml.ts";

// The intro and closing mirror src/features/countdown/countdown-copy.tsx in length and
// shape (a kicker, a headline, two paragraphs), so both pages paint a similar first block.
function intro(count: number): string {
  return `<header>
<p class="kicker">A countdown, from #${count} to #1</p>
<h1>${count} anime that made us cry</h1>
<p>Each of these films, series and OVAs once left one of us staring at a dark screen, not ready to get up. They are about war and first love, ghosts and robots, brothers and sisters.</p>
<p>We start at #${count} and work our way up to the one that hurt the most. Take your time, keep some tissues near, and skip anything you are not ready for; each entry names what it deals with, and keeps the details folded away until you ask.</p>
</header>`;
}

function card(entry: Entry): string {
  return `<article>
<p class="rank">${entry.rank}</p>
<h2>${escapeXml(entry.title.english)}</h2>
<p lang="ja">${escapeXml(entry.title.native)}</p>
<p>${escapeXml(formatFacts(entry))}</p>
<p>${escapeXml(formatList(entry.studios))} · directed by ${escapeXml(entry.director)}</p>
<p class="hook">${escapeXml(entry.hook)}</p>
</article>`;
}

const CSS = `body{margin:0 auto;max-width:60rem;padding:4rem 1.25rem;background:#0d0f1e;color:#ece6f5;font:1.125rem/1.6 system-ui,sans-serif}
h1,h2,.rank,.hook{font-family:Georgia,serif}h1{font-size:2.25rem;line-height:1.2}.kicker{letter-spacing:.2em;text-transform:uppercase;font-size:.875rem}
article{margin:4rem 0}.rank{font-size:4.5rem;line-height:1;margin:0}h2{font-size:1.875rem;margin:.5rem 0}.hook{font-style:italic;font-size:1.25rem}`;

/** A plain HTML document: the measuring scripts' reference pages (this one, and the bench's). */
export function plainHtmlDocument({
  title,
  description,
  css,
  body,
}: {
  title: string;
  description: string;
  css: string;
  body: string;
}): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="description" content="${escapeXml(description)}">
<link rel="icon" href="data:,">
<title>${escapeXml(title)}</title>
<style>${css}</style>
</head>
<body>
${body}
</body>
</html>
`;
}

/** One HTML document with the same text as the countdown page, entries from #N to #1. */
export function referencePageHtml(entries: readonly Entry[]): string {
  const countdown = [...entries].sort((a, b) => b.rank - a.rank);
  return plainHtmlDocument({
    title: "Made Us Cry · plain HTML reference",
    description: "Reference page for npm run perf: the countdown's text as plain HTML.",
    css: CSS,
    body: `<main>
${intro(entries.length)}
${countdown.map(card).join("\n")}
</main>`,
  });
}
