import { fireEvent, render, screen, waitFor } from "@testing-library/react";
import { memo, Profiler, type ReactNode } from "react";
import { expect, test, vi } from "vitest";
import { AppLink } from "../../components/ui/app-link";
import { memoryRouterWithProbe } from "../../test/memory-router-probe";
import { CardLink, CardLinksContext, useCardLinks } from "./card-link";

/**
 * Clicks `link`; true when the app left the click to the browser. jsdom cannot follow a
 * link to another document, so the click is stopped once the app's handlers are done.
 */
function leftToBrowser(link: HTMLElement, init?: MouseEventInit): boolean {
  let left = false;
  const stop = (event: Event) => {
    left = !event.defaultPrevented;
    event.preventDefault();
  };
  window.addEventListener("click", stop);
  fireEvent.click(link, init);
  window.removeEventListener("click", stop);
  return left;
}

/** As the countdown gives its cards their links. */
function Countdown({ children }: { children: ReactNode }) {
  return <CardLinksContext value={useCardLinks()}>{children}</CardLinksContext>;
}

function renderAt(path: string, children: ReactNode) {
  const { element, router } = memoryRouterWithProbe(<Countdown>{children}</Countdown>, path);
  render(element);
  return router;
}

test("a card's title links to its entry with the filters on", () => {
  renderAt("/?theme=grief", <CardLink slug="hal" title="Hal" />);
  expect(screen.getByRole("link", { name: "Hal" })).toHaveAttribute("href", "/anime/hal?theme=grief");
});

test("a tap stops the browser at once and opens the entry once, after the paint, however often it lands", async () => {
  const router = renderAt("/?theme=grief", <CardLink slug="clannad" title="Clannad" />);
  const link = screen.getByRole("link", { name: "Clannad" });
  const first = new MouseEvent("click", { bubbles: true, cancelable: true, button: 0 });
  link.dispatchEvent(first);
  fireEvent.click(link);
  expect(first.defaultPrevented).toBe(true);
  expect(router.state.location.pathname).toBe("/");

  await waitFor(() => expect(router.state.location.pathname).toBe("/anime/clannad"));
  expect(router.state.location.search).toBe("?theme=grief");
  expect(router.state.location.state).toEqual({ openedFrom: "clannad" });
  expect(router.state.historyAction).toBe("PUSH");
  // Two taps before the paint pushed one entry, not two.
  await router.navigate(-1);
  await waitFor(() => expect(router.state.location.pathname).toBe("/"));
});

test("a modified or middle click stays with the browser", async () => {
  const router = renderAt("/", <CardLink slug="air" title="Air" />);
  const link = screen.getByRole("link", { name: "Air" });
  expect(leftToBrowser(link, { ctrlKey: true })).toBe(true);
  expect(leftToBrowser(link, { metaKey: true })).toBe(true);
  expect(leftToBrowser(link, { button: 1 })).toBe(true);
  await new Promise((resolve) => setTimeout(resolve, 300));
  expect(router.state.location.pathname).toBe("/");
});

test("outside a countdown a card's title is a plain link", () => {
  render(<CardLink slug="hal" title="Hal" />);
  const link = screen.getByRole("link", { name: "Hal" });
  expect(link).toHaveAttribute("href", "/anime/hal");
  expect(leftToBrowser(link)).toBe(true);
});

test("opening an entry draws no card link again; a new filter does", async () => {
  const rendered = vi.fn();
  // A memoized card, as EntryCard is: only what the link reads can draw it again.
  const Card = memo(function Card() {
    return (
      <Profiler id="card link" onRender={rendered}>
        <CardLink slug="hal" title="Hal" />
      </Profiler>
    );
  });
  const router = renderAt(
    "/",
    <>
      <Card />
      <AppLink to="/?theme=war">War</AppLink>
    </>,
  );
  rendered.mockClear();

  fireEvent.click(screen.getByRole("link", { name: "Hal" }));
  await waitFor(() => expect(router.state.location.pathname).toBe("/anime/hal"));
  expect(rendered).not.toHaveBeenCalled();

  fireEvent.click(screen.getByRole("link", { name: "War" }));
  await waitFor(() =>
    expect(screen.getByRole("link", { name: "Hal" })).toHaveAttribute("href", "/anime/hal?theme=war"),
  );
  expect(rendered).toHaveBeenCalled();
});
