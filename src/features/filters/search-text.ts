import type { Entry } from "../entries/entry-schema";

// Kana voicing marks (゛゜) are combining marks after NFKD; stripping them would make
// "ぼくらの" and "ほくらの" equal, so they are kept and recomposed.
const STRIPPABLE_MARK = /(?![\u3099\u309A])\p{M}/gu;
const PUNCTUATION_OR_SYMBOL = /[\p{P}\p{S}]/gu;
const WHITESPACE = /\s+/gu;

/**
 * Folds text so that "Kōsei" and "kosei", full-width "ＫＡＴＡＮＡ" and "katana", or
 * half-width "ﾊﾙ" and "ハル" compare equal. Punctuation counts as a space, so
 * "Fate/Zero" is found by "fate zero" and "Anohana: The" by "anohana the".
 */
export function normalizeForSearch(text: string): string {
  return text
    .normalize("NFKC")
    .normalize("NFKD")
    .replace(STRIPPABLE_MARK, "")
    .normalize("NFC")
    .toLowerCase()
    .replace(PUNCTUATION_OR_SYMBOL, " ")
    .replace(WHITESPACE, " ")
    .trim();
}

/**
 * True when one of the English, romaji or native titles contains every word of the
 * query (so "lie april" finds "Your Lie in April"). An empty query matches everything.
 */
export function entryMatchesQuery(entry: Pick<Entry, "title">, query: string): boolean {
  const normalized = normalizeForSearch(query);
  if (normalized === "") return true;
  const words = normalized.split(" ");
  const { english, romaji, native } = entry.title;
  return [english, romaji, native].some((title) => {
    const haystack = normalizeForSearch(title);
    return words.every((word) => haystack.includes(word));
  });
}
