import { useId } from "react";
import {
  artworkFor,
  fillOf,
  GLOW_STOPS,
  glowColors,
  glowGradientId,
  skyGradientId,
  type ArtworkEntry,
  type Shape,
} from "./artwork";

// The card frame is 400×250; the SVG is drawn at that size and left to scale, so the
// layout stays the same as the link preview and the tear card, only cropped by "slice".
const WIDTH = 400;
const HEIGHT = 250;

type EntryArtworkProps = {
  entry: ArtworkEntry;
  className?: string;
};

function ArtworkShape({ shape, fill }: { shape: Shape; fill: string }) {
  const paint = {
    fill,
    stroke: shape.stroke,
    strokeWidth: shape.strokeWidth,
    strokeLinecap: shape.lineCap,
    opacity: shape.opacity,
  };
  switch (shape.kind) {
    case "rect":
      return (
        <rect x={shape.x} y={shape.y} width={shape.width} height={shape.height} rx={shape.rx} {...paint} />
      );
    case "circle":
      return <circle cx={shape.cx} cy={shape.cy} r={shape.r} {...paint} />;
    case "line":
      return <line x1={shape.x1} y1={shape.y1} x2={shape.x2} y2={shape.y2} {...paint} />;
    case "path":
      return <path d={shape.d} fillRule={shape.fillRule} {...paint} />;
  }
}

export function EntryArtwork({ entry, className }: EntryArtworkProps) {
  const { palette, shapes } = artworkFor(entry, WIDTH, HEIGHT);
  // The same entry can be on screen twice (list and detail). If ids repeated and the first
  // copy sat in a hidden subtree, browsers would drop the gradient from every copy.
  const instance = useId().replace(/[^a-zA-Z0-9_-]/g, "");
  const skyId = `${skyGradientId(entry.slug)}-${instance}`;
  const glows = glowColors(shapes);

  return (
    <svg
      className={className}
      viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
      preserveAspectRatio="xMidYMid slice"
      aria-hidden="true"
      focusable="false"
    >
      <defs>
        <linearGradient id={skyId} x1="0" y1="0" x2="0" y2="1">
          <stop offset="0" stopColor={palette.sky[0]} />
          <stop offset="1" stopColor={palette.sky[1]} />
        </linearGradient>
        {glows.map((color, index) => (
          <radialGradient key={color} id={glowGradientId(skyId, index)}>
            {GLOW_STOPS.map(([offset, opacity]) => (
              <stop key={offset} offset={offset} stopColor={color} stopOpacity={opacity} />
            ))}
          </radialGradient>
        ))}
      </defs>
      <rect width={WIDTH} height={HEIGHT} fill={`url(#${skyId})`} />
      {shapes.map((shape, index) => (
        // The list is regenerated whole and never reordered, so the index is a stable key.
        <ArtworkShape key={index} shape={shape} fill={fillOf(shape, skyId, glows)} />
      ))}
    </svg>
  );
}
