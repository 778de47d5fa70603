import { useEffect, useLayoutEffect, useRef } from "react";
import { useLocation, useNavigationType } from "react-router";
import { paths } from "../config/paths";

/** The countdown and its drawer are one page; the comparison, My order and the rest are others. */
function pageOf(pathname: string): string {
  return pathname === paths.home.pattern || pathname.startsWith("/anime/") ? paths.home.pattern : pathname;
}

// Where each history entry was scrolled to, for Back and Forward within this visit. A
// reload starts from the prerendered page, whose position the browser restores itself.
const positions = new Map<string, number>();

/**
 * Scrolls like separate pages would: a new page starts at the top, Back and Forward
 * return to where that page was left. Moving within a page (opening the drawer, changing
 * filters) never scrolls.
 */
export function usePageScroll(): void {
  const location = useLocation();
  const navigationType = useNavigationType();
  const current = useRef({ key: location.key, page: pageOf(location.pathname) });

  useEffect(() => {
    const remember = () => positions.set(current.current.key, window.scrollY);
    window.addEventListener("scroll", remember, { passive: true });
    return () => window.removeEventListener("scroll", remember);
  }, []);

  useLayoutEffect(() => {
    const page = pageOf(location.pathname);
    const samePage = page === current.current.page;
    current.current = { key: location.key, page };
    if (samePage) return;
    const saved = navigationType === "POP" ? positions.get(location.key) : undefined;
    window.scrollTo(0, saved ?? 0);
  }, [location.key, location.pathname, navigationType]);
}
