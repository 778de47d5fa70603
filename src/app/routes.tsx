import type { RouteObject } from "react-router";
import { paths } from "../config/paths";
import { RootLayout } from "./root-layout";
import { CompareRoute } from "./routes/compare-route";
import { CountdownRoute } from "./routes/countdown-route";
import { EntryDrawerRoute } from "./routes/entry-drawer-route";
import { NotFoundRoute } from "./routes/not-found-route";

// The one route table: the browser router, tests and (later) prerendering all use it.
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
      { path: "*", Component: NotFoundRoute },
    ],
  },
];
