import type { Entry } from "./entry-schema";

// Each entry lists the words its spoiler must keep to itself (spoilerGuard). This module
// finds them in any other text; entry-authoring.ts runs it over the data at build time, and
// src/app/spoiler-guard.test.tsx over everything shown before "Reveal spoiler".

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** "Cal" is found in "Cal's" but not in "call"; case and apostrophe styles do not matter. */
function phrasePattern(phrase: string): RegExp {
  const body = escape(phrase.normalize("NFC")).replace(/['’]/g, "['’]");
  return new RegExp(`(?<![\\p{L}\\p{N}])${body}(?![\\p{L}\\p{N}])`, "iu");
}

/** The guard words of `entry` that occur in `text`, in the order the entry lists them. */
export function guardWordsIn(text: string, entry: Pick<Entry, "spoilerGuard">): string[] {
  const haystack = text.normalize("NFC");
  return entry.spoilerGuard.filter((phrase) => phrasePattern(phrase).test(haystack));
}

/** The data's own text that is shown before the spoiler: titles, hook, why, notes, versions. */
export function textBeforeSpoiler(entry: Entry): { field: string; text: string }[] {
  return [
    { field: "title", text: Object.values(entry.title).join(" ") },
    { field: "hook", text: entry.hook },
    { field: "whyItHurts", text: entry.whyItHurts },
    { field: "lengthNote", text: entry.lengthNote },
    ...entry.contentNotes.map((note, index) => ({ field: `contentNotes.${index}`, text: note.text })),
    ...entry.related.map((related, index) => ({
      field: `related.${index}`,
      text: `${related.title} ${related.note}`,
    })),
  ];
}
