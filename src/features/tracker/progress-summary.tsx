import { HIT_LABELS } from "./hit-labels";
import { countProgress, hardestHit, hitOf } from "./marks";
import { useTrackerSnapshot } from "./tracker-context";

export function describeProgress(watched: number, cried: number, total: number): string {
  if (watched === 0) return `None of the ${total} watched yet`;
  const criedText =
    cried === 0 ? "none made you cry yet" : cried === 1 ? "1 made you cry" : `${cried} made you cry`;
  return `${watched} of ${total} watched · ${criedText}`;
}

/** "7 of 21 watched · 4 made you cry", with two quiet bars that grow (transform only). */
type Entryish = {
  readonly rank: number;
  readonly slug: string;
  readonly title: { readonly english: string };
};

export function ProgressSummary({ entries }: { entries: readonly Entryish[] }) {
  const { marks } = useTrackerSnapshot();
  const byRank = [...entries].sort((a, b) => a.rank - b.rank);
  const { watched, cried, total } = countProgress(
    marks,
    byRank.map((entry) => entry.slug),
  );
  const hardestSlug = hardestHit(
    marks,
    byRank.map((entry) => entry.slug),
  );
  const hardest = byRank.find((entry) => entry.slug === hardestSlug);
  const hardestHitRating = hardest ? hitOf(marks, hardest.slug) : undefined;
  const share = (count: number) => (total === 0 ? 0 : count / total);

  return (
    <div>
      {/* Not a status: the countdown bar's count already announces each change. */}
      <p className="text-ink">{describeProgress(watched, cried, total)}</p>
      <div aria-hidden="true" className="relative mt-3 h-2 overflow-hidden rounded-full bg-tag">
        <span
          className="progress-bar absolute inset-0 origin-left rounded-full bg-glow/45"
          style={{ transform: `scaleX(${share(watched)})` }}
        />
        <span
          className="progress-bar absolute inset-0 origin-left rounded-full bg-rose"
          style={{ transform: `scaleX(${share(cried)})` }}
        />
      </div>
      {hardest && hardestHitRating && (
        <p className="mt-3 text-sm text-muted">
          Hit you hardest:{" "}
          <span className="text-ink">
            #{hardest.rank} {hardest.title.english}
          </span>{" "}
          ({HIT_LABELS[hardestHitRating].toLowerCase()})
        </p>
      )}
    </div>
  );
}
