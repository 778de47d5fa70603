import { fireEvent, render, screen } from "@testing-library/react";
import { expect, test } from "vitest";
import { memoryRouterWithProbe } from "../../test/memory-router-probe";
import { AppLink } from "./app-link";

function renderLink(link: React.ReactNode) {
  const { element, router } = memoryRouterWithProbe(link, "/?theme=grief");
  render(element);
  return router;
}

test("a link's address includes its search, and a plain click moves the router there", () => {
  const router = renderLink(<AppLink to={{ pathname: "/anime/hal", search: "?theme=grief" }}>Hal</AppLink>);
  const link = screen.getByRole("link", { name: "Hal" });
  expect(link).toHaveAttribute("href", "/anime/hal?theme=grief");
  fireEvent.click(link);
  expect(router.state.location.pathname).toBe("/anime/hal");
  expect(router.state.location.search).toBe("?theme=grief");
  expect(router.state.historyAction).toBe("PUSH");
});

test("replace and state reach the router", () => {
  const router = renderLink(
    <AppLink to="/anime/air" replace state={{ openedFrom: "air" }}>
      Air
    </AppLink>,
  );
  fireEvent.click(screen.getByRole("link", { name: "Air" }));
  expect(router.state.historyAction).toBe("REPLACE");
  expect(router.state.location.state).toEqual({ openedFrom: "air" });
});

test("a modified click, another target or a handled click stays with the browser", () => {
  const router = renderLink(
    <>
      <AppLink to="/anime/air">Air</AppLink>
      <AppLink to="/anime/hal" target="_blank">
        Hal
      </AppLink>
      <AppLink to="/anime/clannad" onClick={(event) => event.preventDefault()}>
        Clannad
      </AppLink>
    </>,
  );
  fireEvent.click(screen.getByRole("link", { name: "Air" }), { ctrlKey: true });
  fireEvent.click(screen.getByRole("link", { name: "Air" }), { button: 1 });
  fireEvent.click(screen.getByRole("link", { name: "Hal" }));
  fireEvent.click(screen.getByRole("link", { name: "Clannad" }));
  expect(router.state.location.pathname).toBe("/");
});
