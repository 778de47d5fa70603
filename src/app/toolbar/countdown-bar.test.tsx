import { screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { beforeAll, beforeEach, expect, test, vi } from "vitest";
import rawEntries from "../../../data/entries.json";
import { loadBundledEntries } from "../../features/entries/load-entries";
import { renderApp } from "../../test/render-app";

vi.mock("../../features/entries/load-entries", () => ({ loadBundledEntries: vi.fn() }));

// The sheets and the drawer load lazily; transforming them cold can take seconds on a busy
// machine. Import them once first, so each test waits on the app, not on the transform.
beforeAll(async () => {
  await Promise.all([
    import("../../features/filters/filter-sheet"),
    import("./marks-sheet"),
    import("../routes/entry-drawer-route"),
  ]);
});

beforeEach(() => {
  vi.mocked(loadBundledEntries).mockResolvedValue(rawEntries);
});

async function bar() {
  return screen.findByRole("region", { name: "Countdown tools" });
}

test("the bar says where the countdown starts and how far your marks go, and names its tools", async () => {
  renderApp("/");
  const tools = await bar();
  expect(within(tools).getByText("#21")).toBeInTheDocument();
  expect(within(tools).getByRole("button", { name: "Your marks · 0 of 21 watched" })).toBeInTheDocument();
  expect(within(tools).getByRole("button", { name: "Search" })).toBeInTheDocument();
  expect(within(tools).getByRole("button", { name: "Filter" })).toBeInTheDocument();
  expect(within(tools).queryByRole("button", { name: "Clear filters" })).not.toBeInTheDocument();
});

test("Filter opens the sheet; a chip narrows the list, and the bar names it with Clear filters", async () => {
  const user = userEvent.setup();
  const { router } = renderApp("/");
  const tools = await bar();
  await user.click(within(tools).getByRole("button", { name: "Filter" }));
  const sheet = await screen.findByRole("dialog", { name: "Find one for tonight" });
  expect(within(sheet).getByRole("searchbox", { name: "Search titles" })).not.toHaveFocus();
  await user.click(within(sheet).getByRole("button", { name: /^Film/ }));
  await user.click(await within(sheet).findByRole("button", { name: "Show 5 shows" }));
  expect(screen.queryByRole("dialog")).not.toBeInTheDocument();
  expect(within(tools).getByRole("button", { name: /^Filter/ })).toHaveFocus();

  await expect.poll(() => router.state.location.search).toBe("?format=film");
  expect(within(tools).getByText("Film")).toBeInTheDocument();
  expect(within(tools).getByRole("button", { name: "Filter 1 active" })).toBeInTheDocument();
  await user.click(within(tools).getByRole("button", { name: "Clear filters" }));
  await expect.poll(() => router.state.location.search).toBe("");
  expect(within(tools).getByRole("button", { name: "Filter" })).toHaveFocus();
  expect(within(tools).queryByRole("button", { name: "Clear filters" })).not.toBeInTheDocument();
});

test("“/” opens the sheet at the search box; Enter closes it and focuses the first result", async () => {
  const user = userEvent.setup();
  renderApp("/");
  await bar();
  await user.keyboard("/");
  const sheet = await screen.findByRole("dialog", { name: "Find one for tonight" });
  const search = within(sheet).getByRole("searchbox", { name: "Search titles" });
  expect(search).toHaveFocus();
  await user.type(search, "hotaru no haka{Enter}");
  expect(screen.queryByRole("dialog")).not.toBeInTheDocument();
  // Once the list shows the query, a frame or two after the last key.
  await expect.poll(() => screen.getByRole("link", { name: "Grave of the Fireflies" })).toHaveFocus();
});

test("Your marks holds every tool for your marks, and a mark shows in the bar at once", async () => {
  const user = userEvent.setup();
  renderApp("/");
  const tools = await bar();
  const hal = await screen.findByRole("group", { name: "Your marks for Hal" });
  await user.click(within(hal).getByRole("button", { name: "Watched" }));
  expect(within(tools).getByRole("button", { name: "Your marks · 1 of 21 watched" })).toBeInTheDocument();
  expect(within(tools).getByText("1 of 21 watched · none made you cry yet")).toHaveAttribute(
    "role",
    "status",
  );

  await user.click(within(tools).getByRole("button", { name: /^Your marks/ }));
  const sheet = await screen.findByRole("dialog", { name: "Your marks" });
  for (const name of ["Share my marks", "Export", "Import", "Reset", "Make my tear card", "Pick for me"]) {
    expect(within(sheet).getByRole("button", { name })).toBeInTheDocument();
  }
  expect(within(sheet).getByRole("link", { name: "My order" })).toBeInTheDocument();
});

test("Pick for me closes the sheet and opens the picked show's drawer", async () => {
  const user = userEvent.setup();
  const { router } = renderApp("/?q=hotaru+no+haka");
  const tools = await bar();
  await user.click(within(tools).getByRole("button", { name: /^Your marks/ }));
  const sheet = await screen.findByRole("dialog", { name: "Your marks" });
  await user.click(within(sheet).getByRole("button", { name: "Pick for me" }));
  // After a short shuffle of titles.
  expect(await screen.findByRole("dialog", { name: "Grave of the Fireflies" })).toBeInTheDocument();
  expect(screen.queryByRole("dialog", { name: "Your marks" })).not.toBeInTheDocument();
  expect(router.state.location.pathname).toBe("/anime/grave-of-the-fireflies");
});
