import { Download, FileDown, FileUp, RotateCcw, Share2, Upload } from "lucide-react";
import { useRef, useState, type ReactNode } from "react";
import { paths } from "../../config/paths";
import { absoluteUrl } from "../../config/site";
import { downloadText } from "../../lib/download";
import { lazyComponent } from "../../lib/lazy-component";
import { rankOrder } from "../entries/rank-order";
import { useTrackerSnapshot, useTrackerStore, useUndo } from "./tracker-context";
import type { MalExportEntry } from "./mal/mal-export";
import type { MalEntry, MalPlan } from "./mal/mal-plan";
import type { Marks, TrackerPreferences } from "./tracker-types";

// The file and link codecs, the import preview and the reset question load when first
// used, not with the page.
const loadExportFile = () => import("./export-file");
const loadShareCode = () => import("./share-code");
const ImportDialog = lazyComponent(() =>
  import("./import-dialog").then((module) => ({ default: module.ImportDialog })),
);
const ResetConfirm = lazyComponent(() =>
  import("./reset-confirm").then((module) => ({ default: module.ResetConfirm })),
);
// MyAnimeList's format: reading, matching, the preview and the export load on first use.
const loadMal = () =>
  Promise.all([import("./mal/mal-read"), import("./mal/mal-plan"), import("./mal/mal-export")]);
const MalImportDialog = lazyComponent(() =>
  import("./mal/mal-import-dialog").then((module) => ({ default: module.MalImportDialog })),
);

type Pending = {
  readonly incoming: Marks;
  readonly skipped: readonly string[];
  readonly preferences: TrackerPreferences | undefined;
};
type MalPending = { readonly fileName: string; readonly plan: MalPlan; readonly unreadable: number };
/** The panel needs what the MyAnimeList import and export need. */
export type TrackerPanelEntry = MalEntry & MalExportEntry;

const ACTION =
  "inline-flex min-h-11 items-center gap-2 rounded-full border border-line px-4 py-2 text-sm text-ink hover:border-glow";

/** A button that opens the file picker; the chosen file goes to `onFile`, and the same file can be chosen again. */
function ChooseFile({
  accept,
  fileLabel,
  onFile,
  children,
}: {
  accept: string;
  fileLabel: string;
  onFile: (file: File) => void;
  children: ReactNode;
}) {
  const input = useRef<HTMLInputElement>(null);
  return (
    <>
      <button type="button" className={ACTION} onClick={() => input.current?.click()}>
        {children}
      </button>
      <input
        ref={input}
        type="file"
        accept={accept}
        aria-label={fileLabel}
        hidden
        onChange={(event) => {
          const file = event.target.files?.[0];
          event.target.value = "";
          if (file) onFile(file);
        }}
      />
    </>
  );
}

/** Export, import, share and reset: the person's marks are theirs to take anywhere. */
export function TrackerPanel({ entries }: { entries: readonly TrackerPanelEntry[] }) {
  const store = useTrackerStore();
  const { marks, avoid } = useTrackerSnapshot();
  const { offerUndo } = useUndo();
  const [message, setMessage] = useState<{ tone: "info" | "problem"; text: string } | null>(null);
  const [pending, setPending] = useState<Pending | null>(null);
  const [malPending, setMalPending] = useState<MalPending | null>(null);
  const [confirmReset, setConfirmReset] = useState(false);
  const [shareUrl, setShareUrl] = useState<string | null>(null);

  const slugsInRankOrder = rankOrder(entries).map((entry) => entry.slug);
  const titleOf = (slug: string) => entries.find((entry) => entry.slug === slug)?.title.english ?? slug;
  const rankOf = (slug: string) => entries.find((entry) => entry.slug === slug)?.rank ?? 0;
  const markCount = Object.keys(marks).length;

  const exportMarks = async () => {
    const { buildExportFile, exportFileName } = await loadExportFile();
    const now = new Date();
    downloadText(exportFileName(now), buildExportFile(marks, now, { avoid }));
    setMessage({
      tone: "info",
      text: `Saved ${markCount === 1 ? "1 mark" : `${markCount} marks`} to a file.`,
    });
  };

  const readFile = async (file: File) => {
    const { MAX_IMPORT_BYTES, parseExportFile } = await loadExportFile();
    if (file.size > MAX_IMPORT_BYTES) {
      setMessage({
        tone: "problem",
        text: `“${file.name}” is larger than ${MAX_IMPORT_BYTES / 1000} kB, so it cannot be one of our exports.`,
      });
      return;
    }
    let text: string;
    try {
      text = await file.text();
    } catch {
      setMessage({ tone: "problem", text: `We could not open “${file.name}”. Try choosing it again.` });
      return;
    }
    const result = parseExportFile(text, slugsInRankOrder);
    if (!result.ok) {
      setMessage({ tone: "problem", text: `We could not import “${file.name}”. ${result.error}` });
      return;
    }
    setMessage(null);
    setPending({ incoming: result.marks, skipped: result.skipped, preferences: result.preferences });
  };

  const finishImport = (mode: "merge" | "replace") => {
    if (!pending) return;
    const before = marks;
    if (mode === "merge") store.mergeMarks(pending.incoming, pending.preferences);
    else store.replaceMarks(pending.incoming, pending.preferences);
    setPending(null);
    offerUndo(mode === "merge" ? "Marks merged from the file." : "Marks replaced by the file.", before);
  };

  const readMalExport = async (file: File) => {
    const [{ readMalFile }, { planMalImport, planIsEmpty, wantedIds }] = await loadMal();
    const reading = await readMalFile(file, { wanted: wantedIds(entries) });
    if (!reading.ok) {
      setMessage({ tone: "problem", text: `We could not import “${file.name}”. ${reading.error}` });
      return;
    }
    const plan = planMalImport(reading.records, entries, marks, new Date());
    if (planIsEmpty(plan)) {
      setMessage({
        tone: "problem",
        text: `“${file.name}” has none of the ${entries.length} shows on this list, so there is nothing to add.`,
      });
      return;
    }
    setMessage(null);
    setMalPending({ fileName: file.name, plan, unreadable: reading.unreadable });
  };

  const finishMalImport = async () => {
    if (!malPending) return;
    const [, { marksToAdd }] = await loadMal();
    const before = marks;
    const added = malPending.plan.add.length;
    store.addMarks(marksToAdd(malPending.plan));
    setMalPending(null);
    const done = `${added === 1 ? "1 show" : `${added} shows`} marked Watched from MyAnimeList.`;
    setMessage({ tone: "info", text: `${done} To take it back, close this and choose Undo.` });
    offerUndo(done, before);
  };

  const exportForMal = async () => {
    const [, , { buildMalExport, malExportFileName }] = await loadMal();
    const now = new Date();
    downloadText(malExportFileName(now), buildMalExport(marks, entries), "application/xml");
    setMessage({
      tone: "info",
      text: `Saved ${markCount === 1 ? "1 show" : `${markCount} shows`} as Completed, for MyAnimeList, AniList or Kitsu to import.`,
    });
  };

  const reset = () => {
    const before = marks;
    store.replaceMarks({});
    setConfirmReset(false);
    offerUndo("All marks cleared.", before);
  };

  const share = async () => {
    const { encodeShareCode } = await loadShareCode();
    const url = absoluteUrl(paths.compare.getHref(encodeShareCode(marks, slugsInRankOrder)));
    setShareUrl(url);
    try {
      await navigator.clipboard.writeText(url);
      setMessage({ tone: "info", text: "Link copied. Whoever opens it sees your marks beside their own." });
    } catch {
      setMessage({ tone: "info", text: "Here is your link to share. Copy it from the box below." });
    }
  };

  return (
    <div>
      <div className="flex flex-wrap gap-2">
        <button type="button" className={ACTION} onClick={() => void share()}>
          <Share2 aria-hidden="true" className="size-4" />
          Share my marks
        </button>
        <button type="button" className={ACTION} onClick={() => void exportMarks()}>
          <Download aria-hidden="true" className="size-4" />
          Export
        </button>
        <ChooseFile
          accept=".json,application/json"
          fileLabel="Made Us Cry export file"
          onFile={(file) => void readFile(file)}
        >
          <Upload aria-hidden="true" className="size-4" />
          Import
        </ChooseFile>
        <ChooseFile
          accept=".xml,.gz,application/xml,text/xml,application/gzip"
          fileLabel="MyAnimeList export file"
          onFile={(file) => void readMalExport(file)}
        >
          <FileUp aria-hidden="true" className="size-4" />
          Import from MyAnimeList
        </ChooseFile>
        <button
          type="button"
          className={ACTION}
          onClick={() => void exportForMal()}
          disabled={markCount === 0}
        >
          <FileDown aria-hidden="true" className="size-4" />
          Download for MyAnimeList
        </button>
        <button
          type="button"
          className={ACTION}
          onClick={() => setConfirmReset(true)}
          disabled={markCount === 0}
        >
          <RotateCcw aria-hidden="true" className="size-4" />
          Reset
        </button>
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
