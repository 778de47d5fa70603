import { X } from "lucide-react";
import { useId, type ReactNode } from "react";
import { useModalDialog } from "../../lib/use-modal-dialog";

type ModalProps = { title: string; onClose: () => void; children: ReactNode };

/** A small centred modal on the native <dialog>; mount it to open, unmount to close. */
export function Modal({ title, onClose, children }: ModalProps) {
  const { dialogRef, onBackdropClick } = useModalDialog(onClose);
  const titleId = useId();

  return (
    <dialog
      ref={dialogRef}
      aria-labelledby={titleId}
      aria-modal="true"
      className="modal"
      onClick={onBackdropClick}
    >
      <div className="modal-panel">
        <div className="flex items-start justify-between gap-4">
          <h2 id={titleId} className="font-serif text-2xl text-ink">
            {title}
          </h2>
          <button
            type="button"
            onClick={onClose}
            aria-label="Close"
            className="rounded-full border border-line p-2 text-ink hover:border-glow"
          >
            <X aria-hidden="true" className="size-5" />
          </button>
        </div>
        <div className="mt-4">{children}</div>
      </div>
    </dialog>
  );
}
