import { useId, type ReactNode } from "react";
import { useModalDialog } from "../../lib/use-modal-dialog";

type DialogFrameProps = {
  /** The look, in the stylesheet: a small centred modal, or a sheet (styles/dialogs.css, sheets.css). */
  look: "modal" | "sheet";
  onClose: () => void;
  /** The panel's content, given the id its title must carry. */
  children: (titleId: string) => ReactNode;
};

/**
 * The native modal <dialog> under Modal and Sheet: mount it to open, unmount to close. The
 * browser gives the top layer, the inert page and the focus handling; Escape and a click
 * outside the panel call onClose (useModalDialog).
 */
export function DialogFrame({ look, onClose, children }: DialogFrameProps) {
  const { dialogRef, onBackdropClick } = useModalDialog(onClose);
  const titleId = useId();
  return (
    <dialog
      ref={dialogRef}
      aria-labelledby={titleId}
      aria-modal="true"
      className={look}
      onClick={onBackdropClick}
    >
      <div className={`${look}-panel`}>{children(titleId)}</div>
    </dialog>
  );
}
