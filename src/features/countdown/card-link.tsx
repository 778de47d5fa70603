import {
  createContext,
  useCallback,
  useContext,
  useLayoutEffect,
  useMemo,
  useRef,
  type MouseEvent,
} from "react";
import { useLocation, useNavigate } from "react-router";
import { paths } from "../../config/paths";
import { afterNextPaint } from "../../lib/next-task";

/** History state set when a card opens the drawer, so closing can return focus here. */
export type OpenedFromCard = { openedFrom: string };

/**
 * What every card's title link needs, given once for the whole list: the query string
 * it keeps (the filters) and how it opens an entry. Each card reading the router itself
 * redrew all 21 links on every navigation, the drawer opening and closing among them
 * (docs/decisions/014, eleventh round); this value changes only with the query string.
 */
type CardLinks = { search: string; open?: (slug: string) => void };

// Outside a countdown (a card rendered alone) a title link is a plain link.
export const CardLinksContext = createContext<CardLinks>({ search: "" });

/**
 * The countdown's value for CardLinksContext. Its `open` (also "Pick for me") opens an
 * entry's drawer, keeping the filters: the tap is painted first and the drawer renders in
 * one task after it (docs/decisions/014, ninth round); taps before that paint open the first
 * entry asked for, once. `open` keeps its identity from render to render.
 */
export function useCardLinks(): Required<CardLinks> {
  const navigate = useNavigate();
  const { search } = useLocation();
  const latest = useRef({ navigate, search });
  useLayoutEffect(() => {
    latest.current = { navigate, search };
  });
  const waiting = useRef(false);
  const open = useCallback((slug: string) => {
    if (waiting.current) return;
    waiting.current = true;
    void afterNextPaint().then(() => {
      waiting.current = false;
      const { navigate, search } = latest.current;
      void navigate(paths.entry.getHref(slug) + search, {
        state: { openedFrom: slug } satisfies OpenedFromCard,
      });
    });
  }, []);
  return useMemo(() => ({ search, open }), [search, open]);
}

/** A left click with no modifier: the clicks the app handles. The others (a new tab, say) stay the browser's. */
const isPlainClick = (event: MouseEvent) =>
  event.button === 0 && !(event.metaKey || event.altKey || event.ctrlKey || event.shiftKey);

/** A card's title: a link to its drawer that keeps the filters (the query string) on. */
export function CardLink({ slug, title }: { slug: string; title: string }) {
  const { search, open } = useContext(CardLinksContext);
  return (
    // The address comes last, as it did when these were router links: the page's HTML
    // compresses 40 bytes smaller that way, which keeps its favicon inline within the
    // first round trip (scripts/prerender-favicon.ts).
    <a
      data-card-link={slug}
      className="text-ink no-underline decoration-glow decoration-2 underline-offset-4 after:absolute after:inset-0 after:content-[''] hover:underline"
      href={paths.entry.getHref(slug) + search}
      onClick={(event) => {
        if (!open || !isPlainClick(event)) return;
        event.preventDefault();
        open(slug);
      }}
    >
      {title}
    </a>
  );
}
