import { artworkUrl } from "../../config/asset-urls";
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
};

export function EntryArtwork({ entry, className, eager = false }: EntryArtworkProps) {
  // Decorative: the card or drawer around it names the show. object-cover crops a frame
  // of another shape (the drawer is 16:9) as the inline SVG's "slice" did, never stretching.
  return (
    <img
      src={artworkUrl(entry.slug)}
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
