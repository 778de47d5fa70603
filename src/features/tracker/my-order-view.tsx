import { AppLink } from "../../components/ui/app-link";
import { paths } from "../../config/paths";
import { rankOrder, type NamedEntry } from "../entries/rank-order";
import { HIT_LABELS } from "./hit-labels";
import { hitOf, myOrder } from "./marks";
import type { Marks } from "./tracker-types";

/** The shows that made someone cry, by how hard they hit (ties by our rank), as rows. */
export function orderRows(entries: readonly NamedEntry[], marks: Marks) {
  const byRank = rankOrder(entries);
  return myOrder(
    marks,
    byRank.map((entry) => entry.slug),
  ).flatMap((slug) => {
    const entry = byRank.find((candidate) => candidate.slug === slug);
    return entry ? [{ entry, hit: hitOf(marks, slug) }] : [];
  });
}

/** A show's English title, linking to its page. */
export function EntryTitleLink({ entry }: { entry: NamedEntry }) {
  return (
    <AppLink
      to={paths.entry.getHref(entry.slug)}
      className="text-ink underline decoration-line underline-offset-4 hover:decoration-glow"
    >
      {entry.title.english}
    </AppLink>
  );
}

type OrderListProps = { title: string; rows: ReturnType<typeof orderRows>; empty: string };

/** One ranked column: position, show, and how hard it hit. */
export function OrderList({ title, rows, empty }: OrderListProps) {
  return (
    <section aria-label={title} className="min-w-0">
      <h2 className="font-serif text-2xl text-ink">{title}</h2>
      {rows.length === 0 ? (
        <p className="mt-3 text-muted">{empty}</p>
      ) : (
        <ol className="mt-4 flex list-none flex-col gap-3 p-0">
          {rows.map(({ entry, hit }, index) => (
            <li key={entry.slug} className="flex items-baseline gap-3">
              <span className="w-8 shrink-0 text-right font-serif text-2xl text-glow tabular-nums">
                {index + 1}
              </span>
              <span className="min-w-0">
                <EntryTitleLink entry={entry} />
                <span className="block text-sm text-muted">
                  {hit ? HIT_LABELS[hit] : "Not rated yet"} · our #{entry.rank}
                </span>
              </span>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
