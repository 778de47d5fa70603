import { screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { expect, test } from "vitest";
import rawEntries from "../../../data/entries.json";
import { parseEntries } from "../entries/parse-entries";
import { EmptyResult } from "./empty-result";
import { renderInRouter } from "../../test/render-in-router";

const entries = parseEntries(rawEntries);

function renderEmptyResult(path: string) {
  return renderInRouter(<EmptyResult entries={entries} />, path);
}

function locationSearch(): string {
  return screen.getByRole("region", { name: "Location search" }).textContent ?? "";
}

test("nothing is shown while something matches", () => {
  renderEmptyResult("/?format=film");
  expect(screen.queryByRole("button")).not.toBeInTheDocument();
});

test("user can drop the chip that brings back the most shows", async () => {
  const user = userEvent.setup();
  const { router } = renderEmptyResult("/?format=film&theme=sacrifice");
  expect(screen.getByText(/nothing fits/i)).toBeInTheDocument();
  expect(screen.getByText(/letting go of “Sacrifice” would bring back 5 shows/i)).toBeInTheDocument();
  await user.click(screen.getByRole("button", { name: "Drop “Sacrifice”" }));
  await expect.poll(locationSearch).toBe("?format=film");
  expect(router.state.historyAction).toBe("PUSH");
  expect(screen.queryByText(/nothing fits/i)).not.toBeInTheDocument();
});

test("user can clear the search when it is what gets in the way", async () => {
  const user = userEvent.setup();
  const { router } = renderEmptyResult("/?theme=war&q=doraemon");
  await user.click(screen.getByRole("button", { name: "Clear the search" }));
  await expect.poll(locationSearch).toBe("?theme=war");
  expect(router.state.historyAction).toBe("PUSH");
});

test("when no single chip helps, only Clear all is offered", async () => {
  const user = userEvent.setup();
  renderEmptyResult("/?format=film&theme=friendship&time=long-haul");
  expect(screen.getByText(/no single change/i)).toBeInTheDocument();
  expect(screen.getAllByRole("button")).toHaveLength(1);
  await user.click(screen.getByRole("button", { name: "Clear all" }));
  await expect.poll(locationSearch).toBe("");
});
