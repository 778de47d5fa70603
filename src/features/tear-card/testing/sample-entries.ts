import { THEME_IDS } from "../../entries/vocabulary";
import type { TearCardEntry } from "../tear-card-data";

/** A ranked list shaped like the real one, with made-up titles and every theme in turn. */
export function sampleEntries(count = 21): TearCardEntry[] {
  return Array.from({ length: count }, (_, i) => {
    const rank = i + 1;
    const theme = THEME_IDS[i % THEME_IDS.length] ?? THEME_IDS[0];
    return {
      slug: `show-${rank}`,
      rank,
      themes: [theme],
      title: { english: `Show ${rank}`, romaji: `Show ${rank}`, native: `番組${rank}` },
    };
  });
}
