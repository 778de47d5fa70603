import { lazyComponent } from "../../lib/lazy-component";
import type { NamedEntry } from "../entries/rank-order";
import { countProgress, type Progress } from "./marks";
import { describeProgress } from "./progress-summary";
import { storageNotices } from "./storage-notices";
import { useTrackerSnapshot } from "./tracker-context";

// Storage notices are rare (corrupt, newer, full or blocked storage): their code loads when
// there is one to show. None is ever prerendered, so hydration never waits for it.
const TrackerNotices = lazyComponent(() =>
  import("./tracker-notices").then((module) => ({ default: module.TrackerNotices })),
);

/** The person's progress over the whole list, for the countdown bar. */
export function useProgress(entries: readonly NamedEntry[]) {
  const { marks } = useTrackerSnapshot();
  return countProgress(
    marks,
    entries.map((entry) => entry.slug),
  );
}

/** "7 of 21 watched · 4 made you cry", for screen readers: heard after each mark. */
export function ProgressStatus({ progress: { watched, cried, total } }: { progress: Progress }) {
  return (
    <p role="status" className="sr-only">
      {describeProgress(watched, cried, total)}
    </p>
  );
}

/**
 * Storage notices (corrupt, newer, full or blocked storage) stay in the page, above the
 * list, where the person will see them: never inside a closed sheet.
 */
export function MarksNotices() {
  const hasNotice = storageNotices(useTrackerSnapshot()).length > 0;
  if (!hasNotice) return null;
  return (
    <section aria-label="About your saved marks" className="mx-auto max-w-5xl px-5 pb-8">
      <div className="max-w-3xl">
        <TrackerNotices />
      </div>
    </section>
  );
}
