import { startTransition } from "react";
import { Link, useLinkClickHandler, type LinkProps } from "react-router";

/**
 * A Link whose navigation renders as a React transition: the click is answered in the
 * next frame, and the view it opens (a drawer over a long list, say) follows as soon as
 * it is rendered, without holding that frame back. Modified clicks (a new tab) stay the
 * browser's, as with any Link.
 */
export function TransitionLink({ to, state, replace, target, onClick, ...rest }: LinkProps) {
  const navigateOnClick = useLinkClickHandler(to, { state, replace, target });
  return (
    <Link
      {...rest}
      to={to}
      state={state}
      replace={replace}
      target={target}
      onClick={(event) => {
        onClick?.(event);
        if (!event.defaultPrevented) startTransition(() => navigateOnClick(event));
      }}
    />
  );
}
