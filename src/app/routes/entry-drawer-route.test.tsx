import { screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { beforeEach, expect, test, vi } from "vitest";
import rawEntries from "../../../data/entries.json";
import { loadBundledEntries } from "../../features/entries/load-entries";
import { renderApp } from "../../test/render-app";

vi.mock("../../features/entries/load-entries", () => ({ loadBundledEntries: vi.fn() }));

beforeEach(() => {
  vi.mocked(loadBundledEntries).mockResolvedValue(rawEntries);
});

test("user can open an entry from its card and the drawer takes focus", async () => {
  const user = userEvent.setup();
  const { router } = renderApp("/");
  await user.click(await screen.findByRole("link", { name: "Hal" }));
  const drawer = await screen.findByRole("dialog", { name: "Hal" });
  expect(drawer).toHaveAttribute("aria-modal", "true");
  expect(drawer).toContainElement(document.activeElement as HTMLElement);
  expect(router.state.location.pathname).toBe("/anime/hal");
  expect(within(drawer).getByText(/robot is given the face/i)).toBeInTheDocument();
  expect(within(drawer).getByRole("heading", { name: "Why it hurts" })).toBeInTheDocument();
});

test("user can close the drawer with Escape and focus returns to the card", async () => {
  const user = userEvent.setup();
  const { router } = renderApp("/");
  const cardLink = await screen.findByRole("link", { name: "Hal" });
  await user.click(cardLink);
  await screen.findByRole("dialog", { name: "Hal" });
  await user.keyboard("{Escape}");
  expect(screen.queryByRole("dialog")).not.toBeInTheDocument();
  expect(router.state.location.pathname).toBe("/");
  await vi.waitFor(() => expect(screen.getByRole("link", { name: "Hal" })).toHaveFocus());
});

test("user can step to the previous and next entries in countdown order", async () => {
  const user = userEvent.setup();
  const { router } = renderApp("/anime/hal");
  const drawer = await screen.findByRole("dialog", { name: "Hal" });
  await user.click(within(drawer).getByRole("link", { name: /^Next/ }));
  expect(await screen.findByRole("dialog", { name: "Phantom: Requiem for the Phantom" })).toBeInTheDocument();
  await user.click(within(screen.getByRole("dialog")).getByRole("link", { name: /^Previous/ }));
  expect(await screen.findByRole("dialog", { name: "Hal" })).toBeInTheDocument();
  expect(router.state.location.pathname).toBe("/anime/hal");
});

test("previous and next stay inside the filtered list and keep the filters", async () => {
  const user = userEvent.setup();
  const { router } = renderApp("/anime/hal?format=film");
  const drawer = await screen.findByRole("dialog", { name: "Hal" });
  expect(within(drawer).getByText(/of 5 in this list/)).toBeInTheDocument();
  await user.click(within(drawer).getByRole("link", { name: /^Next/ }));
  expect(await screen.findByRole("dialog", { name: "Hotarubi no Mori e" })).toBeInTheDocument();
  expect(router.state.location.search).toBe("?format=film");
});

test("the first entry has no Previous and the last has no Next", async () => {
  renderApp("/anime/millennium-actress");
  const first = await screen.findByRole("dialog", { name: "Millennium Actress" });
  expect(within(first).queryByRole("link", { name: /^Previous/ })).not.toBeInTheDocument();
  expect(within(first).getByRole("link", { name: /^Next/ })).toBeInTheDocument();
});

test("the spoiler stays hidden until the reader asks for it", async () => {
  const user = userEvent.setup();
  renderApp("/anime/hal");
  const drawer = await screen.findByRole("dialog", { name: "Hal" });
  const reveal = within(drawer).getByRole("button", { name: "Reveal spoiler" });
  expect(reveal).toHaveAttribute("aria-expanded", "false");
  expect(within(drawer).queryByText(/Q01/)).not.toBeVisible();
  await user.click(reveal);
  expect(within(drawer).getByText(/Q01/)).toBeVisible();
  expect(within(drawer).getByRole("button", { name: "Hide spoiler" })).toHaveAttribute(
    "aria-expanded",
    "true",
  );
});

test("catalogue links open in a new tab without leaking the opener", async () => {
  renderApp("/anime/your-lie-in-april");
  const drawer = await screen.findByRole("dialog", { name: "Your Lie in April" });
  const mal = within(drawer).getByRole("link", { name: /MyAnimeList/ });
  expect(mal).toHaveAttribute("href", "https://myanimelist.net/anime/23273");
  expect(mal).toHaveAttribute("target", "_blank");
  expect(mal).toHaveAttribute("rel", "noopener noreferrer");
  expect(within(drawer).getByRole("link", { name: /AniList/ })).toHaveAttribute(
    "href",
    "https://anilist.co/anime/20665",
  );
});

test("an unknown slug shows the not-found view", async () => {
  renderApp("/anime/no-such-show");
  expect(
    await screen.findByRole("heading", { level: 1, name: /could not find that show/i }),
  ).toBeInTheDocument();
  expect(screen.getByRole("link", { name: /back to the countdown/i })).toHaveAttribute("href", "/");
});
