import { useLayoutEffect, type ReactNode } from "react";
import {
  MemoryRouter,
  useLocation,
  useNavigate,
  useNavigationType,
  type Location,
  type NavigateFunction,
  type NavigationType,
} from "react-router";

/** What tests read and drive, shaped like a data router's `state` and `navigate`. */
export type TestRouter = {
  readonly state: { location: Location; historyAction: NavigationType };
  navigate: (delta: number) => Promise<void>;
};

type Seen = { location: Location; historyAction: NavigationType; navigate: NavigateFunction };

function Probe({ seenRef }: { seenRef: { current?: Seen } }) {
  const location = useLocation();
  const historyAction = useNavigationType();
  const navigate = useNavigate();
  useLayoutEffect(() => {
    seenRef.current = { location, historyAction, navigate };
  });
  return null;
}

/**
 * Test helper: `children` inside a MemoryRouter at `path` (rendering at once, as the app's
 * BrowserRouter does), plus a handle that reports where the router is and moves it.
 */
export function memoryRouterWithProbe(children: ReactNode, path: string) {
  const seen: { current?: Seen } = {};
  const current = (): Seen => {
    if (!seen.current) throw new Error("The router has not rendered yet");
    return seen.current;
  };
  const router: TestRouter = {
    get state() {
      const { location, historyAction } = current();
      return { location, historyAction };
    },
    navigate: async (delta) => {
      await current().navigate(delta);
    },
  };
  const element = (
    <MemoryRouter initialEntries={[path]} useTransitions={false}>
      {children}
      <Probe seenRef={seen} />
    </MemoryRouter>
  );
  return { element, router };
}
