// @vitest-environment jsdom
import { render } from "@testing-library/react";
import { createElement } from "react";
import { expect, test } from "vitest";
import { artworkFor, MAX_SHAPES, MOTIF_BY_THEME, type Shape } from "./artwork";
import { artworkToSvg } from "./svg";
import { EntryArtwork } from "../entry-artwork";
import { THEME_IDS, type Theme } from "../vocabulary";

const SIZES = [
  [400, 250],
  [1200, 630],
  [160, 160],
] as const;

const sample = (theme: Theme, slug = `sample-${theme}`, rank = 7) => ({ slug, rank, themes: [theme] });

// Every renderer clips differently, so the art must stay inside the frame on its own.
function boundsOf(shape: Shape): [number, number][] {
  switch (shape.kind) {
    case "rect":
      return [
        [shape.x, shape.y],
        [shape.x + shape.width, shape.y + shape.height],
      ];
    case "circle":
      return [
        [shape.cx - shape.r, shape.cy - shape.r],
        [shape.cx + shape.r, shape.cy + shape.r],
      ];
    case "line":
      return [
        [shape.x1, shape.y1],
        [shape.x2, shape.y2],
      ];
    case "path": {
      const numbers = (shape.d.match(/-?\d+(?:\.\d+)?/g) ?? []).map(Number);
      const points: [number, number][] = [];
      for (let i = 0; i + 1 < numbers.length; i += 2) points.push([numbers[i] ?? NaN, numbers[i + 1] ?? NaN]);
      return points;
    }
  }
}

test("the same entry always gets the same artwork", () => {
  const entry = { slug: "grave-of-the-fireflies", rank: 1, themes: ["war", "family"] as Theme[] };
  expect(artworkFor(entry, 400, 250)).toEqual(artworkFor(entry, 400, 250));
  expect(artworkToSvg(entry, 1200, 630)).toBe(artworkToSvg(entry, 1200, 630));
});

test("different slugs get different artwork, even with the same theme", () => {
  const a = artworkFor(sample("grief", "anohana"), 400, 250);
  const b = artworkFor(sample("grief", "clannad-after-story"), 400, 250);
  expect(a.motif).toBe(b.motif);
  expect(a.palette).not.toEqual(b.palette);
  expect(a.shapes).not.toEqual(b.shapes);
});

test("the motif comes from the first theme", () => {
  expect(artworkFor({ slug: "a", rank: 1, themes: ["androids", "grief"] }, 400, 250).motif).toBe("circuit");
  expect(artworkFor({ slug: "a", rank: 1, themes: ["grief", "androids"] }, 400, 250).motif).toBe("rain");
});

test("every theme has its own motif", () => {
  const motifs = THEME_IDS.map((theme) => MOTIF_BY_THEME[theme]);
  expect(motifs.every((motif) => typeof motif === "string")).toBe(true);
  expect(new Set(motifs).size).toBe(THEME_IDS.length);
});

test.each(THEME_IDS)("%s artwork stays in frame at every size, with a modest number of shapes", (theme) => {
  for (const rank of [1, 11, 21]) {
    for (const [width, height] of SIZES) {
      const { motif, shapes, palette } = artworkFor(sample(theme, `slug-${rank}`, rank), width, height);
      expect(motif).toBe(MOTIF_BY_THEME[theme]);
      expect(shapes.length).toBeGreaterThanOrEqual(10);
      expect(shapes.length).toBeLessThanOrEqual(MAX_SHAPES);
      for (const color of [...palette.sky, palette.glow, palette.ink])
        expect(color).toMatch(/^#[0-9a-f]{6}$/);
      for (const shape of shapes) {
        for (const [x, y] of boundsOf(shape)) {
          expect(x, `${motif} ${shape.kind} x at ${width}×${height}`).toBeGreaterThanOrEqual(0);
          expect(x, `${motif} ${shape.kind} x at ${width}×${height}`).toBeLessThanOrEqual(width);
          expect(y, `${motif} ${shape.kind} y at ${width}×${height}`).toBeGreaterThanOrEqual(0);
          expect(y, `${motif} ${shape.kind} y at ${width}×${height}`).toBeLessThanOrEqual(height);
        }
        if (shape.opacity !== undefined) expect(shape.opacity).toBeGreaterThanOrEqual(0);
        if (shape.opacity !== undefined) expect(shape.opacity).toBeLessThanOrEqual(1);
      }
    }
  }
});

test("the skies stay muted: no neon saturation, and dark at the top", () => {
  for (const theme of THEME_IDS) {
    for (let rank = 1; rank <= 21; rank++) {
      const { palette } = artworkFor(sample(theme, `entry-${rank}`, rank), 400, 250);
      for (const hex of palette.sky) {
        const [r, g, b] = [1, 3, 5].map((i) => Number.parseInt(hex.slice(i, i + 2), 16) / 255) as [
          number,
          number,
          number,
        ];
        const max = Math.max(r, g, b);
        const min = Math.min(r, g, b);
        // Chroma rather than HSL saturation: near-black colours read as "saturated" in HSL.
        expect(max - min).toBeLessThan(0.36);
        expect((max + min) / 2).toBeLessThan(0.5);
      }
    }
  }
});

test("artworkToSvg is a standalone, well-formed SVG with an escaped title", () => {
  const svg = artworkToSvg(sample("first-love", "your-lie-in-april"), 400, 250, {
    title: `Tom & Jerry <3 "quoted"`,
  });
  expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
  expect(svg.endsWith("</svg>")).toBe(true);
  expect(svg).toContain('viewBox="0 0 400 250"');
  expect(svg).toContain("<linearGradient");
  expect(svg).toContain("<title>Tom &amp; Jerry &lt;3 &quot;quoted&quot;</title>");
  expect(svg).not.toContain("<3");
  expect(svg).not.toMatch(/href=|url\((?!#)/);

  const doc = new DOMParser().parseFromString(svg, "image/svg+xml");
  expect(doc.getElementsByTagName("parsererror")).toHaveLength(0);
  expect(doc.documentElement.getAttribute("viewBox")).toBe("0 0 400 250");
  expect(doc.querySelector("title")?.textContent).toBe(`Tom & Jerry <3 "quoted"`);
  // Every url(#id) points at a gradient defined in the same document.
  for (const [, id] of svg.matchAll(/url\(#([^)]+)\)/g)) expect(doc.getElementById(id ?? "")).not.toBeNull();
});

test("without a title the SVG is decorative", () => {
  const svg = artworkToSvg(sample("war"), 160, 160);
  expect(svg).toContain('aria-hidden="true"');
  expect(svg).not.toContain("<title>");
});

test("EntryArtwork is a decorative, lazy image of the entry's generated artwork file", () => {
  const { container } = render(
    createElement(EntryArtwork, { entry: sample("supernatural", "wolf-children", 3) }),
  );
  const img = container.querySelector("img");
  expect(img).toHaveAttribute("src", "/art/wolf-children.svg");
  expect(img).toHaveAttribute("alt", "");
  expect(img).toHaveAttribute("width", "640");
  expect(img).toHaveAttribute("height", "400");
  expect(img).toHaveAttribute("loading", "lazy");
  expect(img).not.toHaveAttribute("fetchpriority");
  expect(container.querySelector("svg")).toBeNull();
});

test("the first card's EntryArtwork loads eagerly and first", () => {
  const { container } = render(
    createElement(EntryArtwork, {
      entry: sample("war", "grave-of-the-fireflies", 5),
      eager: true,
      className: "w-full",
    }),
  );
  const img = container.querySelector("img");
  expect(img).toHaveAttribute("loading", "eager");
  expect(img).toHaveAttribute("fetchpriority", "high");
  expect(img).toHaveClass("w-full", "object-cover");
});
