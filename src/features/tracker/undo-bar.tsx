import { CloseButton } from "../../components/ui/close-button";
import { useUndo } from "./tracker-context";

/** A quiet bar at the foot of the screen offering to take the last change back. */
export function UndoBar() {
  const { undo, runUndo, dismissUndo } = useUndo();
  return (
    <div role="status" className="undo-bar pointer-events-none fixed inset-x-0 z-40 flex justify-center px-4">
      {undo && (
        <div
          key={undo.id}
          className="pointer-events-auto flex max-w-full items-center gap-3 rounded-full border border-line bg-surface py-2 pr-2 pl-5 text-sm text-ink shadow-2xl shadow-black/40"
        >
          <span className="min-w-0">{undo.message}</span>
          <button
            type="button"
            onClick={runUndo}
            className="min-h-11 shrink-0 rounded-full bg-glow px-4 py-2 font-medium text-night"
          >
            Undo
          </button>
          <CloseButton
            onClick={dismissUndo}
            label="Dismiss"
            className="grid size-11 shrink-0 place-items-center rounded-full text-muted hover:text-ink"
            iconClassName="size-4"
          />
        </div>
      )}
    </div>
  );
}
