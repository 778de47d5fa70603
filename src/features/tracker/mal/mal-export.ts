import { escapeXml } from "../../../lib/escape-xml";
import type { Entry } from "../../entries/entry-schema";
import { countdownOrder, type NamedEntry } from "../../entries/rank-order";
import { markOf } from "../marks";
import type { Marks } from "../tracker-types";

// The person's Watched shows as a MyAnimeList XML export, which MyAnimeList, AniList and
// Kitsu all import: one <anime> per watched show, Completed, with the day it was marked as
// its finish date. Nothing else leaves: no Cried, ratings, Avoid or order (decision 018).

export type MalExportEntry = NamedEntry & Pick<Entry, "ids" | "format" | "episodes">;

const SERIES_TYPE = { film: "Movie", tv: "TV", ova: "OVA" } as const;

export function buildMalExport(marks: Marks, entries: readonly MalExportEntry[]): string {
  const watched = countdownOrder(entries).flatMap((entry) => {
    const mark = markOf(marks, entry.slug);
    return mark ? [{ entry, day: mark.watchedAt.slice(0, 10) }] : [];
  });
  const anime = watched.map(({ entry, day }) => {
    const episodes = entry.episodes ?? 1;
    return `  <anime>
    <series_animedb_id>${entry.ids.myAnimeList}</series_animedb_id>
    <series_title>${escapeXml(entry.title.english)}</series_title>
    <series_type>${SERIES_TYPE[entry.format]}</series_type>
    <series_episodes>${episodes}</series_episodes>
    <my_id>0</my_id>
    <my_watched_episodes>${episodes}</my_watched_episodes>
    <my_start_date>0000-00-00</my_start_date>
    <my_finish_date>${day}</my_finish_date>
    <my_score>0</my_score>
    <my_status>Completed</my_status>
    <my_times_watched>0</my_times_watched>
    <update_on_import>1</update_on_import>
  </anime>
`;
  });
  return `<?xml version="1.0" encoding="UTF-8" ?>
<myanimelist>
  <myinfo>
    <user_export_type>1</user_export_type>
    <user_total_anime>${watched.length}</user_total_anime>
    <user_total_completed>${watched.length}</user_total_completed>
  </myinfo>
${anime.join("")}</myanimelist>
`;
}

export const malExportFileName = (now: Date) =>
  `made-us-cry-for-myanimelist-${now.toISOString().slice(0, 10)}.xml`;
