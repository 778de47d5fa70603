import { memo, type ReactNode } from "react";
import { EntryArtwork } from "../entries/entry-artwork";
import type { Entry } from "../entries/entry-schema";
import { formatFacts, formatList } from "../entries/format-entry";
import { THEMES } from "../entries/vocabulary";
import { watchCardInView } from "./card-in-view";
import { CardLink } from "./card-link";
import { entryCardId } from "./card-links";
import { revealCardWhereNeeded } from "./card-reveal";

type EntryCardProps = {
  entry: Entry;
  /** Its artwork: at once (the card of the open entry), or lazily; behind an open drawer, once the app is live. */
  artwork?: "eager" | "lazy" | "behind-drawer";
  /** Controls drawn on the card (the tracker's marks): a function that keeps its identity, so the card is not redrawn for nothing. */
  renderActions?: (entry: Entry) => ReactNode;
};

/** Every card is watched for the bar's "where you are" and, in Firefox, for its reveal. */
function watchCard(card: HTMLElement): () => void {
  const unwatch = [watchCardInView(card), revealCardWhereNeeded(card)];
  return () => unwatch.forEach((stop) => stop());
}

/**
 * Memoized: a card is drawn again only when its own props change. A filter re-renders only
 * its title link (which carries the query string), a mark only its toggles (which read their
 * own show's status).
 */
export const EntryCard = memo(function EntryCard({ entry, artwork = "lazy", renderActions }: EntryCardProps) {
  const titleId = `entry-title-${entry.slug}`;

  return (
    // countdown-card: fades in as it scrolls into view (styles/countdown-cards.css).
    <article
      ref={watchCard}
      id={entryCardId(entry.slug)}
      aria-labelledby={titleId}
      className="countdown-card relative grid scroll-mt-24 items-center gap-6 md:grid-cols-[minmax(0,5fr)_minmax(0,6fr)] md:gap-12"
    >
      {/* card-art: on the right of every second card from 768 px (styles/countdown-cards.css). */}
      <div className="card-art overflow-hidden rounded-2xl border border-line bg-surface shadow-2xl shadow-black/20">
        <EntryArtwork
          entry={entry}
          eager={artwork === "eager"}
          waitForApp={artwork === "behind-drawer"}
          className="block aspect-[16/10] h-auto w-full"
        />
      </div>
      <div className="min-w-0">
        <p className="flex items-baseline gap-3 font-serif leading-none text-glow">
          <span className="sr-only">Number</span>
          <span className="text-7xl tabular-nums sm:text-8xl">{entry.rank}</span>
        </p>
        <h2 id={titleId} className="mt-4 font-serif text-3xl leading-tight text-balance text-ink sm:text-4xl">
          <CardLink slug={entry.slug} title={entry.title.english} />
        </h2>
        <p lang="ja" className="mt-1 text-lg text-muted">
          {entry.title.native}
        </p>
        {entry.title.translation && <p className="text-muted">{entry.title.translation}</p>}
        <p className="mt-4 text-sm tracking-wide text-ink">{formatFacts(entry)}</p>
        <p className="text-sm text-muted">
          {formatList(entry.studios)} · directed by {entry.director}
        </p>
        <ul aria-label="Themes" className="mt-4 flex list-none flex-wrap gap-2 p-0">
          {entry.themes.map((theme) => (
            <li key={theme} className="rounded-full bg-tag px-3 py-1 text-xs text-ink">
              {THEMES[theme]}
            </li>
          ))}
        </ul>
        <p className="mt-5 font-serif text-xl leading-snug text-ink italic">{entry.hook}</p>
        {renderActions && <div className="mt-5">{renderActions(entry)}</div>}
      </div>
    </article>
  );
});
