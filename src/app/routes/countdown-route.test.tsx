import { screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { beforeEach, expect, test, vi } from "vitest";
import rawEntries from "../../../data/entries.json";
import { loadBundledEntries } from "../../features/entries/load-entries";
import { renderApp } from "../../test/render-app";

vi.mock("../../features/entries/load-entries", () => ({ loadBundledEntries: vi.fn() }));
const load = vi.mocked(loadBundledEntries);

beforeEach(() => {
  load.mockReset();
});

test("the countdown shows 21 articles from #21 down to #1", async () => {
  load.mockResolvedValue(rawEntries);
  renderApp("/");
  const countdown = await screen.findByRole("region", { name: /the countdown/i });
  const articles = within(countdown).getAllByRole("article");
  expect(articles).toHaveLength(21);
  const titles = articles.map((article) => within(article).getByRole("heading", { level: 2 }).textContent);
  const expected = [...rawEntries].sort((a, b) => b.rank - a.rank).map((entry) => entry.title.english);
  expect(titles).toEqual(expected);
  expect(articles[0]).toHaveTextContent("21");
  expect(articles[20]).toHaveTextContent("1");
});

test("a loading state is announced while the list loads", async () => {
  load.mockReturnValue(new Promise(() => undefined));
  renderApp("/");
  expect(await screen.findByRole("status")).toHaveTextContent(/gathering the countdown/i);
});

test("user can retry after the list fails to load", async () => {
  const user = userEvent.setup();
  load.mockRejectedValueOnce(new Error("network down")).mockResolvedValueOnce(rawEntries);
  renderApp("/");
  const alert = await screen.findByRole("alert");
  expect(alert).toHaveTextContent(/would not load/i);
  await user.click(within(alert).getByRole("button", { name: "Retry" }));
  expect(await screen.findAllByRole("article")).toHaveLength(21);
  expect(load).toHaveBeenCalledTimes(2);
});

test("invalid data shows the error state instead of a broken page", async () => {
  load.mockResolvedValue([{ rank: 1 }]);
  renderApp("/");
  expect(await screen.findByRole("alert")).toHaveTextContent(/would not load/i);
});

test("an unknown path shows the not-found view with a way back", async () => {
  renderApp("/somewhere/else");
  expect(await screen.findByRole("heading", { level: 1, name: /drifted away/i })).toBeInTheDocument();
  expect(screen.getByRole("link", { name: /back to the countdown/i })).toHaveAttribute("href", "/");
});
