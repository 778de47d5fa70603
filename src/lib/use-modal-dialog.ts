import { useLayoutEffect, useRef } from "react";
import { afterNextPaint } from "./next-task";
import { ROOT_ATTRIBUTE } from "./root-attributes";

function isModal(dialog: HTMLDialogElement): boolean {
  try {
    return dialog.matches(":modal");
  } catch {
    return false; // an engine without :modal (jsdom)
  }
}

/**
 * An open dialog hides the page's scrollbar (styles/dialogs.css: `html[data-dialog-open]`). Where
 * scrollbars take room (desktops with classic scrollbars), the page would widen and slide
 * sideways behind the dialog; its width, measured while it is still there, becomes padding.
 * Overlay scrollbars (phones, macOS by default) measure 0.
 */
function keepScrollbarGap(): void {
  const root = document.documentElement;
  const gap = Math.max(0, window.innerWidth - root.clientWidth);
  root.style.setProperty("--scrollbar-gap", `${gap}px`);
}

type ModalDialogOptions = {
  /**
   * Close the dialog natively the moment it is dismissed, ahead of `onDismiss`: for a caller
   * whose `onDismiss` takes the dialog away only later (a history traversal, a frame or two
   * on), so the tap is answered in its own frame.
   */
  closeOnDismiss?: boolean;
};

/**
 * Drives a native `<dialog>` as a modal: `showModal()` on mount gives the top layer,
 * an inert page behind it and focus moved inside, with no focus-trap code of our own.
 * Escape (the `cancel` event) and clicks on the backdrop call `onDismiss` instead of
 * closing directly, so the caller decides what closing means (for a drawer: a navigation).
 * `dismiss`, returned, is the same path for the caller's own Close button.
 */
export function useModalDialog(onDismiss: () => void, { closeOnDismiss = false }: ModalDialogOptions = {}) {
  const dialogRef = useRef<HTMLDialogElement>(null);
  const dismissRef = useRef(onDismiss);
  useLayoutEffect(() => {
    dismissRef.current = () => {
      if (closeOnDismiss) dialogRef.current?.close();
      onDismiss();
    };
  });
  /** Every way of dismissing goes through here: Escape, the backdrop, and the caller's own Close. */
  const dismiss = () => dismissRef.current();

  // A layout effect: the dialog opens in the commit that puts it in the page. A passive
  // effect runs in a task of its own after an update made outside an input event (the
  // drawer opens in a task after the tap's paint), and the browser can paint a frame in
  // between, one without the dialog: the drawer showed 15–30 ms later at p50 and 25–45 ms
  // at p95 at 4× (decision 014, twelfth round).
  useLayoutEffect(() => {
    const dialog = dialogRef.current;
    if (!dialog) return;
    const opener = document.activeElement;
    // A prerendered dialog arrives with `open` (so it shows without JavaScript) but not
    // modal; reopen it as a modal to get the inert page and the focus handling.
    if (dialog.open && !isModal(dialog)) dialog.close();
    if (!dialog.open) {
      keepScrollbarGap();
      dialog.showModal();
    }
    const root = document.documentElement;
    dialog.querySelector<HTMLElement>("[data-autofocus]")?.focus();
    // The page stops scrolling once the dialog is drawn. Changing the root's overflow makes
    // the browser restyle and lay out the whole page again (in Chromium it rebuilds every
    // card that `content-visibility` keeps off screen), so it waits for the paint that shows
    // the dialog: the drawer appeared 18–27 ms sooner at p50 at 4× (decision 014, tenth round).
    let closed = false;
    void afterNextPaint().then(() => {
      if (!closed) root.setAttribute(ROOT_ATTRIBUTE.dialogOpen, "");
    });
    const onCancel = (event: Event) => {
      event.preventDefault();
      dismiss();
    };
    dialog.addEventListener("cancel", onCancel);
    return () => {
      closed = true;
      dialog.removeEventListener("cancel", onCancel);
      if (dialog.open) dialog.close();
      // The page scrolls again once no dialog is left open (one can open over another).
      if (!document.querySelector("dialog[open]")) root.removeAttribute(ROOT_ATTRIBUTE.dialogOpen);
      // Closing a dialog still in the page gives focus back to what had it before; one
      // already taken out of it (closed by the browser first, say) leaves focus on <body>.
      // Then give it back here (a caller may then move it on, as the drawer does).
      const lost = document.activeElement === null || document.activeElement === document.body;
      if (lost && opener instanceof HTMLElement && opener.isConnected) opener.focus({ preventScroll: true });
    };
  }, []);

  /** Put on the `<dialog>`: a click whose target is the dialog itself landed on the backdrop. */
  const onBackdropClick = (event: React.MouseEvent<HTMLDialogElement>) => {
    if (event.target === event.currentTarget) dismiss();
  };

  return { dialogRef, onBackdropClick, dismiss };
}
