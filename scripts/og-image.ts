import { createRequire } from "node:module";
import { Resvg } from "@resvg/resvg-js";
import { artworkFor } from "../src/features/entries/artwork/artwork";
import { escapeXml } from "../src/lib/escape-xml";
import { artworkToSvg } from "../src/features/entries/artwork/svg";
import type { Entry } from "../src/features/entries/entry-schema";
import { FORMATS } from "../src/features/entries/vocabulary";
import type { PagePreview } from "../src/config/asset-urls";

// Link previews (Open Graph) for every page, drawn as SVG and rasterised at build time.
// Fonts come from an npm package and system fonts are never loaded, so a fresh machine
// with no fonts installed renders the same picture.

export const OG_WIDTH = 1200; // px, the size Facebook, X and Slack all crop to
export const OG_HEIGHT = 630; // px

export type OgEntry = Pick<Entry, "slug" | "rank" | "themes" | "title" | "year" | "format">;
export type OgSubject = OgEntry | PagePreview;

const SERIF = "DejaVu Serif";
const SANS = "DejaVu Sans";
const fontFile = (name: string): string =>
  createRequire(import.meta.url).resolve(`dejavu-fonts-ttf/ttf/${name}`);
const FONT_FILES = ["DejaVuSerif.ttf", "DejaVuSans.ttf"];

const MARGIN = 72; // px
const TEXT_WIDTH = 800; // px; the right third stays for the artwork
const PALE = "#f4ede4";
// DejaVu Serif runs wide: an average mixed-case character is a bit over half an em.
const SERIF_CHAR_WIDTH = 0.56; // em

/**
 * Greedy word wrap by character count. Returns null when the text needs more than
 * `maxLines`; a single word longer than a line gets a line of its own.
 */
export function wrapText(text: string, maxChars: number, maxLines: number): string[] | null {
  const lines: string[] = [];
  for (const word of text.trim().split(/\s+/)) {
    const last = lines[lines.length - 1];
    if (last !== undefined && last.length + 1 + word.length <= maxChars)
      lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  return lines.length <= maxLines ? lines : null;
}

// The narrowest measure that keeps the same number of lines, so a two-line title splits
// near the middle ("Your Lie / in April") instead of leaving one word alone.
function balance(text: string, maxChars: number, lines: readonly string[]): string[] {
  let best = lines;
  for (let chars = maxChars - 1; chars > 0; chars--) {
    const narrower = wrapText(text, chars, lines.length);
    if (!narrower || Math.max(...narrower.map((line) => line.length)) > chars) break;
    best = narrower;
  }
  return [...best];
}

// Largest size first; a title drops to a smaller size rather than running to a fourth line.
const TITLE_STEPS = [
  { size: 92, maxLines: 2 },
  { size: 80, maxLines: 2 },
  { size: 68, maxLines: 3 },
  { size: 58, maxLines: 3 },
] as const;

const charsPerLine = (size: number): number => Math.floor(TEXT_WIDTH / (size * SERIF_CHAR_WIDTH));

/** Font size (px) and lines for a title; past three lines at the smallest size it is cut with "…". */
export function fitTitle(title: string): { size: number; lines: string[] } {
  for (const { size, maxLines } of TITLE_STEPS) {
    const maxChars = charsPerLine(size);
    const lines = wrapText(title, maxChars, maxLines);
    if (lines) return { size, lines: balance(title, maxChars, lines) };
  }
  const { size } = TITLE_STEPS[3];
  const maxChars = charsPerLine(size);
  const lines = (wrapText(title, maxChars, Number.POSITIVE_INFINITY) ?? [title]).slice(0, 3);
  lines[2] = `${(lines[2] ?? "").slice(0, maxChars - 1).trimEnd()}…`;
  return { size, lines };
}

// The background is the entry's own artwork, nested as a standalone SVG.
function background(entry: Pick<Entry, "slug" | "rank" | "themes">): string {
  return artworkToSvg(entry, OG_WIDTH, OG_HEIGHT);
}

// A dusk-tinted shade from the left and the bottom keeps text legible on any sky
// without flattening the picture behind it.
function shade(ink: string): string {
  return [
    `<defs>`,
    `<linearGradient id="og-side" x1="0" y1="0" x2="1" y2="0">`,
    `<stop offset="0" stop-color="${ink}" stop-opacity="0.86"/>`,
    `<stop offset="0.4" stop-color="${ink}" stop-opacity="0.6"/>`,
    `<stop offset="0.78" stop-color="${ink}" stop-opacity="0"/>`,
    `</linearGradient>`,
    `<linearGradient id="og-bottom" x1="0" y1="0" x2="0" y2="1">`,
    `<stop offset="0.45" stop-color="${ink}" stop-opacity="0"/>`,
    `<stop offset="1" stop-color="${ink}" stop-opacity="0.7"/>`,
    `</linearGradient>`,
    `</defs>`,
    `<rect width="${OG_WIDTH}" height="${OG_HEIGHT}" fill="url(#og-side)"/>`,
    `<rect width="${OG_WIDTH}" height="${OG_HEIGHT}" fill="url(#og-bottom)"/>`,
  ].join("");
}

function wordmark(glow: string): string {
  const y = MARGIN + 8;
  return [
    `<circle cx="${MARGIN + 6}" cy="${y - 8}" r="6" fill="${glow}" opacity="0.9"/>`,
    `<text x="${MARGIN + 24}" y="${y}" font-family="${SANS}" font-size="22" letter-spacing="5" fill="${PALE}" opacity="0.85">MADE US CRY</text>`,
  ].join("");
}

function textLines(lines: readonly string[], x: number, firstBaseline: number, lineHeight: number): string {
  return lines
    .map((line, i) => `<tspan x="${x}" y="${firstBaseline + i * lineHeight}">${escapeXml(line)}</tspan>`)
    .join("");
}

function svgDocument(label: string, body: string[]): string {
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${OG_WIDTH}" height="${OG_HEIGHT}" viewBox="0 0 ${OG_WIDTH} ${OG_HEIGHT}" role="img" aria-label="${escapeXml(label)}">`,
    ...body,
    `</svg>`,
  ].join("");
}

function entrySvg(entry: OgEntry): string {
  const { palette } = artworkFor(entry, OG_WIDTH, OG_HEIGHT);
  const title = fitTitle(entry.title.english);
  const lineHeight = Math.round(title.size * 1.14);
  const factsBaseline = OG_HEIGHT - MARGIN;
  const lastTitleBaseline = factsBaseline - 64;
  const firstTitleBaseline = lastTitleBaseline - (title.lines.length - 1) * lineHeight;
  // The numeral sits a cap height and a gap above the title's first line.
  const rankBaseline = firstTitleBaseline - Math.round(title.size * 0.78) - 36;
  const facts = `${entry.year} · ${FORMATS[entry.format]}`;
  return svgDocument(`#${entry.rank} ${entry.title.english}`, [
    background(entry),
    shade(palette.ink),
    wordmark(palette.glow),
    `<text x="${MARGIN - 4}" y="${rankBaseline}" font-family="${SERIF}" fill="${palette.glow}">`,
    `<tspan font-size="64" opacity="0.75">#</tspan><tspan font-size="128">${entry.rank}</tspan></text>`,
    `<text font-family="${SERIF}" font-size="${title.size}" fill="${PALE}">`,
    textLines(title.lines, MARGIN, firstTitleBaseline, lineHeight),
    `</text>`,
    `<text x="${MARGIN}" y="${factsBaseline}" font-family="${SANS}" font-size="28" letter-spacing="1" fill="${PALE}" opacity="0.8">${escapeXml(facts)}</text>`,
  ]);
}

// A page's preview (not an entry's): a dusk of its own, drawn from a made-up entry's seed.
type PageSky = Pick<Entry, "slug" | "rank" | "themes">;

type PagePreviewParts = {
  label: string;
  sky: PageSky;
  /** What the page shows on the right, where the text is not; given the sky's glow. */
  art: (glow: string) => string;
  /** A two-line serif headline: font size, first baseline and line height, px. */
  headline: { lines: [string, string]; size: number; baseline: number; lineHeight: number };
  footer: string;
};

/** The shape every page preview shares: sky, shade, art, wordmark, headline, footer. */
function pagePreviewSvg({ label, sky, art, headline, footer }: PagePreviewParts): string {
  const { palette } = artworkFor(sky, OG_WIDTH, OG_HEIGHT);
  return svgDocument(label, [
    background(sky),
    shade(palette.ink),
    art(palette.glow),
    wordmark(palette.glow),
    `<text font-family="${SERIF}" font-size="${headline.size}" fill="${PALE}">`,
    textLines(headline.lines, MARGIN, headline.baseline, headline.lineHeight),
    `</text>`,
    `<text x="${MARGIN}" y="${OG_HEIGHT - MARGIN}" font-family="${SANS}" font-size="28" letter-spacing="1" fill="${PALE}" opacity="0.8">${escapeXml(footer)}</text>`,
  ]);
}

// The countdown page: a firefly dusk of its own, with the top three as small cards.
const HOME_SKY: PageSky = { slug: "made-us-cry", rank: 21, themes: ["supernatural"] };

const CARD = { width: 288, height: 180, radius: 14 } as const; // px, 16:10 like the page

function homeCards(entries: readonly OgEntry[]): string {
  // A loose stack on the right, where the text is not: #3 at the back, #1 in front; each
  // label sits top-left, which the card in front leaves uncovered.
  const places = [
    { rank: 3, x: 862, y: 92, angle: 6 },
    { rank: 2, x: 832, y: 214, angle: -4 },
    { rank: 1, x: 848, y: 344, angle: 2 },
  ];
  return places
    .map((place) => {
      const entry = entries.find((candidate) => candidate.rank === place.rank);
      if (!entry) return "";
      const clip = `og-card-${entry.slug}`;
      return [
        `<g transform="translate(${place.x} ${place.y}) rotate(${place.angle} ${CARD.width / 2} ${CARD.height / 2})">`,
        `<rect x="-3" y="6" width="${CARD.width + 6}" height="${CARD.height + 4}" rx="${CARD.radius + 3}" fill="#06050a" opacity="0.4"/>`,
        `<clipPath id="${clip}"><rect width="${CARD.width}" height="${CARD.height}" rx="${CARD.radius}"/></clipPath>`,
        `<g clip-path="url(#${clip})">${artworkToSvg(entry, CARD.width, CARD.height)}</g>`,
        `<rect width="${CARD.width}" height="${CARD.height}" rx="${CARD.radius}" fill="none" stroke="${PALE}" stroke-opacity="0.35" stroke-width="1.5"/>`,
        `<text x="16" y="40" font-family="${SERIF}" font-size="28" fill="${PALE}">#${entry.rank}</text>`,
        `</g>`,
      ].join("");
    })
    .join("");
}

function homeSvg(entries: readonly OgEntry[]): string {
  return pagePreviewSvg({
    label: "21 anime that made us cry",
    sky: HOME_SKY,
    art: () => homeCards(entries),
    headline: { lines: ["21 anime that", "made us cry"], size: 88, baseline: 382, lineHeight: 100 },
    footer: "A countdown, from #21 to #1",
  });
}

// A shared-marks link: two columns of marks, theirs and yours, on a dusk of its own. The
// page cannot know the marks in the link, so the picture is the same for every link.
const COMPARE_SKY: PageSky = { slug: "compare", rank: 14, themes: ["first-love"] };

// Each row: their mark, then yours. 2 cried (a full tear), 1 watched (a ring), 0 not yet.
const COMPARE_ROWS = [
  [2, 2],
  [2, 1],
  [1, 0],
  [2, 2],
  [0, 1],
] as const;

function markDot(cx: number, cy: number, level: 0 | 1 | 2, glow: string): string {
  if (level === 2) {
    // A tear: a drop pointing up.
    return `<path d="M${cx} ${cy - 20}c-7 10-13 16-13 23a13 13 0 0 0 26 0c0-7-6-13-13-23z" fill="${glow}" opacity="0.95"/>`;
  }
  if (level === 1)
    return `<circle cx="${cx}" cy="${cy + 3}" r="11" fill="none" stroke="${PALE}" stroke-width="3" opacity="0.8"/>`;
  return `<circle cx="${cx}" cy="${cy + 3}" r="4" fill="${PALE}" opacity="0.45"/>`;
}

function compareColumns(glow: string): string {
  const columns = [
    { label: "THEM", x: 900 },
    { label: "YOU", x: 1050 },
  ];
  const top = 200;
  const step = 72;
  return [
    `<rect x="830" y="110" width="300" height="${top + COMPARE_ROWS.length * step - 110}" rx="22" fill="#06050a" opacity="0.55"/>`,
    ...columns.map(
      (column) =>
        `<text x="${column.x}" y="160" text-anchor="middle" font-family="${SANS}" font-size="20" letter-spacing="4" fill="${PALE}" opacity="0.85">${column.label}</text>`,
    ),
    ...COMPARE_ROWS.flatMap((row, i) =>
      row.map((level, side) => markDot(columns[side]?.x ?? 0, top + i * step, level, glow)),
    ),
  ].join("");
}

function compareSvg(): string {
  return pagePreviewSvg({
    label: "See whose tears match yours",
    sky: COMPARE_SKY,
    art: compareColumns,
    headline: { lines: ["See whose tears", "match yours"], size: 80, baseline: 372, lineHeight: 94 },
    footer: "A friend’s marks, beside your own",
  });
}

// "My order": the shows that hit hardest, as three numbered rows of fading length.
const MY_ORDER_SKY: PageSky = { slug: "my-order", rank: 7, themes: ["family"] };

function orderRowsArt(glow: string): string {
  const lengths = [220, 170, 120];
  const panel = `<rect x="810" y="120" width="340" height="350" rx="22" fill="#06050a" opacity="0.55"/>`;
  return (
    panel +
    lengths
      .map((length, i) => {
        const y = 200 + i * 110;
        return [
          `<text x="840" y="${y + 14}" font-family="${SERIF}" font-size="56" fill="${glow}" opacity="${0.95 - i * 0.2}">${i + 1}</text>`,
          `<rect x="900" y="${y - 10}" width="${length}" height="16" rx="8" fill="${PALE}" opacity="${0.75 - i * 0.18}"/>`,
        ].join("");
      })
      .join("")
  );
}

function myOrderSvg(): string {
  return pagePreviewSvg({
    label: "Your own countdown",
    sky: MY_ORDER_SKY,
    art: orderRowsArt,
    headline: { lines: ["Your own", "countdown"], size: 80, baseline: 372, lineHeight: 94 },
    footer: "Ranked by how hard each one hit you",
  });
}

/**
 * The 1200×630 link preview of one entry, or of a page: the countdown ("home", with the
 * top three of `entries` as cards), a shared-marks link ("compare") and "my-order".
 */
export function ogImageSvg(subject: OgSubject, options: { entries?: readonly OgEntry[] } = {}): string {
  if (subject === "home") return homeSvg(options.entries ?? []);
  if (subject === "compare") return compareSvg();
  if (subject === "my-order") return myOrderSvg();
  return entrySvg(subject);
}

/** Rasterises an SVG at its own size to PNG, with the bundled DejaVu fonts only. */
export function renderPng(svg: string): Uint8Array {
  const resvg = new Resvg(svg, {
    fitTo: { mode: "original" },
    font: {
      fontFiles: FONT_FILES.map(fontFile),
      loadSystemFonts: false,
      defaultFontFamily: SANS,
      serifFamily: SERIF,
      sansSerifFamily: SANS,
    },
  });
  return resvg.render().asPng();
}
