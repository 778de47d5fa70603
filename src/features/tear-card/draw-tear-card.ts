import type { CardContext } from "./canvas-context";
import { teardropPath } from "./canvas-shapes";
import { COLORS, drawLabel, MARGIN, sans, serif, serifItalic } from "./card-look";
import { withAlpha } from "./draw-artwork";
import { drawBackground } from "./draw-background";
import { drawBadge, drawTileGrid } from "./draw-tile-grid";
import { fitText } from "./fit-text";
import {
  cardDate,
  gridLabel,
  HARDEST_LABEL,
  hitLine,
  NO_HARDEST_LINE,
  statsRuns,
  type TextRun,
} from "./tear-card-copy";
import type { TearCardData } from "./tear-card-data";

export const TEAR_CARD_WIDTH = 1080; // px, a 4:5 portrait that social feeds show uncropped
export const TEAR_CARD_HEIGHT = 1350; // px

// The card is type-led: a quiet sky, a title, two sentences about the person, and the
// list as small pictures. Every block has a fixed place, so a card with no marks and one
// with all 21 share the same rhythm; only the words and the tiles change.

const LEFT = MARGIN;
const RIGHT = TEAR_CARD_WIDTH - MARGIN;
const CONTENT_WIDTH = RIGHT - LEFT;

// Baselines and rules, top to bottom (px).
const LAYOUT = {
  wordmark: 128,
  title: 236,
  stats: 308,
  firstRule: 364,
  hardestLabel: 428,
  hardestTitle: 506,
  tearsTop: 536,
  secondRule: 620,
  gridLabel: 684,
  gridTop: 716,
  gridBottom: 1176,
  footer: TEAR_CARD_HEIGHT - MARGIN,
} as const;

const TONE: Readonly<Record<TextRun["tone"], string>> = {
  ink: COLORS.ink,
  glow: COLORS.glow,
  rose: COLORS.rose,
};

export function drawTearCard(ctx: CardContext, data: TearCardData) {
  ctx.save();
  ctx.textBaseline = "alphabetic";
  drawBackground(ctx, TEAR_CARD_WIDTH, TEAR_CARD_HEIGHT);
  drawHeader(ctx);
  drawStats(ctx, data);
  drawRule(ctx, LAYOUT.firstRule);
  drawHardest(ctx, data.hardest);
  drawRule(ctx, LAYOUT.secondRule);
  drawGridHeading(ctx, data.total);
  drawTileGrid(ctx, data.tiles, {
    x: LEFT,
    y: LAYOUT.gridTop,
    width: CONTENT_WIDTH,
    height: LAYOUT.gridBottom - LAYOUT.gridTop,
  });
  drawFooter(ctx, data.date);
  ctx.restore();
}

function drawHeader(ctx: CardContext) {
  ctx.fillStyle = COLORS.glow;
  ctx.beginPath();
  ctx.arc(LEFT + 6, LAYOUT.wordmark - 7, 6, 0, Math.PI * 2);
  ctx.fill();
  drawLabel(ctx, "Made Us Cry", LEFT + 24, LAYOUT.wordmark, withAlpha(COLORS.ink, 0.85));

  const title = fitText(ctx, "My tear card", CONTENT_WIDTH, serif, { max: 100, min: 60 });
  ctx.fillStyle = COLORS.ink;
  ctx.textAlign = "left";
  ctx.fillText(title.text, LEFT - 4, LAYOUT.title);
}

function drawStats(ctx: CardContext, data: TearCardData) {
  const runs = statsRuns(data);
  const max = 42;
  // Runs share one size: scale them down together if the whole line would not fit.
  ctx.font = serif(max);
  const width = runs.reduce((sum, run) => sum + ctx.measureText(run.text).width, 0);
  const size = width <= CONTENT_WIDTH ? max : Math.floor((max * CONTENT_WIDTH) / width);
  ctx.font = serif(size);
  ctx.textAlign = "left";
  let x = LEFT;
  for (const run of runs) {
    ctx.fillStyle = TONE[run.tone];
    ctx.fillText(run.text, x, LAYOUT.stats);
    x += ctx.measureText(run.text).width;
  }
}

function drawRule(ctx: CardContext, y: number) {
  ctx.fillStyle = COLORS.line;
  ctx.fillRect(LEFT, y, CONTENT_WIDTH, 2);
}

function drawHardest(ctx: CardContext, hardest: TearCardData["hardest"]) {
  drawLabel(ctx, HARDEST_LABEL, LEFT, LAYOUT.hardestLabel, COLORS.glow);
  ctx.textAlign = "left";
  if (hardest === null) {
    const line = fitText(ctx, NO_HARDEST_LINE, CONTENT_WIDTH, serifItalic, { max: 40, min: 28 });
    ctx.fillStyle = COLORS.muted;
    ctx.fillText(line.text, LEFT, LAYOUT.hardestTitle);
    return;
  }

  const rank = `#${hardest.rank}`;
  ctx.font = serif(64);
  const rankWidth = ctx.measureText(rank).width;
  ctx.fillStyle = COLORS.glow;
  ctx.fillText(rank, LEFT - 2, LAYOUT.hardestTitle);

  const titleX = LEFT + rankWidth + 22;
  const title = fitText(ctx, hardest.title, RIGHT - titleX, serif, { max: 64, min: 36 });
  ctx.fillStyle = COLORS.ink;
  ctx.fillText(title.text, titleX, LAYOUT.hardestTitle);

  drawTears(ctx, hardest.hit, titleX, LAYOUT.tearsTop);
}

/** The rating as five drops, the earned ones filled, then "4 of 5 tears" for anyone who counts. */
function drawTears(ctx: CardContext, hit: number, x: number, top: number) {
  const height = 36; // px
  const pitch = 34; // px from one drop to the next
  for (let i = 0; i < 5; i++) {
    teardropPath(ctx, x + 12 + i * pitch, top, height);
    if (i < hit) {
      ctx.fillStyle = COLORS.rose;
      ctx.fill();
    } else {
      ctx.strokeStyle = withAlpha(COLORS.rose, 0.5);
      ctx.lineWidth = 2;
      ctx.stroke();
    }
  }
  ctx.font = sans(24);
  ctx.fillStyle = COLORS.muted;
  ctx.textAlign = "left";
  ctx.fillText(hitLine(hit), x + 5 * pitch + 18, top + height - 6);
}

function drawGridHeading(ctx: CardContext, total: number) {
  drawLabel(ctx, gridLabel(total), LEFT, LAYOUT.gridLabel, COLORS.muted);

  // A key on the right, so a stranger can read the marks without the site.
  const badge = 12; // px radius
  const y = LAYOUT.gridLabel - 7;
  ctx.font = sans(21);
  ctx.textAlign = "left";
  const criedText = "made me cry";
  const watchedText = "watched";
  const criedX = RIGHT - ctx.measureText(criedText).width;
  const criedBadge = criedX - badge - 10;
  const watchedX = criedBadge - badge - 32 - ctx.measureText(watchedText).width;
  const watchedBadge = watchedX - badge - 10;
  drawBadge(ctx, "watched", watchedBadge, y, badge);
  drawBadge(ctx, "cried", criedBadge, y, badge);
  ctx.font = sans(21);
  ctx.fillStyle = COLORS.muted;
  ctx.textAlign = "left";
  ctx.fillText(watchedText, watchedX, LAYOUT.gridLabel);
  ctx.fillText(criedText, criedX, LAYOUT.gridLabel);
}

function drawFooter(ctx: CardContext, date: Date) {
  ctx.font = sans(22);
  ctx.fillStyle = COLORS.muted;
  ctx.textAlign = "left";
  ctx.fillText(cardDate(date), LEFT, LAYOUT.footer);

  ctx.font = serifItalic(26);
  ctx.fillStyle = COLORS.glow;
  ctx.textAlign = "right";
  ctx.fillText("Made Us Cry", RIGHT, LAYOUT.footer);
}
