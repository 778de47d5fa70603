import type { Motif, Palette } from "./artwork";
import { between, clamp, pick, type Rng } from "./math";

// ---------------------------------------------------------------------------------------
// Colour. Every dusk is low in saturation and lightness so the set reads as one family
// and never turns neon; the seed only nudges hue and light within a chosen dusk.

type Hsl = readonly [hue: number, saturation: number, lightness: number];
type Dusk = { top: Hsl; bottom: Hsl; glow: Hsl };

const DUSKS = {
  indigoRose: { top: [234, 32, 15], bottom: [338, 26, 38], glow: [28, 70, 72] },
  plumAmber: { top: [282, 24, 14], bottom: [18, 34, 40], glow: [36, 68, 70] },
  slateLavender: { top: [216, 28, 16], bottom: [262, 18, 38], glow: [340, 46, 80] },
  deepTeal: { top: [198, 36, 12], bottom: [176, 20, 30], glow: [46, 60, 74] },
  indigoPlum: { top: [248, 30, 13], bottom: [304, 18, 32], glow: [18, 60, 76] },
  emberSlate: { top: [222, 26, 11], bottom: [20, 32, 32], glow: [30, 74, 64] },
  mistBlue: { top: [212, 22, 19], bottom: [222, 16, 42], glow: [44, 40, 82] },
} satisfies Record<string, Dusk>;

type DuskName = keyof typeof DUSKS;

// A theme leans towards the dusks that suit it; the seed chooses among them.
const DUSKS_BY_MOTIF: Readonly<Record<Motif, readonly [DuskName, ...DuskName[]]>> = {
  rain: ["slateLavender", "mistBlue", "indigoRose"],
  petals: ["indigoRose", "slateLavender", "plumAmber"],
  "two-lights": ["indigoPlum", "indigoRose", "slateLavender"],
  "lit-windows": ["plumAmber", "indigoRose", "emberSlate"],
  lanterns: ["plumAmber", "deepTeal", "indigoPlum"],
  "rising-sun": ["indigoRose", "plumAmber", "emberSlate"],
  orbit: ["indigoPlum", "deepTeal", "slateLavender"],
  embers: ["emberSlate", "plumAmber"],
  flame: ["indigoPlum", "emberSlate", "deepTeal"],
  circuit: ["deepTeal", "mistBlue", "slateLavender"],
  fireflies: ["deepTeal", "indigoPlum"],
};

function hslToHex([h, s, l]: Hsl): string {
  const sat = clamp(s, 0, 100) / 100;
  const light = clamp(l, 0, 100) / 100;
  const hue = ((h % 360) + 360) % 360;
  const chroma = (1 - Math.abs(2 * light - 1)) * sat;
  const channel = (n: number): string => {
    const k = (n + hue / 30) % 12;
    const value = light - chroma / 2 + (chroma / 2) * -Math.max(-1, Math.min(k - 3, 9 - k, 1));
    return Math.round(value * 255)
      .toString(16)
      .padStart(2, "0");
  };
  return `#${channel(0)}${channel(8)}${channel(4)}`;
}

export function paletteFor(motif: Motif, rng: Rng): Palette {
  const dusk: Dusk = DUSKS[pick(rng, DUSKS_BY_MOTIF[motif])];
  // One shared hue shift keeps top and bottom of the sky in the same relationship.
  const shift = between(rng, -10, 10);
  const lift = between(rng, -2, 3);
  const nudge = ([h, s, l]: Hsl, extra: number): Hsl => [
    h + shift + extra,
    s + between(rng, -4, 4),
    l + lift,
  ];
  const top = nudge(dusk.top, 0);
  const bottom = nudge(dusk.bottom, between(rng, -6, 6));
  const glow: Hsl = [dusk.glow[0] + shift * 0.5, dusk.glow[1], dusk.glow[2]];
  const ink: Hsl = [top[0], top[1] * 0.8, Math.max(5, top[2] - 8)];
  return { sky: [hslToHex(top), hslToHex(bottom)], glow: hslToHex(glow), ink: hslToHex(ink) };
}
