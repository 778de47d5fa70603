import { useEffect, useRef } from "react";
import { useLocation, useNavigate, useOutletContext, useParams } from "react-router";
import { paths } from "../../config/paths";
import { focusCard } from "../../features/countdown/card-links";
import { entryUrl } from "../../config/site";
import { EntryDrawer, type Neighbour } from "../../features/entry-drawer/entry-drawer";
import type { Entry } from "../../features/entries/entry-schema";
import { MarkToggles } from "../../features/tracker/mark-toggles";
import { statusOf } from "../../features/tracker/marks";
import { useTrackerSnapshot } from "../../features/tracker/tracker-context";
import { useDocumentTitle } from "../../lib/use-document-title";
import { entryTitle, NOT_FOUND_TITLE } from "../page-meta";
import type { CountdownOutletContext } from "./countdown-route";

function openedFromOf(state: unknown): string | undefined {
  if (typeof state !== "object" || state === null || !("openedFrom" in state)) return undefined;
  return typeof state.openedFrom === "string" ? state.openedFrom : undefined;
}

export function EntryDrawerRoute() {
  const { entries, visible } = useOutletContext<CountdownOutletContext>();
  const { slug = "" } = useParams();
  const location = useLocation();
  const navigate = useNavigate();
  const openedFrom = openedFromOf(location.state);
  const { marks } = useTrackerSnapshot();

  // Previous / Next walk the list the person is looking at; an entry filtered out of it
  // (a shared link, say) walks the whole countdown instead.
  const list: readonly Entry[] = visible.some((entry) => entry.slug === slug) ? visible : entries;
  const index = list.findIndex((entry) => entry.slug === slug);
  const entry = list[index];
  useDocumentTitle(entry ? entryTitle(entry) : NOT_FOUND_TITLE);

  const neighbour = (candidate: Entry | undefined): Neighbour | null =>
    candidate
      ? { to: { pathname: paths.entry.getHref(candidate.slug), search: location.search }, entry: candidate }
      : null;

  // Focus goes back to the card that opened the drawer, or to this entry's card when
  // the drawer came from a link; whichever way it closes (button, Escape, Back).
  const returnFocusTo = useRef(openedFrom ?? slug);
  useEffect(() => {
    returnFocusTo.current = openedFrom ?? slug;
  });
  useEffect(
    () => () => {
      const target = returnFocusTo.current;
      requestAnimationFrame(() => focusCard(target));
    },
    [],
  );

  if (!entry) return null;

  const close = () => {
    if (openedFrom) void navigate(-1);
    else void navigate({ pathname: paths.home.getHref(), search: location.search });
  };

  return (
    <EntryDrawer
      entry={entry}
      previous={neighbour(list[index - 1])}
      next={neighbour(list[index + 1])}
      position={{ index, total: list.length }}
      shareUrl={entryUrl(entry.slug)}
      spoilerUnlocked={statusOf(marks, entry.slug) !== "unwatched"}
      actions={<MarkToggles slug={entry.slug} title={entry.title.english} />}
      navigationState={location.state}
      onClose={close}
    />
  );
}
