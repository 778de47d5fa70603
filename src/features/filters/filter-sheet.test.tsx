import { screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { expect, test, vi } from "vitest";
import rawEntries from "../../../data/entries.json";
import { parseEntries } from "../entries/parse-entries";
import { FilterSheet } from "./filter-sheet";
import { renderInRouter } from "../../test/render-in-router";

const entries = parseEntries(rawEntries);

function renderSheet(path = "/", { shown = 21, focusSearch = false } = {}) {
  const onClose = vi.fn();
  const onSearchSubmit = vi.fn();
  const rendered = renderInRouter(
    <FilterSheet
      entries={entries}
      shown={shown}
      focusSearch={focusSearch}
      onClose={onClose}
      onSearchSubmit={onSearchSubmit}
    />,
    path,
  );
  return {
    ...rendered,
    onClose,
    onSearchSubmit,
    sheet: screen.getByRole("dialog", { name: "Find one for tonight" }),
  };
}

const locationSearch = () => screen.getByRole("region", { name: "Location search" }).textContent ?? "";

test("the sheet holds the search and every chip group, and says how many shows are left", () => {
  const { sheet } = renderSheet("/?format=film", { shown: 5 });
  expect(within(sheet).getByRole("searchbox", { name: "Search titles" })).toBeInTheDocument();
  for (const name of ["Format", "Theme", "Era", "Time to watch", "Status", "Avoid"]) {
    expect(within(sheet).getByRole("group", { name })).toBeInTheDocument();
  }
  expect(within(sheet).getByRole("button", { name: "Show 5 shows" })).toBeInTheDocument();
});

test("opened with Search, the search box has focus; opened with Filter, it does not", () => {
  const { unmount } = renderSheet("/", { focusSearch: true });
  expect(screen.getByRole("searchbox", { name: "Search titles" })).toHaveFocus();
  unmount();
  renderSheet("/");
  expect(screen.getByRole("searchbox", { name: "Search titles" })).not.toHaveFocus();
});

test("Clear all appears only when something is selected, clears everything, and focus lands on search", async () => {
  const user = userEvent.setup();
  const { sheet } = renderSheet();
  expect(within(sheet).queryByRole("button", { name: "Clear all" })).not.toBeInTheDocument();

  await user.click(within(sheet).getByRole("button", { name: /^TV series/ }));
  await user.type(within(sheet).getByRole("searchbox"), "air");
  await user.click(within(sheet).getByRole("button", { name: "Clear all" }));

  await expect.poll(locationSearch).toBe("");
  expect(within(sheet).getByRole("searchbox")).toHaveValue("");
  expect(within(sheet).getByRole("searchbox")).toHaveFocus();
  expect(within(sheet).queryByRole("button", { name: "Clear all" })).not.toBeInTheDocument();
});

test("a search alone also offers Clear all", () => {
  const { sheet } = renderSheet("/?q=hal", { shown: 1 });
  expect(within(sheet).getByRole("button", { name: "Clear all" })).toBeInTheDocument();
  expect(within(sheet).getByRole("button", { name: "Show 1 show" })).toBeInTheDocument();
});

test("the button at the foot closes the sheet, Escape too, and Enter in search submits", async () => {
  const user = userEvent.setup();
  const { sheet, onClose, onSearchSubmit } = renderSheet("/", { shown: 0 });
  await user.click(within(sheet).getByRole("button", { name: "Back to the list" }));
  expect(onClose).toHaveBeenCalledTimes(1);
  await user.type(within(sheet).getByRole("searchbox"), "hal{Enter}");
  expect(onSearchSubmit).toHaveBeenCalledTimes(1);
});
