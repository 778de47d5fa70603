import { artworkUrl } from "../../config/asset-urls";
import { useIsClient } from "../../lib/use-is-client";
import type { ArtworkEntry } from "./artwork";

// The artwork is a standalone SVG file generated at build time (640×400, the card's 16:10),
// not inline markup: 21 inline pictures would not fit the first page's 14 KB of HTML.
const WIDTH = 640; // px
const HEIGHT = 400; // px

type EntryArtworkProps = {
  entry: ArtworkEntry;
  className?: string;
  /** For the first card on screen: load at once, ahead of other images. */
  eager?: boolean;
  /**
   * Behind an open drawer: the prerendered page leaves the picture out until the app is
   * live, so that an entry page's first requests are its own (its artwork, its styles).
   * Its box keeps its size meanwhile, so nothing moves when the picture comes.
   */
  waitForApp?: boolean;
};

export function EntryArtwork({ entry, className, eager = false, waitForApp = false }: EntryArtworkProps) {
  const live = useIsClient();
  // Decorative: the card or drawer around it names the show. object-cover crops a frame
  // of another shape (the drawer is 16:9) as the inline SVG's "slice" did, never stretching.
  return (
    <img
      src={waitForApp && !live ? undefined : artworkUrl(entry.slug)}
      alt=""
      width={WIDTH}
      height={HEIGHT}
      loading={eager ? "eager" : "lazy"}
      fetchPriority={eager ? "high" : undefined}
      decoding="async"
      className={className ? `object-cover ${className}` : "object-cover"}
    />
  );
}
