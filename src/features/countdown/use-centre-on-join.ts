import { useLayoutEffect, useRef } from "react";

/**
 * When the rest of the countdown joins a page that held only part of it (`partial` turns
 * false), scrolls the card `id` back to the middle of the viewport, where its drawer kept it
 * (EntryDrawerRoute), before the frame is painted: the cards added above it would otherwise
 * push it down and out of view.
 */
export function useCentreOnJoin(id: string | undefined, partial: boolean): void {
  const wasPartial = useRef(partial);
  useLayoutEffect(() => {
    if (wasPartial.current && !partial && id !== undefined) {
      document.getElementById(id)?.scrollIntoView({ block: "center" });
    }
    wasPartial.current = partial;
  }, [id, partial]);
}
