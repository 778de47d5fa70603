import { createContext, useContext } from "react";
import { ARTWORK_SIZE, artworkUrl } from "../../config/asset-urls";
import { useIsClient } from "../../lib/use-is-client";
import type { ArtworkEntry } from "./artwork/artwork";

// The artwork is a standalone SVG file generated at build time (ARTWORK_SIZE), not inline
// markup: 21 inline pictures would not fit the first page's 14 KB of HTML.

/**
 * Pictures that come inside the page, as `data:` URIs, by entry slug. Only the prerender
 * fills it: an entry page carries its open entry's artwork, so its first paint shows the
 * picture without asking for a file (see docs/decisions/006-critical-css.md). In the
 * browser it stays empty.
 */
export const InlineArtworkContext = createContext<ReadonlyMap<string, string>>(new Map());

type EntryArtworkProps = {
  entry: ArtworkEntry;
  className?: string;
  /** For the first card on screen: load at once, ahead of other images. */
  eager?: boolean;
  /**
   * Behind an open drawer: the prerendered page leaves the picture out until the app is
   * live, so that nothing is fetched before an entry page's first paint. Its box (sized by
   * `className`) keeps its place meanwhile, so nothing moves when the picture comes.
   */
  waitForApp?: boolean;
};

export function EntryArtwork({ entry, className, eager = false, waitForApp = false }: EntryArtworkProps) {
  const live = useIsClient();
  const inline = useContext(InlineArtworkContext).get(entry.slug);
  // A prerendered `data:` picture stays when the app hydrates it: React leaves an
  // attribute as the server wrote it, and the file the app names is the same picture.
  // suppressHydrationWarning says that the difference is meant.
  const src = inline ?? (waitForApp && !live ? undefined : artworkUrl(entry.slug));
  // Until then, an empty box in the picture's place: HTML has no valid <img> without a
  // source, and the caller's classes give the box the picture's size, so nothing moves
  // when the app swaps in the picture (after hydration, which sees the same box).
  if (src === undefined) return <div className={className} />;
  // Decorative: the card or drawer around it names the show. object-cover crops a frame
  // of another shape (the drawer is 16:9) as the inline SVG's "slice" did, never stretching.
  return (
    <img
      src={src}
      alt=""
      width={ARTWORK_SIZE.width}
      height={ARTWORK_SIZE.height}
      loading={eager ? "eager" : "lazy"}
      fetchPriority={eager && inline === undefined ? "high" : undefined}
      decoding="async"
      className={className ? `object-cover ${className}` : "object-cover"}
      suppressHydrationWarning
    />
  );
}
