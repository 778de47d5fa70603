import type { ReactNode } from "react";
import { lazyComponent } from "../../lib/lazy-component";
import { ProgressSummary } from "./progress-summary";
import { storageNotices } from "./storage-notices";
import { useTrackerSnapshot } from "./tracker-context";
import { TrackerPanel } from "./tracker-panel";

// Storage notices are rare (corrupt, newer, full or blocked storage): their code loads when
// there is one to show. None is ever prerendered, so hydration never waits for it.
const TrackerNotices = lazyComponent(() =>
  import("./tracker-notices").then((module) => ({ default: module.TrackerNotices })),
);

type Entryish = {
  readonly rank: number;
  readonly slug: string;
  readonly title: { readonly english: string };
};

/** The person's own corner of the page: progress, any storage notice, and their marks' tools. */
export function YourMarks({ entries, extra }: { entries: readonly Entryish[]; extra?: ReactNode }) {
  const hasNotice = storageNotices(useTrackerSnapshot()).length > 0;
  return (
    <section aria-labelledby="your-marks-title" className="mx-auto max-w-5xl px-5 pb-12">
      <div className="flex max-w-3xl flex-col gap-4 rounded-3xl border border-line bg-surface/60 p-5 sm:p-6">
        <h2 id="your-marks-title" className="font-serif text-2xl text-ink">
          Your marks
        </h2>
        <p className="-mt-2 text-sm text-muted">
          Kept only in this browser. No account, nothing sent anywhere.
        </p>
        {hasNotice && <TrackerNotices />}
        <ProgressSummary entries={entries} />
        <TrackerPanel entries={entries} />
        {extra}
      </div>
    </section>
  );
}
