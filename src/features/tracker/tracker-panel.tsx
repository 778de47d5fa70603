import { Download, RotateCcw, Share2, Upload } from "lucide-react";
import { useRef, useState } from "react";
import { paths } from "../../config/paths";
import { absoluteUrl } from "../../config/site";
import { downloadText } from "../../lib/download";
import { lazyComponent } from "../../lib/lazy-component";
import { useTrackerSnapshot, useTrackerStore, useUndo } from "./tracker-context";
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

type Pending = {
  readonly incoming: Marks;
  readonly skipped: readonly string[];
  readonly preferences: TrackerPreferences | undefined;
};
type Entryish = {
  readonly rank: number;
  readonly slug: string;
  readonly title: { readonly english: string };
};

const ACTION =
  "inline-flex min-h-11 items-center gap-2 rounded-full border border-line px-4 py-2 text-sm text-ink hover:border-glow";

/** Export, import, share and reset: the person's marks are theirs to take anywhere. */
export function TrackerPanel({ entries }: { entries: readonly Entryish[] }) {
  const store = useTrackerStore();
  const { marks, avoid } = useTrackerSnapshot();
  const { offerUndo } = useUndo();
  const fileInput = useRef<HTMLInputElement>(null);
  const [message, setMessage] = useState<{ tone: "info" | "problem"; text: string } | null>(null);
  const [pending, setPending] = useState<Pending | null>(null);
  const [confirmReset, setConfirmReset] = useState(false);
  const [shareUrl, setShareUrl] = useState<string | null>(null);

  const slugsInRankOrder = [...entries].sort((a, b) => a.rank - b.rank).map((entry) => entry.slug);
  const titleOf = (slug: string) => entries.find((entry) => entry.slug === slug)?.title.english ?? slug;
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
        <button type="button" className={ACTION} onClick={() => fileInput.current?.click()}>
          <Upload aria-hidden="true" className="size-4" />
          Import
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
        <input
          ref={fileInput}
          type="file"
          accept=".json,application/json"
          hidden
          onChange={(event) => {
            const file = event.target.files?.[0];
            event.target.value = "";
            if (file) void readFile(file);
          }}
        />
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
      {confirmReset && (
        <ResetConfirm markCount={markCount} onConfirm={reset} onCancel={() => setConfirmReset(false)} />
      )}
    </div>
  );
}
