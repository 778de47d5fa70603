import { downloadText } from "../../lib/download";
import { storageNotices } from "./storage-notices";
import { useTrackerSnapshot, useTrackerStore } from "./tracker-context";

const NOTICE = "rounded-2xl border border-line bg-surface p-4 text-sm text-ink";
const ACTION =
  "mt-3 mr-3 inline-flex min-h-11 items-center rounded-full border border-line px-4 py-2 hover:border-glow";

/**
 * Calm, visible messages for every storage fault. Nothing here is an error dialog:
 * the app keeps working, and each message says what happened and what survives.
 */
export function TrackerNotices() {
  const store = useTrackerStore();
  const snapshot = useTrackerSnapshot();
  const { problem } = snapshot;
  const shown = storageNotices(snapshot);

  return (
    <div className="flex flex-col gap-3 empty:hidden">
      {shown.includes("corrupt") && problem?.kind === "corrupt" && (
        <div role="status" className={NOTICE}>
          <p>
            We could not read the marks saved in this browser, so your list starts fresh.{" "}
            {problem.backedUp
              ? "The old data is kept, untouched, as a backup."
              : "We could not set a copy aside, so we will not save over it during this visit."}
          </p>
          <button
            type="button"
            className={ACTION}
            onClick={() => downloadText("made-us-cry-unreadable-marks.txt", problem.raw, "text/plain")}
          >
            Download the old data
          </button>
          <button type="button" className={ACTION} onClick={() => store.dismissProblem()}>
            Got it
          </button>
        </div>
      )}
      {shown.includes("newer") && problem?.kind === "newer" && (
        <div role="status" className={NOTICE}>
          <p>
            These marks were saved by a newer version of Made Us Cry. We show what we can read and leave them
            as they are; anything you change here lasts only for this visit.
          </p>
          <button type="button" className={ACTION} onClick={() => store.overwriteNewer()}>
            Save this visit’s marks instead
          </button>
          <button
            type="button"
            className={ACTION}
            onClick={() => downloadText("made-us-cry-newer-marks.json", problem.raw)}
          >
            Download the saved marks
          </button>
        </div>
      )}
      {shown.includes("unavailable") && (
        <p role="status" className={NOTICE}>
          This browser is not letting us save anything, so your marks will last only until you close this
          page.
        </p>
      )}
      {shown.includes("full") && (
        <p role="status" className={NOTICE}>
          This browser’s storage is full, so new marks will last only for this visit. The marks saved before
          are safe.
        </p>
      )}
    </div>
  );
}
