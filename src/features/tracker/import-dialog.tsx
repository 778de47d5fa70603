import { Modal } from "../../components/ui/modal";
import { formatCount } from "../entries/format-entry";
import { diffMarks } from "./marks";
import type { Marks } from "./tracker-types";

type ImportDialogProps = {
  current: Marks;
  incoming: Marks;
  skipped: readonly string[];
  titleOf: (slug: string) => string;
  onMerge: () => void;
  onReplace: () => void;
  onCancel: () => void;
};

const BUTTON = "min-h-11 rounded-full border px-5 py-2 text-sm";

/** Shows what an import would change before anything is written. */
export function ImportDialog({
  current,
  incoming,
  skipped,
  titleOf,
  onMerge,
  onReplace,
  onCancel,
}: ImportDialogProps) {
  const diff = diffMarks(current, incoming);
  const names = (slugs: readonly string[]) => slugs.map(titleOf).join(", ");

  return (
    <Modal title="Import marks" onClose={onCancel}>
      <div className="flex flex-col gap-3 text-sm text-ink">
        <p>The file holds {formatCount(Object.keys(incoming).length, "mark", "marks")}.</p>
        <ul className="m-0 flex list-disc flex-col gap-1 pl-5">
          <li>
            {formatCount(diff.added.length, "show is", "shows are")} new to this browser
            {diff.added.length > 0 && <span className="text-muted">: {names(diff.added)}</span>}
          </li>
          <li>
            {formatCount(diff.changed.length, "show differs", "shows differ")} from what is saved here
            {diff.changed.length > 0 && <span className="text-muted">: {names(diff.changed)}</span>}
          </li>
          <li>{formatCount(diff.unchanged.length, "show is", "shows are")} the same</li>
          {diff.removed.length > 0 && (
            <li>
              {formatCount(diff.removed.length, "mark", "marks")} here{" "}
              {diff.removed.length === 1 ? "is" : "are"} not in the file{" "}
              <span className="text-muted">
                (Replace would clear {diff.removed.length === 1 ? "it" : "them"})
              </span>
            </li>
          )}
        </ul>
        {skipped.length > 0 && (
          <p className="text-muted">
            {formatCount(skipped.length, "mark was", "marks were")} for shows not on this list and will be
            left out.
          </p>
        )}
        <p className="text-muted">
          Merge keeps the newest mark for each show. Replace makes this browser match the file.
        </p>
        <div className="mt-2 flex flex-wrap gap-3">
          <button type="button" onClick={onMerge} className={`${BUTTON} border-glow bg-glow text-night`}>
            Merge
          </button>
          <button type="button" onClick={onReplace} className={`${BUTTON} border-line hover:border-glow`}>
            Replace
          </button>
          <button type="button" onClick={onCancel} className={`${BUTTON} border-line hover:border-glow`}>
            Cancel
          </button>
        </div>
      </div>
    </Modal>
  );
}
