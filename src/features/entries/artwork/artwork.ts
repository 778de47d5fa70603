import type { Entry } from "../entry-schema";
import type { Theme } from "../vocabulary";
import { seededRandom } from "../../../lib/seeded-random";
import { hashString } from "./math";
import { circuit } from "./motifs/circuit";
import { embers } from "./motifs/embers";
import { fireflies } from "./motifs/fireflies";
import { flame } from "./motifs/flame";
import { lanterns } from "./motifs/lanterns";
import { litWindows } from "./motifs/lit-windows";
import { orbit } from "./motifs/orbit";
import { petals } from "./motifs/petals";
import { rain } from "./motifs/rain";
import { risingSun } from "./motifs/rising-sun";
import { twoLights } from "./motifs/two-lights";
import { paletteFor } from "./palette";
import { Scene, type Draw } from "./scene";

// Each entry's artwork is generated, never drawn from the show, so nothing copyrighted is
// shipped. It is plain data so that one description can be painted by React in the page,
// serialised to SVG for the build-time link previews, and replayed onto a canvas.
//
// Drawing contract for any renderer:
//   1. paint a vertical linear gradient from palette.sky[0] (top) to palette.sky[1] (bottom);
//   2. paint the shapes in order. A missing fill means "no fill" (SVG would default to black),
//      a missing stroke means "no stroke". Paths use only absolute M, L, Q, C and Z, so a
//      canvas can draw them with `new Path2D(d)`.
// The only effect is a "soft" circle: its fill fades radially from the colour at the centre
// to transparent at the rim (SVG radialGradient, canvas createRadialGradient, stops in
// GLOW_STOPS). No filters or blur, so every renderer draws the same picture.

export type Motif =
  | "rain"
  | "petals"
  | "two-lights"
  | "lit-windows"
  | "lanterns"
  | "rising-sun"
  | "orbit"
  | "embers"
  | "flame"
  | "circuit"
  | "fireflies";

export const MOTIF_BY_THEME: Readonly<Record<Theme, Motif>> = {
  grief: "rain",
  "first-love": "petals",
  "star-crossed": "two-lights",
  family: "lit-windows",
  friendship: "lanterns",
  "growing-up": "rising-sun",
  "time-and-distance": "orbit",
  war: "embers",
  sacrifice: "flame",
  androids: "circuit",
  supernatural: "fireflies",
};

export type Palette = { sky: [string, string]; glow: string; ink: string };

export type Paint = {
  fill?: string;
  stroke?: string;
  strokeWidth?: number;
  opacity?: number;
  lineCap?: "round";
};

export type Shape =
  | (Paint & { kind: "rect"; x: number; y: number; width: number; height: number; rx?: number })
  | (Paint & { kind: "circle"; cx: number; cy: number; r: number; soft?: boolean })
  | (Paint & { kind: "line"; x1: number; y1: number; x2: number; y2: number; stroke: string })
  | (Paint & { kind: "path"; d: string; fillRule?: "evenodd" });

export type Artwork = { palette: Palette; motif: Motif; shapes: Shape[] };

// Offset and opacity of the soft-circle fade; the quick fall-off near the centre reads as
// light scattering in haze rather than as a flat disc.
export const GLOW_STOPS: readonly (readonly [offset: number, opacity: number])[] = [
  [0, 1],
  [0.25, 0.55],
  [0.6, 0.15],
  [1, 0],
];

export type ArtworkEntry = Pick<Entry, "slug" | "rank" | "themes">;

const DRAW: Readonly<Record<Motif, Draw>> = {
  rain,
  petals,
  "two-lights": twoLights,
  "lit-windows": litWindows,
  lanterns,
  "rising-sun": risingSun,
  orbit,
  embers,
  flame,
  circuit,
  fireflies,
};

export const MAX_SHAPES = 60;

export function artworkFor(entry: ArtworkEntry, width: number, height: number): Artwork {
  const motif = MOTIF_BY_THEME[entry.themes[0] ?? "supernatural"];
  const seed = hashString(`${entry.slug}#${entry.rank}`);
  // Palette and layout draw from separate streams, so reshaping a motif later does not
  // repaint every sky.
  const palette = paletteFor(motif, seededRandom(seed));
  const scene = new Scene(Math.max(1, width), Math.max(1, height), seededRandom(seed ^ 0x9e3779b9), palette);
  DRAW[motif](scene);
  return { palette, motif, shapes: scene.shapes.slice(0, MAX_SHAPES) };
}
