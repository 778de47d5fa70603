import type { CardContext } from "./canvas-context";
import type { FontAt } from "./fit-text";

// The product's dusk look, restated for canvas (which cannot read CSS variables from a
// detached or offscreen canvas). Values match the dark theme in src/styles/theme.css: the card
// is always the night version, whatever the person's system theme, so every card shared
// looks like every other.

export const MARGIN = 96; // px on every side; nothing but the background crosses it

export const COLORS = {
  night: "#0d0f1e",
  skyTop: "#1b1d3a",
  ink: "#ece8f3",
  muted: "#b9b4cc",
  faint: "#6f6a88", // rank numbers of shows not watched yet
  glow: "#f1c877",
  rose: "#eeb0be",
  line: "#2c3152",
} as const;

// System stacks, the same as the site's, so no font has to load before drawing.
const SERIF = '"Iowan Old Style", "Palatino Linotype", Palatino, "Noto Serif", Georgia, serif';
const SANS = 'system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", sans-serif';

export const serif: FontAt = (size) => `${size}px ${SERIF}`;
export const serifItalic: FontAt = (size) => `italic ${size}px ${SERIF}`;
export const sans: FontAt = (size) => `${size}px ${SANS}`;
export const sansBold: FontAt = (size) => `600 ${size}px ${SANS}`;

/** Small spaced capitals for labels; letterSpacing is ignored where unsupported, which is fine. */
export function drawLabel(
  ctx: CardContext,
  text: string,
  x: number,
  baseline: number,
  color: string,
  align: CanvasTextAlign = "left",
) {
  ctx.save();
  ctx.font = sansBold(19);
  ctx.letterSpacing = "4px";
  ctx.fillStyle = color;
  ctx.textAlign = align;
  ctx.fillText(text.toUpperCase(), x, baseline);
  ctx.restore();
}
