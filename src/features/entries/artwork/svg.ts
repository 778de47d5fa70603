import { escapeXml } from "../../../lib/escape-xml";
import { GLOW_STOPS, artworkFor, type ArtworkEntry, type Shape } from "./artwork";

// The artwork as SVG text: for the build's link previews and the page's inline picture.

export function skyGradientId(slug: string): string {
  return `sky-${slug.replace(/[^a-z0-9-]/gi, "-")}`;
}

function attributes(pairs: Record<string, string | number | undefined>): string {
  return Object.entries(pairs)
    .filter((pair): pair is [string, string | number] => pair[1] !== undefined)
    .map(([name, value]) => ` ${name}="${escapeXml(String(value))}"`)
    .join("");
}

// Soft circles need one radial gradient per colour; renderers share this list so ids match.
export function glowColors(shapes: readonly Shape[]): string[] {
  const colors = new Set<string>();
  for (const shape of shapes) {
    if (shape.kind === "circle" && shape.soft && shape.fill !== undefined) colors.add(shape.fill);
  }
  return [...colors];
}

export function glowGradientId(skyId: string, index: number): string {
  return `${skyId}-glow-${index}`;
}

export function fillOf(shape: Shape, skyId: string, glows: readonly string[]): string {
  if (shape.fill === undefined) return "none";
  if (shape.kind === "circle" && shape.soft)
    return `url(#${glowGradientId(skyId, glows.indexOf(shape.fill))})`;
  return shape.fill;
}

function shapeToSvg(shape: Shape, fill: string): string {
  const paint = {
    fill,
    stroke: shape.stroke,
    "stroke-width": shape.strokeWidth,
    "stroke-linecap": shape.lineCap,
    opacity: shape.opacity,
  };
  switch (shape.kind) {
    case "rect":
      return `<rect${attributes({ x: shape.x, y: shape.y, width: shape.width, height: shape.height, rx: shape.rx, ...paint })}/>`;
    case "circle":
      return `<circle${attributes({ cx: shape.cx, cy: shape.cy, r: shape.r, ...paint })}/>`;
    case "line":
      return `<line${attributes({ x1: shape.x1, y1: shape.y1, x2: shape.x2, y2: shape.y2, ...paint })}/>`;
    case "path":
      return `<path${attributes({ d: shape.d, "fill-rule": shape.fillRule, ...paint })}/>`;
  }
}

export function artworkToSvg(
  entry: ArtworkEntry,
  width: number,
  height: number,
  options: { title?: string } = {},
): string {
  const { palette, shapes } = artworkFor(entry, width, height);
  const id = skyGradientId(entry.slug);
  const glows = glowColors(shapes);
  const glowDefs = glows.map(
    (color, index) =>
      `<radialGradient id="${glowGradientId(id, index)}">${GLOW_STOPS.map(
        ([offset, opacity]) => `<stop offset="${offset}" stop-color="${color}" stop-opacity="${opacity}"/>`,
      ).join("")}</radialGradient>`,
  );
  const title = options.title;
  const labelled =
    title === undefined ? ' aria-hidden="true"' : ` role="img" aria-label="${escapeXml(title)}"`;
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}"${labelled}>`,
    title === undefined ? "" : `<title>${escapeXml(title)}</title>`,
    `<defs><linearGradient id="${id}" x1="0" y1="0" x2="0" y2="1">`,
    `<stop offset="0" stop-color="${palette.sky[0]}"/><stop offset="1" stop-color="${palette.sky[1]}"/>`,
    `</linearGradient>`,
    ...glowDefs,
    `</defs>`,
    `<rect width="${width}" height="${height}" fill="url(#${id})"/>`,
    ...shapes.map((shape) => shapeToSvg(shape, fillOf(shape, id, glows))),
    `</svg>`,
  ].join("");
}
