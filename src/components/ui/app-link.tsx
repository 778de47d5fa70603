import { useRef, type AnchorHTMLAttributes, type MouseEvent } from "react";
import { useHref, useLinkClickHandler, type To } from "react-router";
import { afterNextPaint } from "../../lib/next-task";

interface AppLinkProps extends Omit<AnchorHTMLAttributes<HTMLAnchorElement>, "href"> {
  to: To;
  replace?: boolean;
  state?: unknown;
  /**
   * Navigate after the browser's next paint: the tap is answered in the next frame, and the
   * view it opens (a drawer over a long list, say) renders in one task after it, not in a
   * transition's slices with frames between them (docs/decisions/014, ninth round).
   */
  afterPaint?: boolean;
}

/** A left click with no modifier, on a link for this tab: the clicks the router handles. */
const isPlainClick = (event: MouseEvent, target: string | undefined) =>
  event.button === 0 &&
  !(event.metaKey || event.altKey || event.ctrlKey || event.shiftKey) &&
  (!target || target === "_self");

/**
 * A link inside the app, built from React Router's own parts for custom links: `useHref`
 * for the address and `useLinkClickHandler` for the click (modified clicks and other
 * targets stay the browser's, as with `<Link>`). React Router's `<Link>` also carries
 * route prefetching for framework mode, which this app does not use and which stayed in
 * the first load with it (docs/decisions/008).
 */
export function AppLink({ to, replace, state, target, afterPaint = false, onClick, ...rest }: AppLinkProps) {
  const href = useHref(to);
  const navigateOnClick = useLinkClickHandler(to, { replace, state, target });
  const waiting = useRef(false);
  return (
    <a
      {...rest}
      href={href}
      target={target}
      onClick={(event) => {
        onClick?.(event);
        if (event.defaultPrevented) return;
        if (!afterPaint || !isPlainClick(event, target)) return navigateOnClick(event);
        // The browser's own navigation is stopped now; the router's follows the paint, once
        // however often the link is tapped before it.
        event.preventDefault();
        if (waiting.current) return;
        waiting.current = true;
        void afterNextPaint().then(() => {
          waiting.current = false;
          navigateOnClick(event);
        });
      }}
    />
  );
}
