import type { Entry } from "./entry-schema";
import { FORMATS } from "./vocabulary";

/** "1 h 27 min", "20 h 24 min", "25 min". */
export function formatDuration(minutes: number): string {
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  if (hours === 0) return `${rest} min`;
  return rest === 0 ? `${hours} h` : `${hours} h ${rest} min`;
}

/** "1 episode", "13 episodes": a number and its noun, which agree. */
export function formatCount(count: number, one: string, many: string): string {
  return `${count} ${count === 1 ? one : many}`;
}

/** The length a person reads on a card: episodes for series, minutes for films. */
export function formatLength(entry: Pick<Entry, "episodes" | "runtimeMinutes">): string {
  if (entry.episodes === null) return `${entry.runtimeMinutes} min`;
  return `${formatCount(entry.episodes, "episode", "episodes")} · about ${formatDuration(entry.runtimeMinutes)}`;
}

/** "2001 · Film · 87 min" */
export function formatFacts(entry: Pick<Entry, "year" | "format" | "episodes" | "runtimeMinutes">): string {
  return [String(entry.year), FORMATS[entry.format], formatLength(entry)].join(" · ");
}

/** "Bones and Kinema Citrus" */
export function formatList(items: readonly string[]): string {
  if (items.length <= 1) return items.join("");
  return `${items.slice(0, -1).join(", ")} and ${items[items.length - 1]}`;
}
