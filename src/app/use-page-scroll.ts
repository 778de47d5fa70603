import { useLayoutEffect, useRef } from "react";
import { useLocation, useNavigationType } from "react-router";
import { paths } from "../config/paths";

/** The countdown and its drawer are one page; the comparison, My order and the rest are others. */
function pageOf(pathname: string): string {
  return pathname === paths.home.pattern || pathname.startsWith("/anime/") ? paths.home.pattern : pathname;
}

/**
 * A link to another page starts it at the top, as a separate page would. Moving within a
 * page (opening the drawer, changing filters) never scrolls, and Back and Forward are left
 * to the browser, which restores the position itself: the app renders a history step in
 * the same task as the browser's popstate.
 */
export function usePageScroll(): void {
  const { pathname } = useLocation();
  const navigationType = useNavigationType();
  const page = useRef(pageOf(pathname));

  useLayoutEffect(() => {
    const previous = page.current;
    page.current = pageOf(pathname);
    if (page.current !== previous && navigationType !== "POP") window.scrollTo(0, 0);
  }, [pathname, navigationType]);
}
