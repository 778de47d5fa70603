import { Modal } from "../../components/ui/modal";
import { formatCount } from "../entries/format-entry";

type ResetConfirmProps = { markCount: number; onConfirm: () => void; onCancel: () => void };

/** Asks before every mark is cleared; the panel offers Undo straight after. */
export function ResetConfirm({ markCount, onConfirm, onCancel }: ResetConfirmProps) {
  return (
    <Modal title="Clear every mark?" onClose={onCancel}>
      <p className="text-sm text-ink">
        This removes all {formatCount(markCount, "mark", "marks")} saved in this browser. You can undo it
        straight after, or export them first to keep a copy.
      </p>
      <div className="mt-5 flex flex-wrap gap-3">
        <button
          type="button"
          onClick={onConfirm}
          className="min-h-11 rounded-full border border-rose bg-rose px-5 py-2 text-sm text-night"
        >
          Clear all marks
        </button>
        <button
          type="button"
          onClick={onCancel}
          className="min-h-11 rounded-full border border-line px-5 py-2 text-sm text-ink hover:border-glow"
        >
          Keep them
        </button>
      </div>
    </Modal>
  );
}
