import { ogImageUrl } from "../config/asset-urls";
import { paths } from "../config/paths";
import type { Entry } from "../features/entries/entry-schema";
import { rankOrder } from "../features/entries/rank-order";
import { FORMATS } from "../features/entries/vocabulary";

// What each page tells browsers, search engines and link previews. Pure: the prerender
// writes it into <head>, and the client uses the titles as people move around.

export const SITE_NAME = "Made Us Cry";
const HOME_TITLE = "Made Us Cry · 21 sad anime, counted down";
const HOME_DESCRIPTION =
  "An interactive countdown of 21 sad anime that made us cry, from #21 to #1: why each one hurts, what it deals with, and a private tracker for the ones that got you.";

export type PageMeta = {
  title: string;
  description: string;
  /** Path of the canonical page, e.g. "/anime/hal". */
  path: string;
  /** Path of the 1200×630 preview image. */
  image: string;
  imageAlt: string;
  ogType: "website" | "video.movie" | "video.tv_show";
  /** Absent on pages that search engines should not index. */
  jsonLd?: (origin: string) => Record<string, unknown>;
  index: boolean;
};

export function entryTitle(entry: Pick<Entry, "rank" | "title">): string {
  return `#${entry.rank} ${entry.title.english} · ${SITE_NAME}`;
}

export const NOT_FOUND_TITLE = `Not found · ${SITE_NAME}`;
export const COMPARE_TITLE = `See whose tears match yours · ${SITE_NAME}`;
export const MY_ORDER_TITLE = `Your own countdown · ${SITE_NAME}`;
export { HOME_TITLE };

function isMovie(entry: Entry): boolean {
  return entry.format === "film" || entry.episodes === null;
}

function entryJsonLd(entry: Entry, origin: string): Record<string, unknown> {
  const url = new URL(paths.entry.getHref(entry.slug), origin).href;
  return {
    "@context": "https://schema.org",
    "@type": isMovie(entry) ? "Movie" : "TVSeries",
    name: entry.title.english,
    alternateName: [entry.title.romaji, entry.title.native, entry.title.translation].filter(
      (name) => name !== undefined && name !== entry.title.english,
    ),
    url,
    image: new URL(ogImageUrl(entry.slug), origin).href,
    description: entry.hook,
    inLanguage: "ja",
    genre: ["Animation", "Drama"],
    director: { "@type": "Person", name: entry.director },
    productionCompany: entry.studios.map((name) => ({ "@type": "Organization", name })),
    ...(isMovie(entry)
      ? { datePublished: String(entry.year), duration: `PT${entry.runtimeMinutes}M` }
      : { startDate: String(entry.year), numberOfEpisodes: entry.episodes }),
    sameAs: [
      `https://myanimelist.net/anime/${entry.ids.myAnimeList}`,
      `https://anilist.co/anime/${entry.ids.aniList}`,
    ],
  };
}

function homeJsonLd(entries: readonly Entry[], origin: string): Record<string, unknown> {
  return {
    "@context": "https://schema.org",
    "@type": "ItemList",
    name: "21 sad anime that made us cry",
    description: HOME_DESCRIPTION,
    url: new URL("/", origin).href,
    itemListOrder: "https://schema.org/ItemListOrderDescending",
    numberOfItems: entries.length,
    // A summary list, as search engines describe it: each item is a position and the URL
    // of its own page, which names the show in its own JSON-LD. Names here would cost
    // `/` about 240 bytes of its 14 kB first round trip (docs/decisions/006).
    itemListElement: rankOrder(entries).map((entry) => ({
      "@type": "ListItem",
      position: entry.rank,
      url: new URL(paths.entry.getHref(entry.slug), origin).href,
    })),
  };
}

export function homeMeta(entries: readonly Entry[]): PageMeta {
  return {
    title: HOME_TITLE,
    description: HOME_DESCRIPTION,
    path: paths.home.getHref(),
    image: ogImageUrl("home"),
    imageAlt: "Made Us Cry: 21 anime that made us cry, counted down",
    ogType: "website",
    jsonLd: (origin) => homeJsonLd(entries, origin),
    index: true,
  };
}

/** The format in running text, as the cards name it: "film", "TV series", "OVA". */
export function formatInText(format: Entry["format"]): string {
  return format === "film" ? "film" : FORMATS[format];
}

export function entryMeta(entry: Entry): PageMeta {
  const kind = formatInText(entry.format);
  return {
    title: entryTitle(entry),
    description: `#${entry.rank} of 21: ${entry.hook} A ${entry.year} ${kind} by ${entry.studios.join(" and ")}.`,
    path: paths.entry.getHref(entry.slug),
    image: ogImageUrl(entry.slug),
    imageAlt: `#${entry.rank} ${entry.title.english}, with its artwork`,
    ogType: isMovie(entry) ? "video.movie" : "video.tv_show",
    jsonLd: (origin) => entryJsonLd(entry, origin),
    index: true,
  };
}

/**
 * A friend's "Share my marks" link (/compare?marks=…). The page is static and cannot read
 * the marks in the query string, so its preview is an invitation, the same for every link;
 * the comparison itself is drawn in the browser (decision 016).
 */
export function compareMeta(): PageMeta {
  return {
    title: COMPARE_TITLE,
    description:
      "A friend has shared the anime that made them cry. Open the link to set their marks beside yours, show by show; nothing changes your own list unless you choose to.",
    path: paths.compare.pattern,
    image: ogImageUrl("compare"),
    imageAlt: "See whose tears match yours: two columns of marks, theirs and yours, side by side",
    ogType: "website",
    index: false,
  };
}

/** Your own order of the shows that made you cry, read from this browser's marks. */
export function myOrderMeta(): PageMeta {
  return {
    title: MY_ORDER_TITLE,
    description:
      "The shows that made you cry, ranked by how hard they hit you, beside the order we put them in. Kept in your own browser, with no account.",
    path: paths.myOrder.getHref(),
    image: ogImageUrl("my-order"),
    imageAlt: "Your own countdown: three numbered rows, the shows that hit you hardest first",
    ogType: "website",
    index: false,
  };
}

export function notFoundMeta(): PageMeta {
  return {
    title: NOT_FOUND_TITLE,
    description: "We could not find anything at this address. The countdown is one click away.",
    path: "/404",
    image: ogImageUrl("home"),
    imageAlt: "Made Us Cry",
    ogType: "website",
    index: false,
  };
}

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);

// JSON inside <script type="application/ld+json">: only "</" could end the element early.
const escapeJsonForScript = (json: string) => json.replace(/</g, "\\u003c");

/** The <head> tags for a page, as HTML. `origin` is the site's public origin. */
export function renderHeadTags(meta: PageMeta, origin: string): string {
  const canonical = new URL(meta.path, origin).href;
  const image = new URL(meta.image, origin).href;
  const tags = [
    `<title>${escapeHtml(meta.title)}</title>`,
    `<meta name="description" content="${escapeHtml(meta.description)}" />`,
    meta.index ? "" : `<meta name="robots" content="noindex" />`,
    meta.index ? `<link rel="canonical" href="${escapeHtml(canonical)}" />` : "",
    `<meta property="og:site_name" content="${SITE_NAME}" />`,
    `<meta property="og:locale" content="en_GB" />`,
    `<meta property="og:title" content="${escapeHtml(meta.title)}" />`,
    `<meta property="og:description" content="${escapeHtml(meta.description)}" />`,
    `<meta property="og:type" content="${meta.ogType}" />`,
    `<meta property="og:url" content="${escapeHtml(canonical)}" />`,
    `<meta property="og:image" content="${escapeHtml(image)}" />`,
    `<meta property="og:image:width" content="1200" />`,
    `<meta property="og:image:height" content="630" />`,
    `<meta property="og:image:alt" content="${escapeHtml(meta.imageAlt)}" />`,
    `<meta name="twitter:card" content="summary_large_image" />`,
    `<meta name="twitter:title" content="${escapeHtml(meta.title)}" />`,
    `<meta name="twitter:description" content="${escapeHtml(meta.description)}" />`,
    `<meta name="twitter:image" content="${escapeHtml(image)}" />`,
    `<meta name="twitter:image:alt" content="${escapeHtml(meta.imageAlt)}" />`,
    meta.jsonLd
      ? `<script type="application/ld+json">${escapeJsonForScript(JSON.stringify(meta.jsonLd(origin)))}</script>`
      : "",
  ];
  return tags.filter((tag) => tag !== "").join("\n    ");
}
