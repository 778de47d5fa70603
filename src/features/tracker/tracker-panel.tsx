import { Download, FileDown, FileUp, RotateCcw, Share2, Upload } from "lucide-react";
import { useState } from "react";
import { ActionButton, ChooseFile } from "../../components/ui/action-button";
import { lazyComponent } from "../../lib/lazy-component";
import { rankOrder } from "../entries/rank-order";
import type { MalExportEntry } from "./mal/mal-export";
import type { MalEntry } from "./mal/mal-plan";
import {
  addedFromMal,
  copyShareUrl,
  exportMalFile,
  exportMarksFile,
  MAL_FILE,
  MARKS_FILE,
  readMalExport,
  readMarksFile,
  shareUrlFor,
  type FileImport,
  type MalImport,
  type PanelMessage,
  type Reading,
} from "./panel-actions";
import { useTrackerSnapshot, useTrackerStore, useUndo } from "./tracker-context";

// The import previews and the reset question load when first used, not with the page.
const ImportDialog = lazyComponent(() =>
  import("./import-dialog").then((module) => ({ default: module.ImportDialog })),
);
const ResetConfirm = lazyComponent(() =>
  import("./reset-confirm").then((module) => ({ default: module.ResetConfirm })),
);
const MalImportDialog = lazyComponent(() =>
  import("./mal/mal-import-dialog").then((module) => ({ default: module.MalImportDialog })),
);

/** The panel needs what the MyAnimeList import and export need. */
export type TrackerPanelEntry = MalEntry & MalExportEntry;

/** Export, import, share and reset: the person's marks are theirs to take anywhere. */
export function TrackerPanel({ entries }: { entries: readonly TrackerPanelEntry[] }) {
  const store = useTrackerStore();
  const { marks, avoid } = useTrackerSnapshot();
  const { offerUndo } = useUndo();
  const [message, setMessage] = useState<PanelMessage | null>(null);
  const [pending, setPending] = useState<FileImport | null>(null);
  const [malPending, setMalPending] = useState<MalImport | null>(null);
  const [confirmReset, setConfirmReset] = useState(false);
  const [shareUrl, setShareUrl] = useState<string | null>(null);

  const slugsInRankOrder = rankOrder(entries).map((entry) => entry.slug);
  const titleOf = (slug: string) => entries.find((entry) => entry.slug === slug)?.title.english ?? slug;
  const rankOf = (slug: string) => entries.find((entry) => entry.slug === slug)?.rank ?? 0;
  const markCount = Object.keys(marks).length;

  /** A chosen file opens its preview, or the status says why it cannot. */
  const preview = <T,>(reading: Reading<T>, open: (preview: T) => void) => {
    setMessage(reading.ok ? null : reading.message);
    if (reading.ok) open(reading.preview);
  };
  const readFile = async (file: File) => preview(await readMarksFile(file, slugsInRankOrder), setPending);
  const readMal = async (file: File) => preview(await readMalExport(file, entries, marks), setMalPending);

  const finishImport = (mode: "merge" | "replace") => {
    if (!pending) return;
    const before = marks;
    if (mode === "merge") store.mergeMarks(pending.incoming, pending.preferences);
    else store.replaceMarks(pending.incoming, pending.preferences);
    setPending(null);
    offerUndo(mode === "merge" ? "Marks merged from the file." : "Marks replaced by the file.", before);
  };

  const finishMalImport = async () => {
    if (!malPending) return;
    const { marks: added, done } = await addedFromMal(malPending.plan);
    const before = marks;
    store.addMarks(added);
    setMalPending(null);
    setMessage({ tone: "info", text: `${done} To take it back, close this and choose Undo.` });
    offerUndo(done, before);
  };

  const reset = () => {
    const before = marks;
    store.replaceMarks({});
    setConfirmReset(false);
    offerUndo("All marks cleared.", before);
  };

  const share = async () => {
    const url = await shareUrlFor(marks, slugsInRankOrder);
    setShareUrl(url);
    setMessage(await copyShareUrl(url));
  };

  return (
    <div>
      <div className="flex flex-wrap gap-2">
        <ActionButton icon={Share2} onClick={() => void share()}>
          Share my marks
        </ActionButton>
        <ActionButton icon={Download} onClick={() => void exportMarksFile(marks, avoid).then(setMessage)}>
          Export
        </ActionButton>
        <ChooseFile {...MARKS_FILE} icon={Upload} onFile={(file) => void readFile(file)}>
          Import
        </ChooseFile>
        <ChooseFile {...MAL_FILE} icon={FileUp} onFile={(file) => void readMal(file)}>
          Import from MyAnimeList
        </ChooseFile>
        <ActionButton
          icon={FileDown}
          onClick={() => void exportMalFile(marks, entries).then(setMessage)}
          disabled={markCount === 0}
        >
          Download for MyAnimeList
        </ActionButton>
        <ActionButton icon={RotateCcw} onClick={() => setConfirmReset(true)} disabled={markCount === 0}>
          Reset
        </ActionButton>
      </div>
      <p
        role="status"
        className={`mt-2 min-h-6 text-sm ${message?.tone === "problem" ? "text-rose" : "text-muted"}`}
      >
        {message?.text}
      </p>
      {shareUrl && (
        <label className="mt-1 block text-sm text-muted">
          Your share link
          <input
            readOnly
            value={shareUrl}
            onFocus={(event) => event.target.select()}
            className="mt-1 block w-full rounded-lg border border-line bg-surface px-3 py-2 text-ink"
          />
        </label>
      )}
      {pending && (
        <ImportDialog
          current={marks}
          incoming={pending.incoming}
          skipped={pending.skipped}
          titleOf={titleOf}
          onMerge={() => finishImport("merge")}
          onReplace={() => finishImport("replace")}
          onCancel={() => setPending(null)}
        />
      )}
      {malPending && (
        <MalImportDialog
          fileName={malPending.fileName}
          plan={malPending.plan}
          unreadable={malPending.unreadable}
          titleOf={titleOf}
          rankOf={rankOf}
          onAdd={() => void finishMalImport()}
          onCancel={() => setMalPending(null)}
        />
      )}
      {confirmReset && (
        <ResetConfirm markCount={markCount} onConfirm={reset} onCancel={() => setConfirmReset(false)} />
      )}
    </div>
  );
}
