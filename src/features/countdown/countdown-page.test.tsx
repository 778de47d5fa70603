import { act, render, screen, waitFor, within } from "@testing-library/react";
import { createMemoryRouter, MemoryRouter, RouterProvider } from "react-router";
import { afterEach, beforeEach, expect, onTestFinished, test, vi } from "vitest";
import { generateEntries, readRealEntries } from "../../../tests/fixtures/generate-entries";
import type { Entry } from "../entries/entry-schema";
import { estimateCardHeight } from "./card-window";
import { CountdownPage } from "./countdown-page";

// jsdom does no layout: every item of the virtual list measures as tall as the first
// guess for jsdom's 1024 × 768 window (so positions are exact), and the page starts at the top.
const CARD_HEIGHT = estimateCardHeight(1024); // px
const WINDOW_HEIGHT = 768; // px
const countdownOrder = (entries: Entry[]) => [...entries].sort((a, b) => b.rank - a.rank);
const realCountdown = countdownOrder(readRealEntries());
const longCountdown = countdownOrder(generateEntries(1000, readRealEntries()));

beforeEach(() => {
  vi.spyOn(HTMLElement.prototype, "offsetHeight", "get").mockImplementation(function (this: HTMLElement) {
    return this.matches("li[data-index]") ? CARD_HEIGHT : 0;
  });
  // The document is as tall as the list (the virtualizer never scrolls past its end), and
  // scrolling the window moves it there.
  vi.spyOn(Element.prototype, "scrollHeight", "get").mockReturnValue(CARD_HEIGHT * 1000 + WINDOW_HEIGHT);
  const scrollTo = (options?: ScrollToOptions) => {
    // Browsers fire the scroll event later, never inside the call.
    setTimeout(() => scrollWindowTo(options?.top ?? 0));
  };
  vi.spyOn(window, "scrollTo").mockImplementation(scrollTo as typeof window.scrollTo);
});

afterEach(() => {
  scrollWindowTo(0);
});

function scrollWindowTo(y: number) {
  Object.defineProperty(window, "scrollY", { configurable: true, value: y });
  window.dispatchEvent(new Event("scroll"));
}

function renderCountdown(visible: readonly Entry[], openSlug?: string) {
  const page = <CountdownPage total={visible.length} visible={visible} openSlug={openSlug} />;
  const router = createMemoryRouter([{ path: "/", element: page }]);
  return render(<RouterProvider router={router} />);
}

const countdown = () => screen.getByRole("region", { name: /the countdown/i });
const cards = () => within(countdown()).getAllByRole("article");
/** Each rendered card's place in the list, as its list item tells assistive technology. */
const positions = () => cards().map((card) => Number(card.closest("li")?.getAttribute("aria-posinset")));
const titleOf = (entry: Entry | undefined) => entry?.title.english ?? "";

/** The long list first shows a few plain cards, then the virtual list once its code has loaded. */
async function virtualListReady() {
  await waitFor(() => expect(countdown().querySelector("li[aria-setsize]")).not.toBeNull());
}

test("the real countdown renders every card, in order, as a plain list", () => {
  renderCountdown(realCountdown);
  const titles = cards().map((card) => within(card).getByRole("heading", { level: 2 }).textContent);
  expect(titles).toEqual(realCountdown.map(titleOf));
  expect(countdown().querySelector("[aria-setsize]")).toBeNull();
});

test("a long countdown renders only the cards near the viewport, each with its true position", async () => {
  renderCountdown(longCountdown);
  await virtualListReady();
  // Two cards in the 768 px window, two more below as overscan.
  expect(positions()).toEqual([1, 2, 3, 4]);
  const items = cards().map((card) => card.closest("li"));
  for (const item of items) expect(item).toHaveAttribute("aria-setsize", "1000");
  expect(within(cards()[0] ?? countdown()).getByRole("heading", { level: 2 })).toHaveTextContent(
    titleOf(longCountdown[0]),
  );
  // The list is as tall as all its cards, so the page scrolls as if they were there.
  expect(countdown().querySelector("ol")).toHaveStyle({ height: `${CARD_HEIGHT * 1000}px` });
});

test("scrolling a long countdown moves the window of cards", async () => {
  renderCountdown(longCountdown);
  await virtualListReady();
  act(() => scrollWindowTo(CARD_HEIGHT * 500));
  await waitFor(() => expect(positions()).toEqual([499, 500, 501, 502, 503, 504]));
  const card = cards().find((article) => article.closest("li")?.getAttribute("aria-posinset") === "501");
  expect(card).toHaveAccessibleName(titleOf(longCountdown[500]));
});

test("a focused card and its neighbours stay in the page when the window scrolls away", async () => {
  renderCountdown(longCountdown);
  await virtualListReady();
  act(() => screen.getByRole("link", { name: titleOf(longCountdown[1]) }).focus());
  act(() => scrollWindowTo(CARD_HEIGHT * 500));
  await waitFor(() => expect(positions()).toEqual([1, 2, 3, 499, 500, 501, 502, 503, 504]));
  expect(screen.getByRole("link", { name: titleOf(longCountdown[1]) })).toHaveFocus();
});

test("an open entry whose card is out of the window is scrolled into place", async () => {
  const open = longCountdown[700];
  renderCountdown(longCountdown, open?.slug);
  await virtualListReady();
  // Centred in the window: the card's top minus half the room around it.
  expect(window.scrollTo).toHaveBeenCalledWith(
    expect.objectContaining({ top: 700 * CARD_HEIGHT - (WINDOW_HEIGHT - CARD_HEIGHT) / 2 }),
  );
  expect(await screen.findByRole("article", { name: titleOf(open) })).toBeInTheDocument();
  expect(positions()).toContain(701);
});

test("an open entry whose card is already in the page is left where it is", async () => {
  renderCountdown(longCountdown, longCountdown[1]?.slug);
  await virtualListReady();
  expect(screen.getByRole("article", { name: titleOf(longCountdown[1]) })).toBeInTheDocument();
  await new Promise((resolve) => setTimeout(resolve, 50));
  expect(window.scrollY).toBe(0);
});

test("a page opened on a drawer holds the cards around it, then the whole countdown once it closes, keeping the open card centred", () => {
  const scrollIntoView = vi.fn<(this: Element, options?: boolean | ScrollIntoViewOptions) => void>();
  const jsdomScrollIntoView = Element.prototype.scrollIntoView; // jsdom has none
  Element.prototype.scrollIntoView = scrollIntoView;
  onTestFinished(() => {
    Element.prototype.scrollIntoView = jsdomScrollIntoView;
  });
  const page = (openSlug?: string) => (
    <MemoryRouter>
      <CountdownPage
        total={realCountdown.length}
        visible={realCountdown}
        openSlug={openSlug}
        notices={<p>Your notices</p>}
        bar={<p>The bar</p>}
      />
    </MemoryRouter>
  );
  const open = realCountdown.findIndex((entry) => entry.slug === "hal");
  const next = realCountdown[open + 1]?.slug;
  const titles = () => cards().map((card) => within(card).getByRole("heading", { level: 2 }).textContent);
  // The ids of the cards scrolled to the middle of the screen, in order.
  const centred = () => scrollIntoView.mock.contexts.map((card) => card.id);
  const { rerender } = render(page("hal"));
  expect(centred()).toEqual(["entry-hal"]);
  expect(titles()).toEqual(realCountdown.slice(open - 1, open + 2).map(titleOf));
  expect(screen.queryByText("Your notices")).not.toBeInTheDocument();
  expect(screen.queryByText("The bar")).not.toBeInTheDocument();

  // Stepping to the next entry in the drawer moves the window with it.
  rerender(page(next));
  expect(titles()).toEqual(realCountdown.slice(open, open + 3).map(titleOf));
  expect(centred()).toEqual(["entry-hal", `entry-${next}`]);

  rerender(page(undefined));
  expect(titles()).toEqual(realCountdown.map(titleOf));
  expect(screen.getByText("Your notices")).toBeInTheDocument();
  expect(screen.getByText("The bar")).toBeInTheDocument();
  // The cards joining above push the card last open down: it is brought back to the
  // middle of the screen, where the drawer kept it.
  expect(centred()).toEqual(["entry-hal", `entry-${next}`, `entry-${next}`]);

  // Opened again from the whole countdown, the drawer leaves every card in place.
  rerender(page("hal"));
  expect(titles()).toEqual(realCountdown.map(titleOf));
  expect(centred()).toEqual(["entry-hal", `entry-${next}`, `entry-${next}`, "entry-hal"]);
});
