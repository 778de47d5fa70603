import type { CardContext } from "./canvas-context";
import { checkPath, roundedRectPath, teardropPath } from "./canvas-shapes";
import { COLORS, sans, sansBold } from "./card-look";
import { drawArtwork, withAlpha } from "./draw-artwork";
import type { TearCardTile } from "./tear-card-data";

// The 21 shows as small pictures, each telling at a glance whether it was watched (a check),
// cried over (a rose frame and a teardrop) or not yet seen (faded to grey).

export type Box = { x: number; y: number; width: number; height: number };

const COLUMNS = 7; // 21 shows make three even rows
const GAP = 16; // px between tiles
const ROW_GAP = 10; // px under each rank number
const LABEL_HEIGHT = 34; // px for the rank number under a tile
const CORNER = 0.08; // of the tile side, as in drawArtwork
const OUTLINE = 3; // px, the rose frame of a show that made the person cry
const OUTLINE_ROOM = OUTLINE + 2; // px kept free around the grid so a frame never crosses the margin

type GridLayout = { columns: number; size: number; left: number; top: number };

/** Square tiles as large as fit the box, centred across it. */
function gridLayout(count: number, box: Box): GridLayout {
  const columns = Math.min(COLUMNS, Math.max(1, count));
  const rows = Math.max(1, Math.ceil(count / columns));
  const byWidth = (box.width - 2 * OUTLINE_ROOM - (columns - 1) * GAP) / columns;
  const byHeight = (box.height - rows * LABEL_HEIGHT - (rows - 1) * ROW_GAP) / rows;
  const size = Math.max(1, Math.floor(Math.min(byWidth, byHeight)));
  const gridWidth = columns * size + (columns - 1) * GAP;
  return { columns, size, left: box.x + (box.width - gridWidth) / 2, top: box.y };
}

export function drawTileGrid(ctx: CardContext, tiles: readonly TearCardTile[], box: Box) {
  const { columns, size, left, top } = gridLayout(tiles.length, box);
  tiles.forEach((tile, index) => {
    const x = left + (index % columns) * (size + GAP);
    const y = top + Math.floor(index / columns) * (size + LABEL_HEIGHT + ROW_GAP);
    drawTile(ctx, tile, x, y, size);
  });
}

function drawTile(ctx: CardContext, tile: TearCardTile, x: number, y: number, size: number) {
  const radius = size * CORNER;
  drawArtwork(ctx, tile, x, y, size, size);
  if (tile.status === "unwatched") fadeTile(ctx, x, y, size, radius);
  if (tile.status === "cried") {
    ctx.save();
    // The frame sits just outside the picture, so it hides none of it.
    roundedRectPath(ctx, x - OUTLINE, y - OUTLINE, size + 2 * OUTLINE, size + 2 * OUTLINE, radius + OUTLINE);
    ctx.strokeStyle = COLORS.rose;
    ctx.lineWidth = OUTLINE;
    ctx.stroke();
    ctx.restore();
  }
  if (tile.status !== "unwatched") {
    const badge = Math.max(10, Math.round(size * 0.14));
    drawBadge(ctx, tile.status, x + size - badge - 6, y + badge + 6, badge);
  }

  ctx.save();
  ctx.font = tile.status === "unwatched" ? sans(Math.round(size * 0.18)) : sansBold(Math.round(size * 0.18));
  ctx.fillStyle = { unwatched: COLORS.faint, watched: COLORS.muted, cried: COLORS.rose }[tile.status];
  ctx.textAlign = "center";
  ctx.fillText(`#${tile.rank}`, x + size / 2, y + size + LABEL_HEIGHT * 0.78);
  ctx.restore();
}

// Grey and dark, so the shows still to come recede but keep their shape.
function fadeTile(ctx: CardContext, x: number, y: number, size: number, radius: number) {
  ctx.save();
  roundedRectPath(ctx, x, y, size, size, radius);
  ctx.clip();
  ctx.globalCompositeOperation = "saturation";
  ctx.fillStyle = "#808080";
  ctx.fillRect(x, y, size, size);
  ctx.globalCompositeOperation = "source-over";
  ctx.fillStyle = withAlpha(COLORS.night, 0.45);
  ctx.fillRect(x, y, size, size);
  ctx.restore();
}

/** A small dark disc with a check (watched) or a teardrop (cried), centred on (cx, cy). */
export function drawBadge(ctx: CardContext, status: "watched" | "cried", cx: number, cy: number, r: number) {
  ctx.save();
  ctx.beginPath();
  ctx.arc(cx, cy, r, 0, Math.PI * 2);
  ctx.fillStyle = withAlpha(COLORS.night, 0.78);
  ctx.fill();
  if (status === "watched") {
    checkPath(ctx, cx, cy, r * 1.1);
    ctx.strokeStyle = COLORS.glow;
    ctx.lineWidth = Math.max(2, r * 0.2);
    ctx.lineCap = "round";
    ctx.lineJoin = "round";
    ctx.stroke();
  } else {
    teardropPath(ctx, cx, cy - r * 0.62, r * 1.25);
    ctx.fillStyle = COLORS.rose;
    ctx.fill();
  }
  ctx.restore();
}
