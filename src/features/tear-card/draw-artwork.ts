import { artworkFor, GLOW_STOPS, type ArtworkEntry, type Shape } from "../entries/artwork/artwork";
import type { CardContext } from "./canvas-context";
import { roundedRectPath } from "./canvas-shapes";

// Replays an entry's generated artwork onto a canvas, following the drawing contract in
// entries/artwork.ts: the sky gradient first, then the shapes in order. The art is laid
// out for the exact tile size, so small tiles keep their composition instead of being
// scaled down from a large picture.

const CORNER_RADIUS = 0.08; // of the shorter side, close to the site's rounded cards

export function drawArtwork(
  ctx: CardContext,
  entry: ArtworkEntry,
  x: number,
  y: number,
  width: number,
  height: number,
) {
  const { palette, shapes } = artworkFor(entry, width, height);
  ctx.save();
  roundedRectPath(ctx, x, y, width, height, Math.min(width, height) * CORNER_RADIUS);
  ctx.clip();
  ctx.translate(x, y);
  const sky = ctx.createLinearGradient(0, 0, 0, height);
  sky.addColorStop(0, palette.sky[0]);
  sky.addColorStop(1, palette.sky[1]);
  ctx.fillStyle = sky;
  ctx.fillRect(0, 0, width, height);
  for (const shape of shapes) drawShape(ctx, shape);
  ctx.restore();
}

function drawShape(ctx: CardContext, shape: Shape) {
  ctx.save();
  ctx.globalAlpha = shape.opacity ?? 1;
  ctx.lineWidth = shape.strokeWidth ?? 1;
  ctx.lineCap = shape.lineCap ?? "butt";
  if (shape.stroke !== undefined) ctx.strokeStyle = shape.stroke;
  switch (shape.kind) {
    case "rect":
      if (shape.rx) roundedRectPath(ctx, shape.x, shape.y, shape.width, shape.height, shape.rx);
      else {
        ctx.beginPath();
        ctx.rect(shape.x, shape.y, shape.width, shape.height);
      }
      paint(ctx, shape);
      break;
    case "circle":
      ctx.beginPath();
      ctx.arc(shape.cx, shape.cy, shape.r, 0, Math.PI * 2);
      if (shape.soft && shape.fill !== undefined) {
        ctx.fillStyle = glowGradient(ctx, shape.cx, shape.cy, shape.r, shape.fill);
        ctx.fill();
        if (shape.stroke !== undefined) ctx.stroke();
      } else paint(ctx, shape);
      break;
    case "line":
      ctx.beginPath();
      ctx.moveTo(shape.x1, shape.y1);
      ctx.lineTo(shape.x2, shape.y2);
      ctx.stroke();
      break;
    case "path": {
      // The contract limits paths to absolute M/L/Q/C/Z, which Path2D reads natively.
      const path = new Path2D(shape.d);
      if (shape.fill !== undefined) {
        ctx.fillStyle = shape.fill;
        ctx.fill(path, shape.fillRule ?? "nonzero");
      }
      if (shape.stroke !== undefined) ctx.stroke(path);
      break;
    }
  }
  ctx.restore();
}

// A missing fill or stroke means none, unlike canvas defaults (black), as in the SVG renderer.
function paint(ctx: CardContext, shape: Shape) {
  if (shape.fill !== undefined) {
    ctx.fillStyle = shape.fill;
    ctx.fill();
  }
  if (shape.stroke !== undefined) ctx.stroke();
}

function glowGradient(ctx: CardContext, cx: number, cy: number, r: number, color: string): CanvasGradient {
  const gradient = ctx.createRadialGradient(cx, cy, 0, cx, cy, r);
  for (const [offset, opacity] of GLOW_STOPS) gradient.addColorStop(offset, withAlpha(color, opacity));
  return gradient;
}

/** "#f1c877" at 0.5 → "rgba(241, 200, 119, 0.5)". Colours other than #rrggbb pass through. */
export function withAlpha(color: string, alpha: number): string {
  const match = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(color);
  if (!match) return color;
  const [r, g, b] = match.slice(1).map((hex) => Number.parseInt(hex, 16));
  return `rgba(${r}, ${g}, ${b}, ${alpha})`;
}
