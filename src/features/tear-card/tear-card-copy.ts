import type { TearCardData } from "./tear-card-data";

// The card's words, kept apart from the drawing so they read as sentences and can be
// tested as text. The card speaks in the first person: it is the person's own card.

export type TextRun = { text: string; tone: "ink" | "glow" | "rose" };

/** "9 of 21 watched · 5 made me cry", with the numbers picked out in the card's accents. */
export function statsRuns({
  watched,
  cried,
  total,
}: Pick<TearCardData, "watched" | "cried" | "total">): TextRun[] {
  if (watched === 0) return [{ text: `None of the ${total} watched yet`, tone: "ink" }];
  const seen: TextRun[] = [
    { text: String(watched), tone: "glow" },
    { text: ` of ${total} watched · `, tone: "ink" },
  ];
  if (cried === 0) return [...seen, { text: "none made me cry yet", tone: "ink" }];
  return [...seen, { text: String(cried), tone: "rose" }, { text: " made me cry", tone: "ink" }];
}

export const HARDEST_LABEL = "Hit me hardest";
export const NO_HARDEST_LINE = "Nothing rated yet. Every tear still counts.";

export function hitLine(hit: number): string {
  return `${hit} of 5 tears`;
}

export function gridLabel(total: number): string {
  return `The ${total}, from #${total} to #1`;
}

const MONTHS = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
] as const;

/** "25 November 2026", in the person's own day; spelled out so no reader mistakes 11/05 for 5/11. */
export function cardDate(date: Date): string {
  return `${date.getDate()} ${MONTHS[date.getMonth()] ?? ""} ${date.getFullYear()}`;
}
