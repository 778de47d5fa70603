import { countProgress } from "./marks";
import { useTrackerSnapshot } from "./tracker-context";

function describe(watched: number, cried: number, total: number): string {
  if (watched === 0) return `None of the ${total} watched yet`;
  const criedText =
    cried === 0 ? "none made you cry yet" : cried === 1 ? "1 made you cry" : `${cried} made you cry`;
  return `${watched} of ${total} watched · ${criedText}`;
}

/** "7 of 21 watched · 4 made you cry", with two quiet bars that grow (transform only). */
export function ProgressSummary({ slugs }: { slugs: readonly string[] }) {
  const { marks } = useTrackerSnapshot();
  const { watched, cried, total } = countProgress(marks, slugs);
  const share = (count: number) => (total === 0 ? 0 : count / total);

  return (
    <div>
      <p role="status" className="text-ink">
        {describe(watched, cried, total)}
      </p>
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
    </div>
  );
}
