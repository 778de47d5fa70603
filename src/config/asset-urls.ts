// Files generated at build time by scripts/artwork-assets-plugin.ts (and served by it in
// dev). They are plain public paths rather than imported modules, so the HTML can name
// them without pulling the artwork code into the bundle. Slugs are URL-safe by schema;
// encoding is a guard, as in paths.ts.

/** The artwork's size in px: the card's 16:10 (the drawer crops it to 16:9). */
export const ARTWORK_SIZE = { width: 640, height: 400 } as const;

/** "/art/hal.svg": the entry's artwork, ARTWORK_SIZE. */
export function artworkUrl(slug: string): string {
  return `${import.meta.env.BASE_URL}art/${encodeURIComponent(slug)}.svg`;
}

/** The pages with a link preview of their own besides the entries: og/<name>.png. */
export const PAGE_PREVIEWS = ["home", "compare", "my-order"] as const;
export type PagePreview = (typeof PAGE_PREVIEWS)[number];

/** "/og/hal.png", or "/og/home.png" (a page in PAGE_PREVIEWS): the 1200×630 link preview. */
export function ogImageUrl(slug: string): string {
  return `${import.meta.env.BASE_URL}og/${encodeURIComponent(slug)}.png`;
}
