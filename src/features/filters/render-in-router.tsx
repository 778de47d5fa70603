import { render } from "@testing-library/react";
import type { ReactNode } from "react";
import { flushSync } from "react-dom";
import { createMemoryRouter, RouterProvider, useLocation } from "react-router";

function LocationSearch() {
  const { search } = useLocation();
  return (
    <section aria-label="Location search">
      <code>{search}</code>
    </section>
  );
}

/**
 * Test helper: renders `element` at `path` in a memory data router, beside the current
 * location search. Passes flushSync as react-router/dom's RouterProvider does.
 */
export function renderInRouter(element: ReactNode, path = "/") {
  const router = createMemoryRouter(
    [
      {
        path: "/",
        element: (
          <>
            {element}
            <LocationSearch />
          </>
        ),
      },
    ],
    { initialEntries: [path] },
  );
  const view = render(
    <RouterProvider
      router={router}
      flushSync={(update) => {
        flushSync(update);
      }}
    />,
  );
  return { ...view, router };
}
