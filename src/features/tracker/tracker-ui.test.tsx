import { screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { beforeEach, expect, test, vi } from "vitest";
import rawEntries from "../../../data/entries.json";
import { paths } from "../../config/paths";
import { STORAGE_KEYS } from "../../config/storage-keys";
import { memoryStorage } from "../../test/memory-storage";
import { renderApp } from "../../test/render-app";
import { loadBundledEntries } from "../entries/load-entries";
import { encodeShareCode } from "./share-code";
import { SLUGS_IN_RANK_ORDER } from "./testing/tracker-arbitraries";

vi.mock("../entries/load-entries", () => ({ loadBundledEntries: vi.fn() }));

beforeEach(() => {
  vi.mocked(loadBundledEntries).mockResolvedValue(rawEntries);
});

async function cardMarks(title: string) {
  return screen.findByRole("group", { name: `Your marks for ${title}` });
}

test("user can mark a show watched and cried, and the progress follows at once", async () => {
  const user = userEvent.setup();
  const { storage } = renderApp("/");
  const hal = await cardMarks("Hal");
  const watched = within(hal).getByRole("button", { name: "Watched" });
  const cried = within(hal).getByRole("button", { name: "Cried" });
  expect(watched).toHaveAttribute("aria-pressed", "false");
  expect(screen.getByText("None of the 21 watched yet")).toBeInTheDocument();

  await user.click(cried);
  expect(cried).toHaveAttribute("aria-pressed", "true");
  expect(watched).toHaveAttribute("aria-pressed", "true");
  expect(screen.getByText("1 of 21 watched · 1 made you cry")).toBeInTheDocument();

  await user.click(within(await cardMarks("Air")).getByRole("button", { name: "Watched" }));
  expect(screen.getByText("2 of 21 watched · 1 made you cry")).toBeInTheDocument();

  const saved = storage.read(STORAGE_KEYS.tracker);
  expect(saved.ok && saved.value).toContain('"hal"');
});

test("un-marking Watched clears Cried and offers an Undo that restores both", async () => {
  const user = userEvent.setup();
  renderApp("/");
  const hal = await cardMarks("Hal");
  await user.click(within(hal).getByRole("button", { name: "Cried" }));
  await user.click(within(hal).getByRole("button", { name: "Watched" }));
  expect(within(hal).getByRole("button", { name: "Watched" })).toHaveAttribute("aria-pressed", "false");
  expect(within(hal).getByRole("button", { name: "Cried" })).toHaveAttribute("aria-pressed", "false");
  expect(screen.getByText(/Hal: Watched and Cried are cleared/)).toBeInTheDocument();

  await user.click(screen.getByRole("button", { name: "Undo" }));
  expect(within(hal).getByRole("button", { name: "Cried" })).toHaveAttribute("aria-pressed", "true");
  expect(screen.queryByRole("button", { name: "Undo" })).not.toBeInTheDocument();
});

test("the drawer's toggles and the card's share one mark", async () => {
  const user = userEvent.setup();
  renderApp("/anime/air");
  const drawer = await screen.findByRole("dialog", { name: "Air" });
  await user.click(within(drawer).getByRole("button", { name: "Watched" }));
  expect(within(drawer).getByRole("button", { name: "Watched" })).toHaveAttribute("aria-pressed", "true");
  // Behind a drawer opened by link, the page holds the cards around it, not the progress;
  // the whole countdown joins once the drawer closes.
  expect(screen.queryByText(/of 21 watched/)).not.toBeInTheDocument();
  await user.click(within(drawer).getByRole("button", { name: "Close" }));
  expect(await screen.findByText("1 of 21 watched · none made you cry yet")).toBeInTheDocument();
  const air = await cardMarks("Air");
  expect(within(air).getByRole("button", { name: "Watched" })).toHaveAttribute("aria-pressed", "true");
});

test("the Status chips filter by the person's marks", async () => {
  const user = userEvent.setup();
  const storage = memoryStorage({
    [STORAGE_KEYS.tracker]: JSON.stringify({
      version: 1,
      marks: { hal: { watchedAt: "2026-01-02T03:04:05.000Z", criedAt: "2026-01-02T03:04:05.000Z" } },
    }),
  });
  const { router } = renderApp("/", { storage });
  await screen.findAllByRole("article");
  await user.click(screen.getByRole("button", { name: "Filter" }));
  const sheet = await screen.findByRole("dialog", { name: "Find one for tonight" });
  const status = within(sheet).getByRole("group", { name: "Status" });
  await user.click(within(status).getByRole("button", { name: /^Cried/ }));
  await expect.poll(() => router.state.location.search).toBe("?status=cried");
  expect(await within(sheet).findByRole("button", { name: "Show 1 show" })).toBeInTheDocument();
  const countdown = screen.getByRole("region", { name: /the countdown/i });
  // Cards leaving the list fade out first.
  await vi.waitFor(() => expect(within(countdown).getAllByRole("article")).toHaveLength(1));
  expect(within(countdown).getByRole("heading", { level: 2, name: "Hal" })).toBeInTheDocument();
});

test("reset asks first, clears everything, and can be undone", async () => {
  const user = userEvent.setup();
  renderApp("/");
  await user.click(within(await cardMarks("Air")).getByRole("button", { name: "Cried" }));
  await user.click(screen.getByRole("button", { name: /^Your marks/ }));
  const yourMarks = await screen.findByRole("dialog", { name: "Your marks" });
  await user.click(within(yourMarks).getByRole("button", { name: "Reset" }));
  // The question loads when first asked.
  const confirm = await screen.findByRole("dialog", { name: "Clear every mark?" });
  await user.click(within(confirm).getByRole("button", { name: "Clear all marks" }));
  expect(within(yourMarks).getByText("None of the 21 watched yet")).toBeInTheDocument();
  await user.click(screen.getByRole("button", { name: "Undo" }));
  expect(within(yourMarks).getByText("1 of 21 watched · 1 made you cry")).toBeInTheDocument();
});

test("corrupt saved marks show a calm notice and are kept as a backup", async () => {
  const storage = memoryStorage({ [STORAGE_KEYS.tracker]: "{not json" });
  renderApp("/", { storage });
  expect(await screen.findByText(/could not read the marks saved in this browser/i)).toBeInTheDocument();
  expect(screen.getByRole("button", { name: "Download the old data" })).toBeInTheDocument();
  const backup = storage.read(STORAGE_KEYS.trackerBackup);
  expect(backup.ok && backup.value).toBe("{not json");
  const main = storage.read(STORAGE_KEYS.tracker);
  expect(main.ok && main.value).toBe("{not json");
});

test("storage that is switched off still lets marks work for the visit, and says so", async () => {
  const user = userEvent.setup();
  const storage = memoryStorage({}, { failWith: "unavailable" });
  renderApp("/", { storage });
  await user.click(within(await cardMarks("Hal")).getByRole("button", { name: "Watched" }));
  expect(screen.getByText("1 of 21 watched · none made you cry yet")).toBeInTheDocument();
  expect(await screen.findByText(/will last only until you close this page/i)).toBeInTheDocument();
});

test("once a show is marked Cried, the person can say how hard it hit", async () => {
  const user = userEvent.setup();
  renderApp("/");
  const hal = await cardMarks("Hal");
  expect(screen.queryByRole("radiogroup", { name: "How hard did it hit?" })).not.toBeInTheDocument();
  await user.click(within(hal).getByRole("button", { name: "Cried" }));
  const scale = screen.getByRole("radiogroup", { name: "How hard did it hit?" });
  const radios = within(scale).getAllByRole("radio");
  expect(radios.map((radio) => radio.closest("label")?.textContent)).toEqual([
    "A single tear",
    "Misty eyes",
    "Quiet sobbing",
    "Ugly crying",
    "A flood",
  ]);
  await user.click(within(scale).getByRole("radio", { name: "A flood" }));
  expect(within(scale).getByRole("radio", { name: "A flood" })).toBeChecked();
  await user.click(screen.getByRole("button", { name: /^Your marks/ }));
  expect(await screen.findByText(/Hit you hardest/)).toHaveTextContent("Hit you hardest: #14 Hal (a flood)");
  await user.click(
    within(screen.getByRole("dialog", { name: "Your marks" })).getByRole("button", { name: "Close" }),
  );

  // Un-crying takes the scale (and the rating) away.
  await user.click(within(hal).getByRole("button", { name: "Cried" }));
  expect(screen.queryByRole("radiogroup", { name: "How hard did it hit?" })).not.toBeInTheDocument();
  await user.click(screen.getByRole("button", { name: /^Your marks/ }));
  expect(
    await screen.findByText("1 of 21 watched · none made you cry yet", { selector: ".text-ink" }),
  ).toBeVisible();
  expect(screen.queryByText(/Hit you hardest/)).not.toBeInTheDocument();
});

test("the spoiler waits behind its button until the show is marked Watched", async () => {
  const user = userEvent.setup();
  renderApp("/anime/hal");
  const drawer = await screen.findByRole("dialog", { name: "Hal" });
  const spoiler = within(drawer).getByRole("region", { name: "Spoiler" });
  expect(within(spoiler).getByText(/Q01/)).not.toBeVisible();
  expect(within(spoiler).getByRole("button", { name: "Reveal spoiler" })).toBeInTheDocument();

  await user.click(within(drawer).getByRole("button", { name: "Watched" }));
  expect(within(spoiler).getByText(/Q01/)).toBeVisible();
  expect(within(spoiler).queryByRole("button", { name: "Reveal spoiler" })).not.toBeInTheDocument();

  await user.click(within(drawer).getByRole("button", { name: "Watched" }));
  expect(within(spoiler).getByText(/Q01/)).not.toBeVisible();
});

test("the comparison page without a shared link says what it is for", async () => {
  renderApp("/compare");
  expect(
    await screen.findByRole("heading", { level: 1, name: "See whose tears match yours" }),
  ).toBeInTheDocument();
  expect(screen.getByRole("link", { name: "Back to the countdown" })).toHaveAttribute("href", "/");
});

test("a shared link cut short is a clear message, not the invitation", async () => {
  renderApp("/compare?marks=%21%21");
  expect(
    await screen.findByRole("heading", { level: 1, name: "This link’s marks could not be read" }),
  ).toBeInTheDocument();
});

test("a shared link shows their marks beside yours, and adds the shows they are further along on", async () => {
  const user = userEvent.setup();
  const T = "2026-05-01T12:00:00.000Z";
  const theirs = {
    hal: { watchedAt: T, criedAt: T, hit: 5, ratedAt: T },
    air: { watchedAt: T },
    "clannad-after-story": { watchedAt: T, criedAt: T },
  } as const;
  const mine = { hal: { watchedAt: T, criedAt: T }, "fate-zero": { watchedAt: T } };
  const storage = memoryStorage({
    [STORAGE_KEYS.tracker]: JSON.stringify({ version: 2, marks: mine, preferences: { avoid: [] } }),
  });
  renderApp(paths.compare.getHref(encodeShareCode(theirs, SLUGS_IN_RANK_ORDER)), { storage });

  expect(
    await screen.findByRole("heading", { level: 1, name: "Their tears beside yours" }),
  ).toBeInTheDocument();
  expect(screen.getByText("You both cried at #14 Hal.")).toBeInTheDocument();
  expect(screen.getByText("They have watched 2 shows you have not seen yet.")).toBeInTheDocument();
  const cells = (title: string) =>
    within(screen.getByRole("row", { name: new RegExp(`^\\d+ ${title} `) }))
      .getAllByRole("cell")
      .map((cell) => cell.textContent);
  expect(cells("Hal")).toEqual(["14", "Cried", "Cried"]);
  expect(cells("Air")).toEqual(["2", "Watched", "Not yet"]);
  expect(cells("Fate/Zero")).toEqual(["7", "Not yet", "Watched"]);
  const order = (name: string) =>
    within(screen.getByRole("region", { name }))
      .getAllByRole("listitem")
      .map((item) => item.textContent);
  expect(order("Their order")).toEqual([
    "1HalA flood · our #14",
    "2Clannad: After StoryNot rated yet · our #3",
  ]);
  expect(order("Your order")).toEqual(["1HalNot rated yet · our #14"]);

  await user.click(screen.getByRole("button", { name: "Add their 2 marks to mine" }));
  expect(screen.getByText("Added 2 marks from the link.")).toBeInTheDocument();
  expect(cells("Air")).toEqual(["2", "Watched", "Watched"]);
  expect(cells("Clannad: After Story")).toEqual(["3", "Cried", "Cried"]);
  expect(screen.queryByRole("button", { name: /Add their/ })).not.toBeInTheDocument();
});
