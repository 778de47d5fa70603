import { useSearchParams } from "react-router";
import { BackToCountdown } from "../../components/ui/back-to-countdown";
import { formatCount, formatList } from "../entries/format-entry";
import { rankOrder, type NamedEntry } from "../entries/rank-order";
import type { WatchStatus } from "../entries/watch-status";
import { compareRows, gainedMarks, gainsOf, sharedMarks } from "./compare-marks";
import { ComparePage, CompareInvitation, UnreadableLink } from "./compare-pages";
import { EntryTitleLink, OrderList, orderRows } from "./my-order-view";
import { decodeShareCode, parseShareParam } from "./share-code";
import { useTrackerSnapshot, useTrackerStore, useUndo } from "./tracker-context";

const STATUS_TEXT: Record<WatchStatus, string> = { unwatched: "Not yet", watched: "Watched", cried: "Cried" };
const STATUS_TONE: Record<WatchStatus, string> = {
  unwatched: "text-muted",
  watched: "text-ink",
  cried: "text-rose",
};

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
  if (!decoded.ok) return <UnreadableLink />;

  const rows = compareRows(byRank, decoded.statuses, marks);
  const bothCried = rows.filter((row) => row.them === "cried" && row.me === "cried").map((row) => row.entry);
  const onlyThey = rows
    .filter((row) => row.them !== "unwatched" && row.me === "unwatched")
    .map((row) => row.entry);
  const gains = gainsOf(rows);

  const importTheirs = () => {
    const before = marks;
    store.mergeMarks(gainedMarks(gains, new Date()));
    offerUndo(`Added ${formatCount(gains.length, "mark", "marks")} from the link.`, before);
  };

  return (
    <ComparePage title="Their tears beside yours" top="pt-16" titleSize="sm:text-5xl">
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
                <EntryTitleLink entry={entry} />
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
          rows={orderRows(entries, sharedMarks(decoded.statuses, decoded.hits))}
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
    </ComparePage>
  );
}
