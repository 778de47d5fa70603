import { act, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { expect, test } from "vitest";
import rawEntries from "../../../data/entries.json";
import { parseEntries } from "../entries/parse-entries";
import { FilterPanel } from "./filter-panel";
import { renderInRouter } from "../../test/render-in-router";

const entries = parseEntries(rawEntries);

function renderPanel(path = "/") {
  return renderInRouter(<FilterPanel entries={entries} />, path);
}

function locationSearch(): string {
  return screen.getByRole("region", { name: "Location search" }).textContent ?? "";
}

function searchBox(): HTMLInputElement {
  const box = screen.getByRole("searchbox", { name: "Search titles" });
  if (!(box instanceof HTMLInputElement)) throw new Error("the search box is not an input");
  return box;
}

test("user sees a labelled search box and the six chip groups, in order", () => {
  renderPanel();
  expect(searchBox()).toHaveAttribute("type", "search");
  expect(searchBox()).toHaveAttribute("placeholder", "English, romaji or Japanese");
  expect(screen.getAllByRole("group").map((group) => within(group).getByRole("heading").textContent)).toEqual(
    ["Format", "Theme", "Era", "Time to watch", "Status", "Avoid"],
  );
  const format = screen.getByRole("group", { name: "Format" });
  expect(
    within(format)
      .getAllByRole("button")
      .map((chip) => chip.textContent),
  ).toEqual(["Film, 5 shows", "TV series, 14 shows", "OVA, 2 shows"]);
  const era = screen.getByRole("group", { name: "Era" });
  expect(
    within(era)
      .getAllByRole("button")
      .map((chip) => chip.textContent),
  ).toEqual(["1980s, 1 show", "1990s, 2 shows", "2000s, 10 shows", "2010s, 8 shows"]);
  expect(screen.getByRole("button", { name: /^An evening/ })).toHaveAccessibleName(
    "An evening, up to 2 h, 7 shows",
  );
});

test("user can toggle a chip, and the URL follows", async () => {
  const user = userEvent.setup();
  const { router } = renderPanel();
  const film = screen.getByRole("button", { name: /^Film/ });
  expect(film).toHaveAttribute("aria-pressed", "false");

  await user.click(film);
  expect(film).toHaveAttribute("aria-pressed", "true");
  await expect.poll(locationSearch).toBe("?format=film");
  expect(router.state.historyAction).toBe("PUSH");

  await user.click(screen.getByRole("button", { name: /^OVA/ }));
  await expect.poll(locationSearch).toBe("?format=film,ova");

  await user.click(film);
  expect(film).toHaveAttribute("aria-pressed", "false");
  await expect.poll(locationSearch).toBe("?format=ova");
});

test("counts follow the other groups", async () => {
  const user = userEvent.setup();
  renderPanel();
  await user.click(
    within(screen.getByRole("group", { name: "Theme" })).getByRole("button", { name: /^War/ }),
  );
  await expect.poll(() => screen.getByRole("button", { name: /^Film/ })).toHaveAccessibleName("Film, 1 show");
  expect(screen.getByRole("button", { name: /^TV series/ })).toHaveAccessibleName("TV series, 4 shows");
  expect(screen.getByRole("button", { name: /^1980s/ })).toHaveAccessibleName("1980s, 1 show");
});

test("a chip that would leave nothing stays enabled", async () => {
  const user = userEvent.setup();
  renderPanel("/?theme=androids");
  const ova = screen.getByRole("button", { name: /^OVA/ });
  expect(ova).toHaveAccessibleName("OVA, 0 shows");
  expect(ova).toBeEnabled();
  await user.click(ova);
  expect(ova).toHaveAttribute("aria-pressed", "true");
});

test("user can go Back and Forward through chip changes", async () => {
  const user = userEvent.setup();
  const { router } = renderPanel();
  await user.click(screen.getByRole("button", { name: /^Grief/ }));
  await expect.poll(locationSearch).toBe("?theme=grief");
  await act(() => router.navigate(-1));
  expect(screen.getByRole("button", { name: /^Grief/ })).toHaveAttribute("aria-pressed", "false");
  await expect.poll(locationSearch).toBe("");
  await act(() => router.navigate(1));
  expect(screen.getByRole("button", { name: /^Grief/ })).toHaveAttribute("aria-pressed", "true");
});

test("a shared link restores chips and search", () => {
  renderPanel("/?format=film&theme=war,grief&time=evening&q=hotaru");
  expect(screen.getByRole("button", { name: /^Film/ })).toHaveAttribute("aria-pressed", "true");
  expect(
    within(screen.getByRole("group", { name: "Theme" })).getByRole("button", { name: /^War/ }),
  ).toHaveAttribute("aria-pressed", "true");
  expect(screen.getByRole("button", { name: /^Grief/ })).toHaveAttribute("aria-pressed", "true");
  expect(screen.getByRole("button", { name: /^An evening/ })).toHaveAttribute("aria-pressed", "true");
  expect(screen.getByRole("button", { name: /^Family/ })).toHaveAttribute("aria-pressed", "false");
  expect(searchBox()).toHaveValue("hotaru");
});

test("user can type a search; it replaces the history entry instead of adding one per key", async () => {
  const user = userEvent.setup();
  const { router } = renderPanel("/?format=tv");
  await user.type(searchBox(), "your lie");
  expect(searchBox()).toHaveValue("your lie");
  await expect.poll(locationSearch).toBe("?format=tv&q=your+lie");
  expect(router.state.historyAction).toBe("REPLACE");
  // Typing narrowed the counts.
  expect(screen.getByRole("button", { name: /^TV series/ })).toHaveAccessibleName("TV series, 1 show");
});

test("a chip tapped right after typing keeps the search, and a key after the chip keeps the chip", async () => {
  // The chip groups are not drawn again by a keystroke: their handlers must still see it.
  const user = userEvent.setup();
  renderPanel();
  await user.type(searchBox(), "hal");
  await user.click(screen.getByRole("button", { name: /^Film/ }));
  await expect.poll(locationSearch).toBe("?format=film&q=hal");
  expect(screen.getByRole("button", { name: /^Film/ })).toHaveAttribute("aria-pressed", "true");
  await user.type(searchBox(), "{Backspace}");
  await expect.poll(locationSearch).toBe("?format=film&q=ha");
  await user.click(screen.getByRole("button", { name: /^OVA/ }));
  await expect.poll(locationSearch).toBe("?format=film,ova&q=ha");
});

test("user can edit the middle of the search without the caret jumping", async () => {
  const user = userEvent.setup();
  renderPanel("/?q=hl");
  const box = searchBox();
  await user.click(box);
  box.setSelectionRange(1, 1);
  await user.keyboard("a");
  expect(box).toHaveValue("hal");
  expect(box.selectionStart).toBe(2);
  await user.keyboard("{Backspace}");
  expect(box).toHaveValue("hl");
  expect(box.selectionStart).toBe(1);
  await expect.poll(locationSearch).toBe("?q=hl");
});

test("user can search in Japanese", async () => {
  const user = userEvent.setup();
  renderPanel();
  await user.type(searchBox(), "あの日");
  await expect.poll(locationSearch).toBe(`?q=${encodeURIComponent("あの日")}`);
  await expect
    .poll(() => screen.getByRole("button", { name: /^TV series/ }))
    .toHaveAccessibleName("TV series, 1 show");
});

test("a malformed URL shows the panel without an error", () => {
  renderPanel("/?format=%E0%A4%A&theme=war,nope,,war&era=1850s&time=&utm=1&q=%zz");
  expect(
    within(screen.getByRole("group", { name: "Theme" })).getByRole("button", { name: /^War/ }),
  ).toHaveAttribute("aria-pressed", "true");
  expect(screen.getByRole("button", { name: /^Film/ })).toHaveAttribute("aria-pressed", "false");
  expect(searchBox()).toHaveValue("%zz");
  expect(screen.queryByRole("alert")).not.toBeInTheDocument();
});

test("an era from a link that the data lacks can still be unpressed", async () => {
  const user = userEvent.setup();
  renderPanel("/?era=1950s");
  const fifties = screen.getByRole("button", { name: /^1950s/ });
  expect(fifties).toHaveAttribute("aria-pressed", "true");
  await user.click(fifties);
  await expect.poll(() => screen.queryByRole("button", { name: /^1950s/ })).not.toBeInTheDocument();
  await expect.poll(locationSearch).toBe("");
});

test("writing the filters keeps keys the filters do not own", async () => {
  const user = userEvent.setup();
  renderPanel("/?ref=friend");
  await user.click(screen.getByRole("button", { name: /^OVA/ }));
  await expect.poll(locationSearch).toBe("?format=ova&ref=friend");
});
