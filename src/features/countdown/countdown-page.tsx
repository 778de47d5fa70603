import { lazy, Suspense, type ReactNode } from "react";
import type { Entry } from "../entries/entry-schema";
import { MAX_FULL_LIST } from "./card-window";
import { CountdownClosing, CountdownIntro } from "./countdown-copy";
import { EntryCard } from "./entry-card";
import { FullCardList } from "./full-card-list";
import { useOpenCard } from "./use-open-card";

type CountdownPageProps = {
  /** Every entry, in countdown order: the intro speaks of the whole list. */
  total: number;
  /** The entries to show, in countdown order, with their original ranks. */
  visible: readonly Entry[];
  /** Every entry, in countdown order: a short list keeps the filtered-out cards, hidden. */
  entries?: readonly Entry[];
  /**
   * Slots filled by the app: notices about the person's saved marks, the countdown bar
   * (their place, their marks, the filters) just above the list, a message when it is empty.
   */
  notices?: ReactNode;
  bar?: ReactNode;
  /**
   * The entry open in the drawer, if any: its card's artwork loads at once, it is in view.
   * The other cards' artwork waits for the app (EntryArtwork's `waitForApp`). A page that
   * opens on a drawer holds only the cards around it, without the notices and the bar
   * above them, until the drawer first closes (useOpenCard).
   */
  openSlug?: string;
  /** Controls drawn on each card (the tracker's marks). Keep its identity across renders: cards are memoized. */
  renderCardActions?: (entry: Entry) => ReactNode;
  empty?: ReactNode;
  children?: ReactNode;
};

// The virtualizer (and its library) loads only when a list longer than MAX_FULL_LIST is
// shown: the real countdown has 21 entries and never downloads it.
const VirtualCardList = lazy(() =>
  import("./virtual-card-list").then((module) => ({ default: module.VirtualCardList })),
);

/** The list's heading: the countdown bar brings the list's start into view by it. */
export const COUNTDOWN_TITLE_ID = "countdown-title";

const FIRST_CARDS = 4; // shown while the virtualizer loads: more than a screenful

export function CountdownPage(props: CountdownPageProps) {
  const { total, visible, entries, openSlug, notices, bar, renderCardActions, empty, children } = props;
  const { whole, shown } = useOpenCard(visible, openSlug);
  const visibleSlugs = new Set(visible.map((entry) => entry.slug));
  const card = (entry: Entry) => (
    <EntryCard
      entry={entry}
      // Once the whole list is there, a drawer opening over it changes no card.
      artwork={whole ? "lazy" : entry.slug === openSlug ? "eager" : "behind-drawer"}
      renderActions={renderCardActions}
    />
  );
  return (
    <>
      <CountdownIntro count={total} />
      {!shown && notices}
      {!shown && bar}
      <section aria-labelledby={COUNTDOWN_TITLE_ID} className="mx-auto max-w-5xl px-5 pt-8 sm:pt-12">
        <h2 id={COUNTDOWN_TITLE_ID} className="sr-only">
          The countdown, from #{total} to #1
        </h2>
        {visible.length === 0 && empty}
        {visible.length > MAX_FULL_LIST ? (
          // Until the virtualizer arrives, the first cards stand in for the list.
          <Suspense fallback={<FullCardList entries={visible.slice(0, FIRST_CARDS)} renderCard={card} />}>
            <VirtualCardList entries={visible} openSlug={openSlug} renderCard={card} />
          </Suspense>
        ) : !shown && entries && entries.length <= MAX_FULL_LIST ? (
          // Every card stays in the page; the ones the filters leave out are hidden.
          <FullCardList
            entries={entries}
            isShown={(entry) => visibleSlugs.has(entry.slug)}
            renderCard={card}
          />
        ) : (
          <FullCardList
            entries={shown ? visible.slice(shown.start, shown.end) : visible}
            firstIndex={shown?.start}
            renderCard={card}
          />
        )}
      </section>
      <CountdownClosing />
      {children}
    </>
  );
}
