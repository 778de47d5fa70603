import type { RouteObject } from "react-router";
import { paths } from "../config/paths";
import { RootLayout } from "./root-layout";
import { CountdownRoute } from "./routes/countdown-route";
import { NotFoundRoute } from "./routes/not-found-route";

// The one route table: the browser router, tests and prerendering all use it. The drawer
// and the comparison load on demand, so the countdown's first load carries neither.
export const routes: RouteObject[] = [
  {
    Component: RootLayout,
    children: [
      {
        path: paths.home.pattern,
        Component: CountdownRoute,
        children: [
          {
            path: paths.entry.pattern,
            lazy: () =>
              import("./routes/entry-drawer-route").then((module) => ({
                Component: module.EntryDrawerRoute,
              })),
          },
        ],
      },
      {
        path: paths.compare.pattern,
        lazy: () => import("./routes/compare-route").then((module) => ({ Component: module.CompareRoute })),
      },
      {
        path: paths.myOrder.pattern,
        lazy: () => import("./routes/my-order-route").then((module) => ({ Component: module.MyOrderRoute })),
      },
      { path: "*", Component: NotFoundRoute },
    ],
  },
];
