import { render, screen, waitFor } from "@testing-library/react";
import { useLayoutEffect } from "react";
import { afterEach, describe, expect, it } from "vitest";
import { ROOT_ATTRIBUTE } from "./root-attributes";
import { useModalDialog } from "./use-modal-dialog";

function Dialog() {
  const { dialogRef } = useModalDialog(() => {});
  return (
    <dialog ref={dialogRef} aria-label="Example">
      <button type="button">Inside</button>
    </dialog>
  );
}

const locked = () => document.documentElement.hasAttribute(ROOT_ATTRIBUTE.dialogOpen);

describe("useModalDialog's opening", () => {
  it("opens the dialog in the commit that mounts it, before the browser can paint a frame without it", () => {
    let openInCommit: boolean | undefined;
    // A parent's layout effects run after its children's, in the same commit.
    function Parent() {
      useLayoutEffect(() => {
        openInCommit = document.querySelector("dialog")?.open;
      }, []);
      return <Dialog />;
    }
    render(<Parent />);
    expect(openInCommit).toBe(true);
  });
});

describe("useModalDialog's scroll lock", () => {
  afterEach(() => document.documentElement.removeAttribute(ROOT_ATTRIBUTE.dialogOpen));

  it("opens the dialog at once and stops the page scrolling after the next paint", async () => {
    render(<Dialog />);
    expect(screen.getByRole("dialog", { name: "Example" })).toHaveAttribute("open");
    expect(locked()).toBe(false);
    await waitFor(() => expect(locked()).toBe(true));
  });

  it("never locks the page for a dialog that closed before that paint, and unlocks it on close", async () => {
    const early = render(<Dialog />);
    early.unmount();
    await new Promise((resolve) => setTimeout(resolve, 300)); // past afterNextPaint's 250 ms fallback
    expect(locked()).toBe(false);

    const later = render(<Dialog />);
    await waitFor(() => expect(locked()).toBe(true));
    later.unmount();
    expect(locked()).toBe(false);
  });
});
