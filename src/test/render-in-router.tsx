import { render } from "@testing-library/react";
import type { ReactNode } from "react";
import { useLocation } from "react-router";
import { memoryRouterWithProbe } from "./memory-router-probe";

function LocationSearch() {
  const { search } = useLocation();
  return (
    <section aria-label="Location search">
      <code>{search}</code>
    </section>
  );
}

/** Test helper: renders `element` at `path` in a memory router, beside the current location search. */
export function renderInRouter(element: ReactNode, path = "/") {
  const { element: routed, router } = memoryRouterWithProbe(
    <>
      {element}
      <LocationSearch />
    </>,
    path,
  );
  const view = render(routed);
  return { ...view, router };
}
