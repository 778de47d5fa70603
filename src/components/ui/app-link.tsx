import type { AnchorHTMLAttributes } from "react";
import { useHref, useLinkClickHandler, type To } from "react-router";

interface AppLinkProps extends Omit<AnchorHTMLAttributes<HTMLAnchorElement>, "href"> {
  to: To;
  replace?: boolean;
  state?: unknown;
}

/**
 * A link inside the app, built from React Router's own parts for custom links: `useHref`
 * for the address and `useLinkClickHandler` for the click (modified clicks and other
 * targets stay the browser's, as with `<Link>`). React Router's `<Link>` also carries
 * route prefetching for framework mode, which this app does not use and which stayed in
 * the first load with it (docs/decisions/008).
 */
export function AppLink({ to, replace, state, target, onClick, ...rest }: AppLinkProps) {
  const href = useHref(to);
  const navigateOnClick = useLinkClickHandler(to, { replace, state, target });
  return (
    <a
      {...rest}
      href={href}
      target={target}
      onClick={(event) => {
        onClick?.(event);
        if (!event.defaultPrevented) navigateOnClick(event);
      }}
    />
  );
}
