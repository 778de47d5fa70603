// Small MyAnimeList exports written for tests, in the shape MyAnimeList's own export uses
// (`animelist_*.xml.gz`). Invented lists only: never a real person's.

export type FixtureAnime = {
  id: number | string;
  title?: string;
  status?: string;
  finish?: string;
  /** Extra child elements, as real exports carry many. */
  noise?: boolean;
};

const animeXml = ({
  id,
  title = `Show ${id}`,
  status = "Completed",
  finish = "0000-00-00",
  noise = true,
}: FixtureAnime) =>
  `\t<anime>
\t\t<series_animedb_id>${id}</series_animedb_id>
\t\t<series_title><![CDATA[${title}]]></series_title>
${noise ? "\t\t<series_type>TV</series_type>\n\t\t<series_episodes>12</series_episodes>\n\t\t<my_id>0</my_id>\n\t\t<my_watched_episodes>12</my_watched_episodes>\n\t\t<my_start_date>0000-00-00</my_start_date>\n" : ""}\t\t<my_finish_date>${finish}</my_finish_date>
${noise ? "\t\t<my_rated></my_rated>\n\t\t<my_score>8</my_score>\n\t\t<my_storage></my_storage>\n\t\t<my_storage_value>0.00</my_storage_value>\n" : ""}\t\t<my_status>${status}</my_status>
${noise ? "\t\t<my_comments><![CDATA[]]></my_comments>\n\t\t<my_times_watched>0</my_times_watched>\n\t\t<my_rewatch_value></my_rewatch_value>\n\t\t<my_priority>LOW</my_priority>\n\t\t<my_tags><![CDATA[]]></my_tags>\n\t\t<my_rewatching>0</my_rewatching>\n\t\t<my_rewatching_ep>0</my_rewatching_ep>\n\t\t<my_discuss>1</my_discuss>\n\t\t<my_sns>default</my_sns>\n\t\t<update_on_import>0</update_on_import>\n" : ""}\t</anime>
`;

/** A MyAnimeList anime export holding `anime`, with the <myinfo> block real exports start with. */
export function malExport(
  anime: readonly FixtureAnime[],
  { exportType = 1 }: { exportType?: number } = {},
): string {
  return `<?xml version="1.0" encoding="UTF-8" ?>
<!--
 Created by XML Export feature at MyAnimeList.net
 Version 1.1.0
-->

<myanimelist>

\t<myinfo>
\t\t<user_id>1</user_id>
\t\t<user_name>a-made-up-fan</user_name>
\t\t<user_export_type>${exportType}</user_export_type>
\t\t<user_total_anime>${anime.length}</user_total_anime>
\t</myinfo>

${anime.map(animeXml).join("\n")}
</myanimelist>
`;
}

/** Made-up ids of shows that are not on the list, to pad an export. */
export const noiseIds = (count: number, from = 900_000) => Array.from({ length: count }, (_, i) => from + i);
