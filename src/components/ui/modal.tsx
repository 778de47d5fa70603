import type { ReactNode } from "react";
import { CloseButton } from "./close-button";
import { DialogFrame } from "./dialog-frame";

type ModalProps = { title: string; onClose: () => void; children: ReactNode };

/** A small centred modal on the native <dialog>; mount it to open, unmount to close. */
export function Modal({ title, onClose, children }: ModalProps) {
  return (
    <DialogFrame look="modal" onClose={onClose}>
      {(titleId) => (
        <>
          <div className="flex items-start justify-between gap-4">
            <h2 id={titleId} className="font-serif text-2xl text-ink">
              {title}
            </h2>
            <CloseButton
              onClick={onClose}
              label="Close"
              className="rounded-full border border-line p-2 text-ink hover:border-glow"
            />
          </div>
          <div className="mt-4">{children}</div>
        </>
      )}
    </DialogFrame>
  );
}
