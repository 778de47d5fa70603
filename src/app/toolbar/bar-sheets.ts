import { preloadHitScale } from "../../features/tracker/mark-toggles";
import { lazyComponent } from "../../lib/lazy-component";

// The bar's sheets load apart from the page (they are not in the prerendered HTML either),
// and are fetched as soon as the browser is idle after the bar appears, with the Cried
// scale (mark-toggles.tsx), so a tap finds them ready; a tap before that shows the sheet
// as soon as its code arrives.
export const FilterSheet = lazyComponent(() =>
  import("../../features/filters/filter-sheet").then((module) => ({ default: module.FilterSheet })),
);

export const MarksSheet = lazyComponent(() =>
  import("./marks-sheet").then((module) => ({ default: module.MarksSheet })),
);

/** For an effect: fetches the sheets' code once the browser is idle; returns the cancel. */
export function preloadSheets(): () => void {
  const load = () =>
    void Promise.all([FilterSheet.preload(), MarksSheet.preload(), preloadHitScale()]).catch(() => undefined);
  if (typeof requestIdleCallback === "function") {
    const id = requestIdleCallback(load, { timeout: 3000 });
    return () => cancelIdleCallback(id);
  }
  const id = window.setTimeout(load, 1000); // WebKit has no requestIdleCallback
  return () => window.clearTimeout(id);
}
