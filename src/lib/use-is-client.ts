import { useSyncExternalStore } from "react";

const noSubscription = () => () => undefined;

/**
 * False while rendering on the server and while hydrating what the server rendered;
 * true in every client render after that. For output that must match the prerendered
 * HTML at first and may differ once the page is live.
 */
export function useIsClient(): boolean {
  return useSyncExternalStore(
    noSubscription,
    () => true,
    () => false,
  );
}
