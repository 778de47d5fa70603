import type { ReactNode } from "react";
import { CloseButton } from "./close-button";
import { DialogFrame } from "./dialog-frame";

type SheetProps = {
  title: string;
  /** A line under the title, when the sheet needs one. */
  description?: ReactNode;
  onClose: () => void;
  children: ReactNode;
  /** Stays at the foot of the sheet while its body scrolls (the filters' "Show 5 shows"). */
  footer?: ReactNode;
};

/**
 * A bottom sheet on phones and a side panel from 768 px (styles/sheets.css), on the
 * native modal <dialog> (DialogFrame): mount it to open, unmount to close.
 */
export function Sheet({ title, description, onClose, children, footer }: SheetProps) {
  return (
    <DialogFrame look="sheet" onClose={onClose}>
      {(titleId) => (
        <>
          <header className="flex shrink-0 items-start justify-between gap-4 border-b border-line px-5 pt-5 pb-4 sm:px-7">
            <div className="min-w-0">
              <h2 id={titleId} className="font-serif text-2xl text-ink">
                {title}
              </h2>
              {description && <div className="mt-1 text-sm text-muted">{description}</div>}
            </div>
            <CloseButton
              onClick={onClose}
              label="Close"
              className="grid size-11 shrink-0 place-items-center rounded-full border border-line text-ink hover:border-glow"
            />
          </header>
          <div className="min-h-0 flex-1 overflow-y-auto overscroll-contain px-5 py-5 sm:px-7">
            {children}
          </div>
          {footer && <div className="shrink-0 border-t border-line px-5 py-4 sm:px-7">{footer}</div>}
        </>
      )}
    </DialogFrame>
  );
}
