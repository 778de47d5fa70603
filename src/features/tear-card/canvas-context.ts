// The slice of the 2D canvas API the tear card uses. A real CanvasRenderingContext2D and an
// OffscreenCanvasRenderingContext2D both satisfy it, and so can a small recording fake in
// tests (jsdom has no canvas), which is why it is narrowed to what we call.
export type CardContext = Pick<
  CanvasRenderingContext2D,
  | "save"
  | "restore"
  | "translate"
  | "beginPath"
  | "closePath"
  | "moveTo"
  | "lineTo"
  | "quadraticCurveTo"
  | "bezierCurveTo"
  | "arc"
  | "arcTo"
  | "rect"
  | "fill"
  | "stroke"
  | "clip"
  | "fillRect"
  | "fillText"
  | "createLinearGradient"
  | "createRadialGradient"
  | "fillStyle"
  | "strokeStyle"
  | "lineWidth"
  | "lineCap"
  | "lineJoin"
  | "globalAlpha"
  | "globalCompositeOperation"
  | "font"
  | "textAlign"
  | "textBaseline"
  | "letterSpacing"
> & {
  // Only the advance width is read, so a fake need not invent the other metrics.
  measureText(text: string): Pick<TextMetrics, "width">;
};
