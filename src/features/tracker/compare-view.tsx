import { useSearchParams } from "react-router";
import { AppLink } from "../../components/ui/app-link";
import { paths } from "../../config/paths";
import { formatList } from "../entries/format-entry";
import { rankOrder, type NamedEntry } from "../entries/rank-order";
import type { WatchStatus } from "../entries/watch-status";
import { statusOf } from "./marks";
import { OrderList, orderRows } from "./my-order-view";
import { decodeShareCode, parseShareParam } from "./share-code";
import { useTrackerSnapshot, useTrackerStore, useUndo } from "./tracker-context";
import type { Mark } from "./tracker-types";
import { BackToCountdown } from "../../components/ui/back-to-countdown";

const STATUS_TEXT: Record<WatchStatus, string> = { unwatched: "Not yet", watched: "Watched", cried: "Cried" };
const STATUS_TONE: Record<WatchStatus, string> = {
  unwatched: "text-muted",
  watched: "text-ink",
  cried: "text-rose",
};
const STATUS_RANK: Record<WatchStatus, number> = { unwatched: 0, watched: 1, cried: 2 };

function titles(entries: readonly NamedEntry[]): string {
  return formatList(entries.map((entry) => `#${entry.rank} ${entry.title.english}`));
}

/** A friend's marks beside the visitor's own, read-only until the visitor chooses to import. */
export function CompareView({ entries }: { entries: readonly NamedEntry[] }) {
  const [params] = useSearchParams();
  const store = useTrackerStore();
  const { marks } = useTrackerSnapshot();
  const { offerUndo } = useUndo();
  const byRank = rankOrder(entries);
  const code = parseShareParam(params);
  const decoded =
    code === null
      ? null
      : decodeShareCode(
          code,
          byRank.map((entry) => entry.slug),
        );

  if (decoded === null) return <CompareInvitation />;
  if (!decoded.ok) {
    return (
      <section aria-labelledby="compare-title" className="mx-auto max-w-3xl px-5 pt-20">
        <h1 id="compare-title" className="font-serif text-3xl text-ink sm:text-4xl">
          This link’s marks could not be read
        </h1>
        <p className="mt-4 text-muted">
          It may have been cut short when it was copied. Ask for the link again, or head back to the
          countdown.
        </p>
        <BackToCountdown className="mt-8" />
      </section>
    );
  }

  const theirs = decoded.statuses;
  // Their link carries statuses and ratings, not times: enough to rank what made them cry.
  const SHARED_TIME = new Date(0).toISOString();
  const theirMarks: Record<string, Mark> = {};
  for (const [slug, status] of Object.entries(theirs)) {
    if (status === "unwatched") continue;
    const hit = decoded.hits[slug];
    theirMarks[slug] =
      status === "cried"
        ? { watchedAt: SHARED_TIME, criedAt: SHARED_TIME, ...(hit ? { hit, ratedAt: SHARED_TIME } : {}) }
        : { watchedAt: SHARED_TIME };
  }
  const rows = byRank.map((entry) => ({
    entry,
    them: theirs[entry.slug] ?? "unwatched",
    me: statusOf(marks, entry.slug),
  }));
  const bothCried = rows.filter((row) => row.them === "cried" && row.me === "cried").map((row) => row.entry);
  const onlyThey = rows
    .filter((row) => row.them !== "unwatched" && row.me === "unwatched")
    .map((row) => row.entry);
  const gains = rows.filter((row) => STATUS_RANK[row.them] > STATUS_RANK[row.me]);

  const importTheirs = () => {
    const now = new Date().toISOString();
    const incoming: Record<string, Mark> = {};
    for (const row of gains)
      incoming[row.entry.slug] = row.them === "cried" ? { watchedAt: now, criedAt: now } : { watchedAt: now };
    const before = marks;
    store.mergeMarks(incoming);
    offerUndo(`Added ${gains.length === 1 ? "1 mark" : `${gains.length} marks`} from the link.`, before);
  };

  return (
    <section aria-labelledby="compare-title" className="mx-auto max-w-3xl px-5 pt-16">
      <h1 id="compare-title" className="font-serif text-3xl text-ink sm:text-5xl">
        Their tears beside yours
      </h1>
      <div className="mt-6 flex flex-col gap-2 text-lg text-muted">
        <p>Someone shared their marks with you. Nothing here changes your own list unless you choose to.</p>
        {bothCried.length > 0 && <p className="text-ink">You both cried at {titles(bothCried)}.</p>}
        {onlyThey.length > 0 && (
          <p>
            They have watched {onlyThey.length === 1 ? "one show" : `${onlyThey.length} shows`} you have not
            seen yet.
          </p>
        )}
      </div>

      <table className="mt-10 w-full border-collapse text-left text-sm">
        <caption className="sr-only">Their marks and yours, by rank</caption>
        <thead>
          <tr className="border-b border-line text-xs tracking-[0.12em] text-muted uppercase">
            <th scope="col" className="py-2 pr-3 font-normal">
              #
            </th>
            <th scope="col" className="py-2 pr-3 font-normal">
              Show
            </th>
            <th scope="col" className="py-2 pr-3 font-normal">
              Them
            </th>
            <th scope="col" className="py-2 font-normal">
              You
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map(({ entry, them, me }) => (
            <tr key={entry.slug} className="border-b border-line/60">
              <td className="py-3 pr-3 font-serif text-glow tabular-nums">{entry.rank}</td>
              <th scope="row" className="py-3 pr-3 font-normal text-ink">
                <AppLink
                  to={paths.entry.getHref(entry.slug)}
                  className="text-ink underline decoration-line underline-offset-4 hover:decoration-glow"
                >
                  {entry.title.english}
                </AppLink>
              </th>
              <td className={`py-3 pr-3 whitespace-nowrap ${STATUS_TONE[them]}`}>{STATUS_TEXT[them]}</td>
              <td className={`py-3 whitespace-nowrap ${STATUS_TONE[me]}`}>{STATUS_TEXT[me]}</td>
            </tr>
          ))}
        </tbody>
      </table>

      <div className="mt-12 grid gap-10 sm:grid-cols-2">
        <OrderList
          title="Their order"
          rows={orderRows(entries, theirMarks)}
          empty="They have not marked anything Cried yet."
        />
        <OrderList
          title="Your order"
          rows={orderRows(entries, marks)}
          empty="Mark a show Cried and say how hard it hit to start yours."
        />
      </div>

      <div className="mt-8 flex flex-wrap gap-3">
        {gains.length > 0 && (
          <button
            type="button"
            onClick={importTheirs}
            className="min-h-11 rounded-full border border-glow bg-glow px-5 py-2 text-sm text-night"
          >
            Add their {gains.length === 1 ? "mark" : `${gains.length} marks`} to mine
          </button>
        )}
        <BackToCountdown />
      </div>
    </section>
  );
}

/**
 * The page without a shared link in its address: what it is for. Also the prerendered
 * page a shared link first arrives on, before the app reads the marks from the link, and
 * all there is with JavaScript switched off.
 */
function CompareInvitation() {
  return (
    <section aria-labelledby="compare-title" className="mx-auto max-w-3xl px-5 pt-20">
      <h1 id="compare-title" className="font-serif text-3xl text-ink sm:text-5xl">
        See whose tears match yours
      </h1>
      <p className="mt-6 text-lg text-muted">
        When a friend sends you their Share my marks link, it opens here: their marks beside yours, show by
        show, with the ones you both cried at first. Nothing changes your own list unless you choose to.
      </p>
      <noscript>
        <p className="mt-4 text-lg text-muted">
          Your browser has JavaScript switched off, and the comparison is drawn from the link by it. The
          countdown itself reads fine without.
        </p>
      </noscript>
      <BackToCountdown className="mt-8" />
    </section>
  );
}
