// React writes <img> tags as `<img src="…" … fetchPriority="high" …/>`: attribute values are
// quoted and escaped, so a tag ends at the first ">" outside quotes.
const IMG_TAG = /<img\b(?:[^>"']|"[^"]*"|'[^']*')*>/gi;
const attribute = (tag: string, name: string) =>
  new RegExp(`\\s${name}="([^"]*)"`, "i").exec(tag)?.[1] ?? null;

/**
 * `<link rel="preload">` tags for the images a page's markup marks fetchpriority="high"
 * (on an entry page, the open entry's artwork, its largest paint), so the browser asks
 * for them from <head> at high priority instead of when the parser reaches the <img>.
 * Each source once; "" when the page has none. Lazy images are left to load lazily.
 */
export function highPriorityImagePreloads(bodyHtml: string): string {
  const sources = new Set<string>();
  for (const [tag] of bodyHtml.matchAll(IMG_TAG)) {
    const src = attribute(tag, "src");
    const high = attribute(tag, "fetchpriority")?.toLowerCase() === "high";
    // A lazy image waits for layout on purpose: preloading it would undo that.
    const lazy = attribute(tag, "loading")?.toLowerCase() === "lazy";
    if (src && high && !lazy) sources.add(src);
  }
  return [...sources]
    .map((src) => `<link rel="preload" as="image" href="${src}" fetchpriority="high" />`)
    .join("");
}
