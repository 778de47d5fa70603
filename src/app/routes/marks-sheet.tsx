import type { Entry } from "../../features/entries/entry-schema";
import { PickForMe } from "../../features/pick/pick-for-me";
import { statusOf } from "../../features/tracker/marks";
import { useTrackerSnapshot } from "../../features/tracker/tracker-context";
import { YourMarksSheet } from "../../features/tracker/your-marks-sheet";
import { FanTools } from "./fan-tools";

type MarksSheetProps = {
  entries: readonly Entry[];
  /** The entries the filters leave: Pick for me chooses among them. */
  visible: readonly Entry[];
  /** Opens the picked entry's drawer (the sheet closes first). */
  onPick: (slug: string) => void;
  onClose: () => void;
};

/** "Your marks" as the countdown bar opens it: the tracker's tools, the tear card, My order, Pick for me. */
export function MarksSheet({ entries, visible, onPick, onClose }: MarksSheetProps) {
  const { marks } = useTrackerSnapshot();
  return (
    <YourMarksSheet
      entries={entries}
      onClose={onClose}
      extra={
        <FanTools entries={entries} marks={marks}>
          <PickForMe
            candidates={visible}
            statusOf={(slug) => statusOf(marks, slug)}
            onPick={(slug) => {
              onClose();
              onPick(slug);
            }}
          />
        </FanTools>
      }
    />
  );
}
