import { lazy, Suspense, type ReactNode } from "react";
import type { Entry } from "../entries/entry-schema";
import { MAX_FULL_LIST } from "./card-window";
import { CountdownClosing, CountdownIntro } from "./countdown-copy";
import { EntryCard } from "./entry-card";
import { FullCardList } from "./full-card-list";

type CountdownPageProps = {
  /** Every entry, in countdown order: the intro speaks of the whole list. */
  total: number;
  /** The entries to show, in countdown order, with their original ranks. */
  visible: readonly Entry[];
  /** The query string to carry into entry links, so filters survive opening a drawer. */
  linkSearch: string;
  /** Slots filled by the app: the person's progress, chips and search above the list, a message when it is empty. */
  progress?: ReactNode;
  controls?: ReactNode;
  /**
   * The entry open in the drawer, if any: its card's artwork loads at once, it is in view.
   * The other cards' artwork waits for the app (EntryArtwork's `waitForApp`).
   */
  openSlug?: string;
  /** Controls drawn on each card (the tracker's marks). */
  renderCardActions?: (entry: Entry) => ReactNode;
  empty?: ReactNode;
  children?: ReactNode;
};

// The virtualizer (and its library) loads only when a list longer than MAX_FULL_LIST is
// shown: the real countdown has 21 entries and never downloads it.
const VirtualCardList = lazy(() =>
  import("./virtual-card-list").then((module) => ({ default: module.VirtualCardList })),
);

const FIRST_CARDS = 4; // shown while the virtualizer loads: more than a screenful

export function CountdownPage(props: CountdownPageProps) {
  const { total, visible, linkSearch, openSlug, progress, controls, renderCardActions, empty, children } =
    props;
  const card = (entry: Entry, index: number) => (
    <EntryCard
      entry={entry}
      flipped={index % 2 === 1}
      linkSearch={linkSearch}
      artwork={openSlug === undefined ? "lazy" : entry.slug === openSlug ? "eager" : "behind-drawer"}
      actions={renderCardActions?.(entry)}
    />
  );
  return (
    <>
      <CountdownIntro count={total} />
      {progress}
      {controls}
      <section aria-labelledby="countdown-title" className="mx-auto max-w-5xl px-5 pt-10">
        <h2 id="countdown-title" className="sr-only">
          The countdown, from #{total} to #1
        </h2>
        {visible.length === 0 && empty}
        {visible.length > MAX_FULL_LIST ? (
          // Until the virtualizer arrives, the first cards stand in for the list.
          <Suspense fallback={<FullCardList entries={visible.slice(0, FIRST_CARDS)} renderCard={card} />}>
            <VirtualCardList entries={visible} openSlug={openSlug} renderCard={card} />
          </Suspense>
        ) : (
          <FullCardList entries={visible} renderCard={card} />
        )}
      </section>
      <CountdownClosing />
      {children}
    </>
  );
}
