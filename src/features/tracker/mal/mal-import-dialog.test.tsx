import { render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { expect, test, vi } from "vitest";
import { MalImportDialog } from "./mal-import-dialog";
import type { MalPlan } from "./mal-plan";

const TITLES: Record<string, [string, number]> = {
  hal: ["Hal", 14],
  air: ["Air", 2],
  "fate-zero": ["Fate/Zero", 7],
  "fullmetal-alchemist": ["Fullmetal Alchemist", 20],
};

function renderDialog(plan: MalPlan, unreadable = 0) {
  const onAdd = vi.fn();
  const onCancel = vi.fn();
  render(
    <MalImportDialog
      fileName="animelist.xml.gz"
      plan={plan}
      unreadable={unreadable}
      titleOf={(slug) => TITLES[slug]?.[0] ?? slug}
      rankOf={(slug) => TITLES[slug]?.[1] ?? 0}
      onAdd={onAdd}
      onCancel={onCancel}
    />,
  );
  return { onAdd, onCancel, dialog: screen.getByRole("dialog", { name: "Import from MyAnimeList" }) };
}

test("user sees what will be marked, what is left alone and why, then adds", async () => {
  const user = userEvent.setup();
  const { onAdd, dialog } = renderDialog(
    {
      add: [
        { slug: "hal", watchedAt: "2024-05-03T12:00:00.000Z", dated: true },
        { slug: "air", watchedAt: "2026-06-01T09:30:00.000Z", dated: false },
      ],
      already: ["fate-zero"],
      unfinished: [],
      otherVersions: [
        { slug: "fullmetal-alchemist", title: "Fullmetal Alchemist: Brotherhood", status: "Completed" },
      ],
    },
    2,
  );
  const toMark = within(dialog).getByRole("region", { name: "To be marked Watched" });
  expect(
    within(toMark)
      .getAllByRole("listitem")
      .map((item) => item.textContent),
  ).toEqual(["Hal (finished 3 May 2024)", "Air (the file gives no finish date, so it is dated today)"]);
  expect(dialog).toHaveTextContent("Already marked here, and left as they are: Fate/Zero");
  expect(within(dialog).getByRole("list", { name: "Not marked" })).toHaveTextContent(
    "You have seen Fullmetal Alchemist: Brotherhood, another version of #20 Fullmetal Alchemist: it is not marked.",
  );
  expect(dialog).toHaveTextContent("2 entries in the file could not be read and were left out.");
  await user.click(within(dialog).getByRole("button", { name: "Add 2 shows" }));
  expect(onAdd).toHaveBeenCalledOnce();
});

test("with nothing to add there is no Add button, only Done", async () => {
  const user = userEvent.setup();
  const { onCancel, dialog } = renderDialog({
    add: [],
    already: [],
    unfinished: [{ slug: "fate-zero", status: "Watching" }],
    otherVersions: [],
  });
  expect(dialog).toHaveTextContent("Nothing new to mark Watched.");
  expect(dialog).toHaveTextContent("You are partway through Fate/Zero.");
  expect(within(dialog).queryByRole("button", { name: /^Add/ })).not.toBeInTheDocument();
  await user.click(within(dialog).getByRole("button", { name: "Done" }));
  expect(onCancel).toHaveBeenCalled();
});
