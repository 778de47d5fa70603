import { useEffect, useRef, type PointerEvent as ReactPointerEvent, type RefObject } from "react";
import { prefersReducedMotion } from "../../lib/use-prefers-reduced-motion";
import { loadAnimate } from "../../lib/load-motion";
import {
  closesOnRelease,
  pullFor,
  recentSamples,
  releaseVelocity,
  sheetOffset,
  type PointerSample,
} from "./sheet-drag";

// Drag-to-close for the phone's bottom sheet, from its grip only, so scrolling the content
// never fights the gesture. The pointer is captured by the grip: the sheet follows it with
// a little resistance, and on release either closes or settles back, animated by Motion's
// `animate` (motion/mini, WAAPI, about 3.2 kB gzip), which loads when a drag begins.
// See docs/decisions/009.

type Drag = { pointerId: number; startY: number; samples: PointerSample[] };
type Settling = { stop(): void };

const SETTLE = { duration: 0.35, ease: [0.22, 1, 0.36, 1] as const };

/** How far down the sheet sits now, mid-animation included. */
function currentOffset(panel: HTMLElement | null): number {
  if (!panel) return 0;
  const transform = getComputedStyle(panel).transform;
  return transform === "none" ? 0 : new DOMMatrixReadOnly(transform).m42;
}

export function useSheetDrag(panelRef: RefObject<HTMLElement | null>, onClose: () => void) {
  const drag = useRef<Drag | null>(null);
  const settling = useRef<Settling | null>(null);
  useEffect(() => () => settling.current?.stop(), []);

  const moveSheet = (offset: number) => {
    const panel = panelRef.current;
    if (panel) panel.style.transform = offset > 0 ? `translateY(${offset}px)` : "";
  };

  const settle = async () => {
    const panel = panelRef.current;
    if (!panel || prefersReducedMotion()) {
      moveSheet(0);
      return;
    }
    try {
      const animate = await loadAnimate();
      if (drag.current) return; // grabbed again while the code arrived
      const animation = animate(panel, { transform: "translateY(0px)" }, SETTLE);
      settling.current = animation;
      await animation;
      if (settling.current === animation) moveSheet(0);
    } catch {
      moveSheet(0); // no animation code (offline on an old cache, say): just put it back
    }
  };

  const onPointerDown = (event: ReactPointerEvent<HTMLElement>) => {
    if (!event.isPrimary || event.button !== 0) return;
    event.preventDefault();
    // Grabbed on its way back: Motion stops where the sheet is, and the drag goes on from there.
    settling.current?.stop();
    settling.current = null;
    event.currentTarget.setPointerCapture(event.pointerId);
    drag.current = {
      pointerId: event.pointerId,
      startY: event.clientY - pullFor(currentOffset(panelRef.current)),
      samples: [{ y: event.clientY, t: event.timeStamp }],
    };
    void loadAnimate().catch(() => undefined); // ready by the time the finger lifts
  };

  const onPointerMove = (event: ReactPointerEvent<HTMLElement>) => {
    const current = drag.current;
    if (!current || event.pointerId !== current.pointerId) return;
    current.samples = recentSamples([...current.samples, { y: event.clientY, t: event.timeStamp }]);
    moveSheet(sheetOffset(event.clientY - current.startY));
  };

  const onPointerEnd = (event: ReactPointerEvent<HTMLElement>) => {
    const current = drag.current;
    if (!current || event.pointerId !== current.pointerId) return;
    drag.current = null;
    const pulled = event.clientY - current.startY;
    const velocity = releaseVelocity([...current.samples, { y: event.clientY, t: event.timeStamp }]);
    if (event.type === "pointerup" && closesOnRelease(pulled, velocity)) onClose();
    else void settle();
  };

  return {
    onPointerDown,
    onPointerMove,
    onPointerUp: onPointerEnd,
    onPointerCancel: onPointerEnd,
  };
}
