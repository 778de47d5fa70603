import { useEffect, useRef } from "react";

/**
 * Drives a native `<dialog>` as a modal: `showModal()` on mount gives the top layer,
 * an inert page behind it and focus moved inside, with no focus-trap code of our own.
 * Escape (the `cancel` event) and clicks on the backdrop call `onDismiss` instead of
 * closing directly, so the caller decides what closing means (for a drawer: a navigation).
 */
function isModal(dialog: HTMLDialogElement): boolean {
  try {
    return dialog.matches(":modal");
  } catch {
    return false; // an engine without :modal (jsdom)
  }
}

export function useModalDialog(onDismiss: () => void) {
  const dialogRef = useRef<HTMLDialogElement>(null);
  const dismissRef = useRef(onDismiss);
  useEffect(() => {
    dismissRef.current = onDismiss;
  });

  useEffect(() => {
    const dialog = dialogRef.current;
    if (!dialog) return;
    // A prerendered dialog arrives with `open` (so it shows without JavaScript) but not
    // modal; reopen it as a modal to get the inert page and the focus handling.
    if (dialog.open && !isModal(dialog)) dialog.close();
    if (!dialog.open) dialog.showModal();
    dialog.querySelector<HTMLElement>("[data-autofocus]")?.focus();
    const onCancel = (event: Event) => {
      event.preventDefault();
      dismissRef.current();
    };
    dialog.addEventListener("cancel", onCancel);
    return () => {
      dialog.removeEventListener("cancel", onCancel);
      if (dialog.open) dialog.close();
    };
  }, []);

  /** Put on the `<dialog>`: a click whose target is the dialog itself landed on the backdrop. */
  const onBackdropClick = (event: React.MouseEvent<HTMLDialogElement>) => {
    if (event.target === event.currentTarget) dismissRef.current();
  };

  return { dialogRef, onBackdropClick };
}
