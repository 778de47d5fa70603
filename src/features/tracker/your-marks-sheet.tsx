import type { ReactNode } from "react";
import { Sheet } from "../../components/ui/sheet";
import { ProgressSummary } from "./progress-summary";
import { TrackerPanel, type TrackerPanelEntry } from "./tracker-panel";

// Its own module, apart from the bar's progress (your-marks.tsx): the sheet and the
// tracker's tools load with the lazy Your marks sheet, not with the app.

type YourMarksSheetProps = {
  entries: readonly TrackerPanelEntry[];
  extra?: ReactNode;
  onClose: () => void;
};

/** The person's own corner, opened from the countdown bar: progress and their marks' tools. */
export function YourMarksSheet({ entries, extra, onClose }: YourMarksSheetProps) {
  return (
    <Sheet
      title="Your marks"
      description="Kept only in this browser. No account, nothing sent anywhere."
      onClose={onClose}
    >
      <div className="flex flex-col gap-6">
        <ProgressSummary entries={entries} />
        <TrackerPanel entries={entries} />
        {extra}
      </div>
    </Sheet>
  );
}
