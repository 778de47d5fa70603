import { matchRoutes, useRoutes, type RouteObject } from "react-router";
import { LoadingState } from "../components/ui/loading-state";
import { paths } from "../config/paths";
import { lazyComponent, type LazyComponent } from "../lib/lazy-component";
import { RootLayout } from "./root-layout";
import { CountdownRoute } from "./routes/countdown-route";
import { NotFoundRoute } from "./routes/not-found-route";

// The drawer and the comparison load on demand, so the countdown's first load carries
// neither. A page route shows a quiet loading line while its code arrives; the drawer
// shows nothing until it can slide in.
const EntryDrawerRoute = lazyComponent(() =>
  import("./routes/entry-drawer-route").then((module) => ({ default: module.EntryDrawerRoute })),
);
const CompareRoute = lazyComponent(
  () => import("./routes/compare-route").then((module) => ({ default: module.CompareRoute })),
  <LoadingState label="Opening the comparison…" />,
);
const MyOrderRoute = lazyComponent(
  () => import("./routes/my-order-route").then((module) => ({ default: module.MyOrderRoute })),
  <LoadingState label="Opening your order…" />,
);

// The one route table: the browser, tests and prerendering all render it through
// <AppRoutes /> inside their own router (BrowserRouter, MemoryRouter, StaticRouter).
export const routes: RouteObject[] = [
  {
    Component: RootLayout,
    children: [
      {
        path: paths.home.pattern,
        Component: CountdownRoute,
        children: [{ path: paths.entry.pattern, Component: EntryDrawerRoute }],
      },
      { path: paths.compare.pattern, Component: CompareRoute },
      { path: paths.myOrder.pattern, Component: MyOrderRoute },
      { path: "*", Component: NotFoundRoute },
    ],
  },
];

export function AppRoutes() {
  return useRoutes(routes);
}

function isLazy(component: unknown): component is LazyComponent<object> {
  return typeof component === "function" && "preload" in component;
}

/** Loads the code of every lazy route `pathname` renders, so its first render is the finished page. */
export async function preloadRoutes(pathname: string): Promise<void> {
  const matches = matchRoutes(routes, pathname) ?? [];
  await Promise.all(
    matches.map(({ route }) => (isLazy(route.Component) ? route.Component.preload() : undefined)),
  );
}

/** Loads every lazy route (prerendering renders them all). */
export async function preloadAllRoutes(): Promise<void> {
  await Promise.all([EntryDrawerRoute, CompareRoute, MyOrderRoute].map((route) => route.preload()));
}
