import { expect, test } from "vitest";
import rawEntries from "../../data/entries.json";
import { parseEntries } from "../features/entries/parse-entries";
import { compareMeta, entryMeta, homeMeta, myOrderMeta, notFoundMeta, renderHeadTags } from "./page-meta";

const entries = parseEntries(rawEntries);
const ORIGIN = "https://example.org";
const bySlug = (slug: string) => {
  const entry = entries.find((candidate) => candidate.slug === slug);
  if (!entry) throw new Error(`no entry ${slug}`);
  return entry;
};

test("an entry page describes itself with its rank, hook and own preview image", () => {
  const meta = entryMeta(bySlug("hal"));
  expect(meta.title).toBe("#14 Hal · Made Us Cry");
  expect(meta.description).toContain(bySlug("hal").hook);
  expect(meta).toMatchObject({
    path: "/anime/hal",
    image: "/og/hal.png",
    ogType: "video.movie",
    index: true,
  });
  expect(meta.jsonLd?.(ORIGIN)).toMatchObject({
    "@type": "Movie",
    name: "Hal",
    url: "https://example.org/anime/hal",
    duration: "PT60M",
    director: { "@type": "Person", name: bySlug("hal").director },
  });
});

test("series are TVSeries with their episode count", () => {
  expect(entryMeta(bySlug("clannad-after-story")).jsonLd?.(ORIGIN)).toMatchObject({
    "@type": "TVSeries",
    numberOfEpisodes: 24,
    startDate: "2008",
  });
  expect(entryMeta(bySlug("clannad-after-story")).ogType).toBe("video.tv_show");
});

test("the countdown is an ItemList of all 21, by rank", () => {
  const list = homeMeta(entries).jsonLd?.(ORIGIN);
  expect(list).toMatchObject({ "@type": "ItemList", numberOfItems: 21 });
  const items = (list?.itemListElement ?? []) as { position: number; url: string }[];
  expect(items.map((item) => item.position)).toEqual(Array.from({ length: 21 }, (_, i) => i + 1));
  expect(items[0]?.url).toBe("https://example.org/anime/anohana-the-flower-we-saw-that-day");
});

test("head tags carry Open Graph, Twitter and canonical links with absolute URLs", () => {
  const html = renderHeadTags(entryMeta(bySlug("air")), ORIGIN);
  for (const tag of [
    '<meta property="og:title" content="#2 Air · Made Us Cry" />',
    '<meta property="og:url" content="https://example.org/anime/air" />',
    '<meta property="og:image" content="https://example.org/og/air.png" />',
    '<meta property="og:type" content="video.tv_show" />',
    '<meta name="twitter:card" content="summary_large_image" />',
    '<link rel="canonical" href="https://example.org/anime/air" />',
    '<meta property="og:locale" content="en_GB" />',
    '<meta name="twitter:image:alt" content="#2 Air, with its artwork" />',
  ]) {
    expect(html).toContain(tag);
  }
  expect(html).toContain('<script type="application/ld+json">');
});

test("text is escaped, and JSON-LD cannot close its script element early", () => {
  const meta = { ...entryMeta(bySlug("air")), title: 'A "quoted" <title> & more' };
  const html = renderHeadTags(
    { ...meta, jsonLd: () => ({ name: "</script><script>alert(1)</script>" }) },
    ORIGIN,
  );
  expect(html).toContain("<title>A &#34;quoted&#34; &#60;title&#62; &#38; more</title>");
  expect(html).not.toContain("</script><script>");
  expect(html).toContain("\\u003c/script>");
});

test("the not-found page asks not to be indexed and has no canonical link", () => {
  const html = renderHeadTags(notFoundMeta(), ORIGIN);
  expect(html).toContain('<meta name="robots" content="noindex" />');
  expect(html).not.toContain('rel="canonical"');
});

test("descriptions name the format as the cards do: a film, a TV series, an OVA", () => {
  expect(entryMeta(bySlug("hal")).description).toMatch(/A 2013 film by /);
  expect(entryMeta(bySlug("clannad-after-story")).description).toMatch(/A 2008 TV series by /);
  const ova = entries.find((entry) => entry.format === "ova");
  expect(ova && entryMeta(ova).description).toMatch(/A \d{4} OVA by /);
  for (const entry of entries) expect(entryMeta(entry).description).not.toMatch(/\b(tv series|ova)\b/);
});

test("a shared-marks link and My order have previews of their own, and are not indexed", () => {
  expect(compareMeta()).toMatchObject({
    title: "See whose tears match yours · Made Us Cry",
    path: "/compare",
    image: "/og/compare.png",
    index: false,
  });
  expect(myOrderMeta()).toMatchObject({ path: "/my-order", image: "/og/my-order.png", index: false });
  const html = renderHeadTags(compareMeta(), ORIGIN);
  expect(html).toContain('<meta property="og:image" content="https://example.org/og/compare.png" />');
  expect(html).not.toMatch(/not found/i);
});
