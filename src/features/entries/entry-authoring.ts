import { checkEntries, EntryDataError, type Problem } from "./parse-entries";
import type { Entry, Problem as DataProblem } from "./entry-schema";
import { guardWordsIn, textBeforeSpoiler } from "./spoiler-guard";

// What whoever edits data/entries.json is told: every problem named by entry and field,
// and the checks on how each entry's warnings and spoiler guard fit together. The build
// (scripts/validate-entries-plugin.ts) and the tests run this; the browser trusts the
// build and carries only parseEntries, so none of this ships.

function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  let current: unknown = input;
  for (const key of path) {
    if (current === null || typeof current !== "object") return undefined;
    current = Reflect.get(current, key);
  }
  return current;
}

function describeEntry(input: unknown, index: number): string {
  const entry = valueAt(input, [index]);
  const rank = valueAt(entry, ["rank"]);
  const slug = valueAt(entry, ["slug"]);
  const name = typeof slug === "string" ? ` (${slug})` : "";
  return typeof rank === "number" ? `entry #${rank}${name}` : `entry ${index + 1}${name}`;
}

/** Turns schema problems into sentences that name the entry and the field. */
export function describeIssues(input: unknown, problems: readonly Problem[]): string[] {
  return problems.map(({ path, message, wrongType }) => {
    const [first, ...rest] = path;
    if (typeof first !== "number") return message;
    const where = describeEntry(input, first);
    const field = rest.map(String).join(".") || "(the whole entry)";
    const missing = wrongType && valueAt(input, path) === undefined;
    return `${where}, field ${field}: ${missing ? "is missing" : message}`;
  });
}

/**
 * How an entry's warnings fit together: every open category is explained by a note and
 * every note by an open category, a category is open or kept with the spoiler (not both),
 * and the spoiler-guard words are the spoiler's own and appear nowhere else in the entry.
 */
export function listWarningProblems(entry: Entry, index: number): DataProblem[] {
  const problems: DataProblem[] = [];
  const noted = new Set(entry.contentNotes.map((note) => note.category));
  entry.contentNotes.forEach((note, noteIndex) => {
    if (!entry.contentCategories.includes(note.category)) {
      problems.push({
        path: [index, "contentNotes", noteIndex, "category"],
        message: `the note on "${note.category}" needs "${note.category}" in contentCategories`,
      });
    }
  });
  entry.contentCategories.forEach((category, categoryIndex) => {
    if (!noted.has(category)) {
      problems.push({
        path: [index, "contentCategories", categoryIndex],
        message: `"${category}" is shown, so contentNotes needs a sentence explaining it`,
      });
    }
  });
  entry.spoilerCategories.forEach((category, categoryIndex) => {
    if (entry.contentCategories.includes(category) || entry.spoiler === null) {
      problems.push({
        path: [index, "spoilerCategories", categoryIndex],
        message: `"${category}" is kept with the spoiler, so it must not be open and the entry needs a spoiler`,
      });
    }
  });
  entry.spoilerGuard.forEach((phrase, phraseIndex) => {
    if (guardWordsIn(entry.spoiler ?? "", { spoilerGuard: [phrase] }).length === 0) {
      problems.push({
        path: [index, "spoilerGuard", phraseIndex],
        message: `"${phrase}" is not in the spoiler; guard only what the spoiler says`,
      });
    }
  });
  for (const { field, text } of textBeforeSpoiler(entry)) {
    for (const phrase of guardWordsIn(text, entry)) {
      problems.push({
        path: [index, ...field.split(".").map((part) => (/^\d+$/.test(part) ? Number(part) : part))],
        message: `${field} says "${phrase}", which only the spoiler may say`,
      });
    }
  }
  return problems;
}

/**
 * parseEntries for whoever edits the data: the same checks plus the warning checks, and
 * every problem named by entry and field ("entry #14 (hal), field hook: …").
 */
export function parseEntriesForAuthoring(input: unknown): Entry[] {
  const checked = checkEntries(input);
  const indexOf = (slug: string) =>
    Array.isArray(input)
      ? input.findIndex((raw: unknown) => (raw as { slug?: unknown } | null)?.slug === slug)
      : -1;
  const problems = checked.entries
    ? checked.entries
        .flatMap((entry) => listWarningProblems(entry, indexOf(entry.slug)))
        .map((problem) => ({ ...problem, wrongType: false }))
    : checked.problems;
  if (problems.length > 0) throw new EntryDataError(describeIssues(input, problems));
  return checked.entries ?? [];
}
