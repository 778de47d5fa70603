import { useLayoutEffect, useState, type RefObject } from "react";

/**
 * How far below the top of the document an element starts (px), kept current as the
 * page above it changes height (chips that wrap, a progress panel that opens, a window
 * resized): the window virtualizer needs it to map scroll positions to cards.
 * Measured before paint, so the first frame already has the cards in place.
 */
export function useDocumentTop(ref: RefObject<HTMLElement | null>): number {
  const [top, setTop] = useState(0);

  useLayoutEffect(() => {
    const element = ref.current;
    if (!element) return;
    const measure = () => setTop(Math.round(element.getBoundingClientRect().top + window.scrollY));
    measure();
    // Anything above the element that grows or shrinks changes the body's height too.
    if (typeof ResizeObserver === "undefined") return;
    const observer = new ResizeObserver(measure);
    observer.observe(document.body);
    return () => observer.disconnect();
  }, [ref]);

  return top;
}
