import type { Entry } from "../../features/entries/entry-schema";
import { byRankAscending } from "../../features/entries/rank-order";
import { OrderList, orderRows } from "../../features/tracker/my-order-view";
import { useTrackerSnapshot } from "../../features/tracker/tracker-context";
import { useDocumentTitle } from "../../lib/use-document-title";
import { MY_ORDER_TITLE } from "../page-meta";
import { WithEntries } from "../with-entries";
import { BackToCountdown } from "../../components/ui/back-to-countdown";

export function MyOrderRoute() {
  useDocumentTitle(MY_ORDER_TITLE);
  return (
    <WithEntries
      loadingLabel="Putting your order together…"
      errorTitle="The list would not load"
      errorMessage="We could not read the countdown to order your marks against. Try again in a moment."
    >
      {(entries) => <MyOrder entries={entries} />}
    </WithEntries>
  );
}

function MyOrder({ entries }: { entries: readonly Entry[] }) {
  const { marks } = useTrackerSnapshot();
  const mine = orderRows(entries, marks);
  // Our order, for the same shows, so the two columns can be read side by side.
  const ours = [...mine].sort((a, b) => byRankAscending(a.entry, b.entry));

  return (
    <div className="mx-auto max-w-5xl px-5 pt-16">
      <h1 className="font-serif text-4xl text-ink sm:text-5xl">Your own countdown</h1>
      <p className="mt-4 max-w-2xl text-lg text-muted">
        The shows that made you cry, ranked by how hard they hit you, beside the order we put them in. Your
        Share my marks link carries this order too.
      </p>
      <noscript>
        <p className="mt-4 max-w-2xl text-lg text-muted">
          Your marks are kept in this browser, and reading them takes JavaScript, which is switched off here.
          The countdown itself reads fine without.
        </p>
      </noscript>
      <div className="mt-10 grid gap-10 sm:grid-cols-2">
        <OrderList
          title="Your order"
          rows={mine}
          empty="Nothing here yet. Mark a show Cried, say how hard it hit, and it will find its place."
        />
        <OrderList title="Our order, for the same shows" rows={ours} empty="Nothing to compare yet." />
      </div>
      <BackToCountdown className="mt-10" />
    </div>
  );
}
