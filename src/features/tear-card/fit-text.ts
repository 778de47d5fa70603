import type { CardContext } from "./canvas-context";

// Text on the card never runs past its box: first it gets smaller, and only when the
// smallest size is still too wide is it cut with an ellipsis. Both functions leave
// ctx.font set to the size they chose, ready for fillText.

export type FontAt = (size: number) => string; // size in px → a CSS font shorthand
export type FittedText = { text: string; size: number };

const SIZE_STEP = 2; // px

export function fitText(
  ctx: CardContext,
  text: string,
  maxWidth: number,
  fontAt: FontAt,
  sizes: { max: number; min: number },
): FittedText {
  for (let size = sizes.max; size >= sizes.min; size -= SIZE_STEP) {
    ctx.font = fontAt(size);
    if (ctx.measureText(text).width <= maxWidth) return { text, size };
  }
  ctx.font = fontAt(sizes.min);
  return { text: ellipsize(ctx, text, maxWidth), size: sizes.min };
}

/** Cuts `text` at a whole character (never half a surrogate pair) and adds "…" to fit. */
export function ellipsize(ctx: CardContext, text: string, maxWidth: number): string {
  if (ctx.measureText(text).width <= maxWidth) return text;
  const characters = [...text];
  while (characters.length > 0) {
    characters.pop();
    const candidate = `${characters.join("").trimEnd()}…`;
    if (ctx.measureText(candidate).width <= maxWidth) return candidate;
  }
  return "";
}
