import type { CardContext } from "./canvas-context";

// Small outlines drawn with plain path calls (no roundRect or Path2D), so they work on
// every canvas still in use and can be recorded by the tests' fake context.

/** Starts a new path: a rectangle with corners of radius `r`. */
export function roundedRectPath(
  ctx: CardContext,
  x: number,
  y: number,
  width: number,
  height: number,
  r: number,
) {
  const radius = Math.max(0, Math.min(r, width / 2, height / 2));
  ctx.beginPath();
  ctx.moveTo(x + radius, y);
  ctx.arcTo(x + width, y, x + width, y + height, radius);
  ctx.arcTo(x + width, y + height, x, y + height, radius);
  ctx.arcTo(x, y + height, x, y, radius);
  ctx.arcTo(x, y, x + width, y, radius);
  ctx.closePath();
}

/**
 * Starts a new path: a teardrop `height` tall whose tip is at (cx, top). The body is a
 * circle with the tip pulled up by two curves, which reads as a drop even at 12 px.
 */
export function teardropPath(ctx: CardContext, cx: number, top: number, height: number) {
  const r = height * 0.34;
  const bodyY = top + height - r;
  ctx.beginPath();
  ctx.moveTo(cx, top);
  ctx.quadraticCurveTo(cx + r * 1.05, top + height * 0.4, cx + r, bodyY);
  ctx.arc(cx, bodyY, r, 0, Math.PI);
  ctx.quadraticCurveTo(cx - r * 1.05, top + height * 0.4, cx, top);
  ctx.closePath();
}

/** Starts a new path: a check mark that fits a square of `size` centred on (cx, cy). */
export function checkPath(ctx: CardContext, cx: number, cy: number, size: number) {
  const h = size / 2;
  ctx.beginPath();
  ctx.moveTo(cx - h * 0.8, cy + h * 0.05);
  ctx.lineTo(cx - h * 0.25, cy + h * 0.6);
  ctx.lineTo(cx + h * 0.85, cy - h * 0.55);
}
