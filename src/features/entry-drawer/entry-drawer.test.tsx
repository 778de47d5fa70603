import { fireEvent, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { expect, test, vi } from "vitest";
import { readRealEntries } from "../../../tests/fixtures/generate-entries";
import type { Entry } from "../entries/entry-schema";
import { renderInRouter } from "../../test/render-in-router";
import { EntryDrawer } from "./entry-drawer";

const entry = readRealEntries().find((candidate) => candidate.rank === 1) as Entry;

/** The drawer with a navigation that has not happened yet: `onClose` only records the call. */
function renderDrawer() {
  const onClose = vi.fn();
  renderInRouter(
    <EntryDrawer
      entry={entry}
      previous={null}
      next={null}
      position={{ index: 0, total: 21 }}
      shareUrl={`https://example.test/anime/${entry.slug}`}
      spoilerUnlocked={false}
      onClose={onClose}
    />,
    `/anime/${entry.slug}`,
  );
  return { onClose, dialog: screen.getByRole("dialog", { name: entry.title.english }) };
}

test("Close shuts the dialog at once, ahead of the navigation that unmounts it", async () => {
  const { onClose, dialog } = renderDrawer();
  expect(dialog).toHaveAttribute("open");
  await userEvent.click(screen.getByRole("button", { name: "Close" }));
  expect(onClose).toHaveBeenCalledTimes(1);
  expect(dialog).not.toHaveAttribute("open");
});

test.each([
  ["Escape", (dialog: HTMLElement) => fireEvent.keyDown(dialog, { key: "Escape" })],
  ["a click on the backdrop", (dialog: HTMLElement) => fireEvent.click(dialog)],
])("%s shuts it the same way", (_way, dismiss) => {
  const { onClose, dialog } = renderDrawer();
  dismiss(dialog);
  expect(onClose).toHaveBeenCalledTimes(1);
  expect(dialog).not.toHaveAttribute("open");
});
