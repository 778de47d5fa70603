import { useMemo } from "react";
import { Outlet, useParams } from "react-router";
import { CardLinksContext, useCardLinks } from "../../features/countdown/card-link";
import { CountdownPage } from "../../features/countdown/countdown-page";
import type { Entry } from "../../features/entries/entry-schema";
import { applyFilters } from "../../features/filters/apply-filters";
import { FilterContextProvider } from "../../features/filters/filter-context";
import type { FilterContext } from "../../features/filters/filter-state";
import { useFilters } from "../../features/filters/use-filters";
import { MarkToggles } from "../../features/tracker/mark-toggles";
import { statusOf } from "../../features/tracker/marks";
import { CountdownBar } from "../toolbar/countdown-bar";
import { MarksNotices } from "../../features/tracker/your-marks";
import { useTrackerSnapshot, useTrackerStore } from "../../features/tracker/tracker-context";
import { lazyComponent } from "../../lib/lazy-component";
import { useDocumentTitle } from "../../lib/use-document-title";
import { HOME_TITLE } from "../page-meta";
import { NotFoundView } from "./not-found-route";
import { WithEntries } from "../with-entries";

// Only a filter that matches nothing shows this, so it loads when first needed.
const EmptyResult = lazyComponent(() =>
  import("../../features/filters/empty-result").then((module) => ({ default: module.EmptyResult })),
);

// One function for every render: the cards are memoized on their props.
const renderMarkToggles = (entry: Entry) => <MarkToggles slug={entry.slug} title={entry.title.english} />;

/** What the entry drawer route receives from the countdown behind it. */
export type CountdownOutletContext = { entries: readonly Entry[]; visible: readonly Entry[] };

export function CountdownRoute() {
  const { slug } = useParams();
  return (
    <WithEntries
      loadingLabel="Gathering the countdown…"
      errorTitle="The countdown would not load"
      errorMessage="Something went wrong while reading the list. Your marks are safe; try again in a moment."
    >
      {(entries) =>
        slug !== undefined && !entries.some((entry) => entry.slug === slug) ? (
          <NotFoundView
            title="We could not find that show"
            message={`Nothing on our list lives at “${slug}”. The link may be mistyped, or older than the list.`}
          />
        ) : (
          <Countdown entries={entries} />
        )
      }
    </WithEntries>
  );
}

function Countdown({ entries }: { entries: readonly Entry[] }) {
  const { slug: openSlug } = useParams();
  useDocumentTitle(HOME_TITLE);
  const cardLinks = useCardLinks();
  const store = useTrackerStore();
  const { marks, avoid } = useTrackerSnapshot();
  const filterContext = useMemo<FilterContext>(
    () => ({
      statusOf: (slug) => statusOf(marks, slug),
      avoidPreference: avoid,
      saveAvoidPreference: (next) => store.setAvoid(next),
    }),
    [marks, avoid, store],
  );
  const { filters } = useFilters(filterContext);
  const visible = applyFilters(entries, filters, filterContext);
  const outletContext: CountdownOutletContext = { entries, visible };

  return (
    <FilterContextProvider value={filterContext}>
      <CardLinksContext value={cardLinks}>
        <CountdownPage
          total={entries.length}
          visible={visible}
          entries={entries}
          openSlug={openSlug}
          notices={<MarksNotices />}
          bar={<CountdownBar entries={entries} visible={visible} onPick={cardLinks.open} />}
          renderCardActions={renderMarkToggles}
          empty={<EmptyResult entries={entries} />}
        >
          <Outlet context={outletContext} />
        </CountdownPage>
      </CardLinksContext>
    </FilterContextProvider>
  );
}
