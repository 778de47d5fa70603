import type { NamedEntry } from "../entries/rank-order";
import { hardestHit } from "../entries/watch-status";
import { HIT_LABELS } from "./hit-labels";
import { countProgress, hitOf } from "./marks";
import { useTrackerSnapshot } from "./tracker-context";

export function describeProgress(watched: number, cried: number, total: number): string {
  if (watched === 0) return `None of the ${total} watched yet`;
  const criedText =
    cried === 0 ? "none made you cry yet" : cried === 1 ? "1 made you cry" : `${cried} made you cry`;
  return `${watched} of ${total} watched · ${criedText}`;
}

/** "7 of 21 watched · 4 made you cry", with two quiet bars that grow (transform only). */
export function ProgressSummary({ entries }: { entries: readonly NamedEntry[] }) {
  const { marks } = useTrackerSnapshot();
  const { watched, cried, total } = countProgress(
    marks,
    entries.map((entry) => entry.slug),
  );
  const hardest = hardestHit(entries, (slug) => hitOf(marks, slug));
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
      {hardest && (
        <p className="mt-3 text-sm text-muted">
          Hit you hardest:{" "}
          <span className="text-ink">
            #{hardest.entry.rank} {hardest.entry.title.english}
          </span>{" "}
          ({HIT_LABELS[hardest.hit].toLowerCase()})
        </p>
      )}
    </div>
  );
}
