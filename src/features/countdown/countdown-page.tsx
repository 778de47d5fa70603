import { AnimatePresence, m } from "motion/react";
import type { ReactNode } from "react";
import { usePrefersReducedMotion } from "../../lib/use-prefers-reduced-motion";
import type { Entry } from "../entries/entry-schema";
import { CountdownClosing, CountdownIntro } from "./countdown-copy";
import { EntryCard } from "./entry-card";

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
  /** The entry open in the drawer, if any: its card's artwork loads at once, it is in view. */
  openSlug?: string;
  /** Controls drawn on each card (the tracker's marks). */
  renderCardActions?: (entry: Entry) => ReactNode;
  empty?: ReactNode;
  children?: ReactNode;
};

const LAYOUT_TRANSITION = { duration: 0.5, ease: [0.22, 1, 0.36, 1] } as const;
const INSTANT = { duration: 0 } as const;
// Layout animation measures every card on each change: past a few dozen cards it costs
// more than it shows, so longer lists (and anyone asking for less motion) change at once.
const MAX_ANIMATED_CARDS = 60;

export function CountdownPage(props: CountdownPageProps) {
  const { total, visible, linkSearch, openSlug, progress, controls, renderCardActions, empty, children } =
    props;
  const reduceMotion = usePrefersReducedMotion();
  const animate = !reduceMotion && visible.length <= MAX_ANIMATED_CARDS;
  const card = (entry: Entry, index: number) => (
    <EntryCard
      entry={entry}
      flipped={index % 2 === 1}
      linkSearch={linkSearch}
      eager={entry.slug === openSlug}
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
        <ol className="m-0 flex list-none flex-col gap-16 p-0 sm:gap-24">
          {visible.length > MAX_ANIMATED_CARDS ? (
            // A long list renders plain items: a motion component per card is the
            // expensive part of a filter change at hundreds of cards.
            visible.map((entry, index) => <li key={entry.slug}>{card(entry, index)}</li>)
          ) : (
            <AnimatePresence initial={false} mode="popLayout">
              {visible.map((entry, index) => (
                <m.li
                  key={entry.slug}
                  layout={animate ? "position" : false}
                  initial={{ opacity: 0 }}
                  animate={{ opacity: 1 }}
                  exit={{ opacity: 0 }}
                  transition={animate ? LAYOUT_TRANSITION : INSTANT}
                >
                  {card(entry, index)}
                </m.li>
              ))}
            </AnimatePresence>
          )}
        </ol>
      </section>
      <CountdownClosing />
      {children}
    </>
  );
}
