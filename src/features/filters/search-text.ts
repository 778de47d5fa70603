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

// Filtering calls entryMatchesQuery for every entry, once for the list and once more per
// chip (its count): at 1,000 entries one keystroke folded about 84,000 strings. Each
// entry's titles are folded once (keyed by the title object, which the data keeps), and
// the query once per new query.
const foldedTitles = new WeakMap<Entry["title"], readonly string[]>();
let lastQuery: { text: string; words: readonly string[] } = { text: "", words: [] };

function titlesOf(title: Entry["title"]): readonly string[] {
  let folded = foldedTitles.get(title);
  if (!folded) {
    folded = [title.english, title.romaji, title.native, title.translation ?? ""].map(normalizeForSearch);
    foldedTitles.set(title, folded);
  }
  return folded;
}

function wordsOf(query: string): readonly string[] {
  if (query !== lastQuery.text) {
    const normalized = normalizeForSearch(query);
    lastQuery = { text: query, words: normalized === "" ? [] : normalized.split(" ") };
  }
  return lastQuery.words;
}

/**
 * True when one of the English, romaji, native or translated titles contains every word of the
 * query (so "lie april" finds "Your Lie in April"). An empty query matches everything.
 */
export function entryMatchesQuery(entry: Pick<Entry, "title">, query: string): boolean {
  const words = wordsOf(query);
  if (words.length === 0) return true;
  return titlesOf(entry.title).some((haystack) => words.every((word) => haystack.includes(word)));
}
