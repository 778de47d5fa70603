import { screen, within } from "@testing-library/react";
import userEvent, { type UserEvent } from "@testing-library/user-event";
import { beforeEach, expect, test, vi } from "vitest";
import rawEntries from "../../../data/entries.json";
import { downloadText } from "../../lib/download";
import { renderApp } from "../../test/render-app";
import { loadBundledEntries } from "../entries/load-entries";
import { buildExportFile } from "./export-file";
import { malExport } from "./testing/mal-fixtures";

vi.mock("../entries/load-entries", () => ({ loadBundledEntries: vi.fn() }));
vi.mock("../../lib/download", () => ({ downloadText: vi.fn() }));

beforeEach(() => {
  vi.mocked(loadBundledEntries).mockResolvedValue(rawEntries);
  vi.mocked(downloadText).mockClear();
});

const T = "2026-05-01T12:00:00.000Z";

/** The countdown with Air marked Cried, and the Your marks sheet open on it. */
async function openPanel(user: UserEvent) {
  renderApp("/");
  const air = await screen.findByRole("group", { name: "Your marks for Air" });
  await user.click(within(air).getByRole("button", { name: "Cried" }));
  await user.click(screen.getByRole("button", { name: /^Your marks/ }));
  const sheet = await screen.findByRole("dialog", { name: "Your marks" });
  return { sheet, status: within(sheet).getAllByRole("status").at(-1) };
}

test("user imports a file of marks: a preview first, then Merge, which Undo takes back", async () => {
  const user = userEvent.setup();
  const { sheet } = await openPanel(user);
  const file = new File([buildExportFile({ hal: { watchedAt: T } }, new Date(T))], "marks.json");
  await user.upload(within(sheet).getByLabelText("Made Us Cry export file"), file);
  const preview = await screen.findByRole("dialog", { name: "Import marks" });
  await user.click(within(preview).getByRole("button", { name: "Merge" }));
  expect(within(sheet).getByText("2 of 21 watched · 1 made you cry")).toBeInTheDocument();
  expect(screen.getByText("Marks merged from the file.")).toBeInTheDocument();
  await user.click(screen.getByRole("button", { name: "Undo" }));
  expect(within(sheet).getByText("1 of 21 watched · 1 made you cry")).toBeInTheDocument();
});

test("a file that is not an export says why in the panel, and opens no preview", async () => {
  const user = userEvent.setup();
  const { sheet } = await openPanel(user);
  await user.upload(within(sheet).getByLabelText("Made Us Cry export file"), new File(["{"], "notes.json"));
  expect(await within(sheet).findByText(/^We could not import “notes\.json”\./)).toHaveClass("text-rose");
  expect(screen.queryByRole("dialog", { name: "Import marks" })).not.toBeInTheDocument();
});

test("user adds the shows a MyAnimeList export has Completed", async () => {
  const user = userEvent.setup();
  const { sheet } = await openPanel(user);
  const file = new File([malExport([{ id: 16528, finish: "2024-05-03" }])], "animelist.xml");
  await user.upload(within(sheet).getByLabelText("MyAnimeList export file"), file);
  const preview = await screen.findByRole("dialog", { name: "Import from MyAnimeList" });
  await user.click(within(preview).getByRole("button", { name: "Add 1 show" }));
  expect(
    await within(sheet).findByText(
      "1 show marked Watched from MyAnimeList. To take it back, close this and choose Undo.",
    ),
  ).toBeInTheDocument();
  expect(within(sheet).getByText("2 of 21 watched · 1 made you cry")).toBeInTheDocument();
});

test("a MyAnimeList export with none of the list's shows has nothing to add", async () => {
  const user = userEvent.setup();
  const { sheet } = await openPanel(user);
  const file = new File([malExport([{ id: 1 }])], "animelist.xml");
  await user.upload(within(sheet).getByLabelText("MyAnimeList export file"), file);
  expect(
    await within(sheet).findByText(
      "“animelist.xml” has none of the 21 shows on this list, so there is nothing to add.",
    ),
  ).toBeInTheDocument();
});

test("the exports download, and say what they saved", async () => {
  const user = userEvent.setup();
  const { sheet } = await openPanel(user);
  await user.click(within(sheet).getByRole("button", { name: "Export" }));
  expect(await within(sheet).findByText("Saved 1 mark to a file.")).toBeInTheDocument();
  await user.click(within(sheet).getByRole("button", { name: "Download for MyAnimeList" }));
  expect(
    await within(sheet).findByText("Saved 1 show as Completed, for MyAnimeList, AniList or Kitsu to import."),
  ).toBeInTheDocument();
  const [ours, theirs] = vi.mocked(downloadText).mock.calls;
  expect(ours?.[0]).toMatch(/\.json$/);
  expect(JSON.parse(ours?.[1] ?? "")).toMatchObject({ marks: { air: { criedAt: expect.any(String) } } });
  expect(theirs?.[0]).toMatch(/\.xml$/);
  expect(theirs?.[1]).toContain("<my_status>Completed</my_status>");
  expect(theirs?.[2]).toBe("application/xml");
});

test("sharing copies a link to the comparison, and shows it to copy by hand", async () => {
  const user = userEvent.setup();
  const { sheet } = await openPanel(user);
  await user.click(within(sheet).getByRole("button", { name: "Share my marks" }));
  expect(
    await within(sheet).findByText("Link copied. Whoever opens it sees your marks beside their own."),
  ).toBeInTheDocument();
  const link = within(sheet).getByRole("textbox", { name: "Your share link" });
  expect(link).toHaveValue(await navigator.clipboard.readText());
  expect(within(sheet).getByDisplayValue(/^http.*\/compare\?marks=2\./)).toBe(link);
});
