import { AppLink } from "../../components/ui/app-link";
import { paths } from "../../config/paths";
import type { Entry } from "../../features/entries/entry-schema";
import { PickForMe } from "../../features/pick/pick-for-me";
import { TearCardButton } from "../../features/tear-card/tear-card-button";
import { buildTearCardData } from "../../features/tear-card/tear-card-data";
import { hitOf, statusOf } from "../../features/tracker/marks";
import { useTrackerSnapshot } from "../../features/tracker/tracker-context";
import { YourMarksSheet } from "../../features/tracker/your-marks-sheet";

type MarksSheetProps = {
  entries: readonly Entry[];
  /** The entries the filters leave: Pick for me chooses among them. */
  visible: readonly Entry[];
  /** Opens the picked entry's drawer (the sheet closes first). */
  onPick: (slug: string) => void;
  onClose: () => void;
};

/**
 * "Your marks" as the countdown bar opens it: the tracker's tools and, under the marks,
 * what the app adds: the tear card, the person's own countdown (My order) and Pick for me.
 */
export function MarksSheet({ entries, visible, onPick, onClose }: MarksSheetProps) {
  const { marks } = useTrackerSnapshot();
  return (
    <YourMarksSheet
      entries={entries}
      onClose={onClose}
      extra={
        <div className="flex flex-wrap items-start gap-3 border-t border-line pt-5">
          <TearCardButton
            data={() =>
              buildTearCardData(
                entries,
                (slug) => statusOf(marks, slug),
                (slug) => hitOf(marks, slug),
                new Date(),
              )
            }
          />
          <AppLink
            to={paths.myOrder.getHref()}
            className="inline-flex min-h-11 items-center rounded-full border border-line px-4 py-2 text-sm text-ink no-underline hover:border-glow"
          >
            My order
          </AppLink>
          <PickForMe
            candidates={visible}
            statusOf={(slug) => statusOf(marks, slug)}
            onPick={(slug) => {
              onClose();
              onPick(slug);
            }}
          />
        </div>
      }
    />
  );
}
