import type { CardContext } from "./canvas-context";
import { COLORS } from "./card-look";
import { withAlpha } from "./draw-artwork";

// The card's night sky: the site's dusk gradient, a little warm haze and a few fireflies.
// Nothing here is random, so the same marks always make the same picture.

// Fireflies, placed by hand in the open space right of the words, where they never sit
// behind text. Positions are fractions of the card; sizes in px.
const FIREFLIES = [
  { x: 0.83, y: 0.075, r: 4 },
  { x: 0.74, y: 0.13, r: 3 },
  { x: 0.9, y: 0.17, r: 5 },
  { x: 0.79, y: 0.215, r: 2.5 },
  { x: 0.94, y: 0.32, r: 3 },
] as const;

export function drawBackground(ctx: CardContext, width: number, height: number) {
  const sky = ctx.createLinearGradient(0, 0, 0, height);
  sky.addColorStop(0, COLORS.night);
  sky.addColorStop(1, COLORS.skyTop);
  ctx.fillStyle = sky;
  ctx.fillRect(0, 0, width, height);

  // A low warm haze behind the header, as if the fireflies lit the air a little.
  const hazeX = width * 0.86;
  const hazeY = height * 0.14;
  const haze = ctx.createRadialGradient(hazeX, hazeY, 0, hazeX, hazeY, 420);
  haze.addColorStop(0, withAlpha(COLORS.glow, 0.1));
  haze.addColorStop(1, withAlpha(COLORS.glow, 0));
  ctx.fillStyle = haze;
  ctx.fillRect(0, 0, width, height);

  for (const fly of FIREFLIES) {
    const x = fly.x * width;
    const y = fly.y * height;
    const halo = ctx.createRadialGradient(x, y, 0, x, y, fly.r * 7);
    halo.addColorStop(0, withAlpha(COLORS.glow, 0.35));
    halo.addColorStop(1, withAlpha(COLORS.glow, 0));
    ctx.fillStyle = halo;
    ctx.beginPath();
    ctx.arc(x, y, fly.r * 7, 0, Math.PI * 2);
    ctx.fill();
    ctx.fillStyle = withAlpha(COLORS.glow, 0.9);
    ctx.beginPath();
    ctx.arc(x, y, fly.r, 0, Math.PI * 2);
    ctx.fill();
  }
}
