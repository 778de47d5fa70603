// The app icon: a raindrop under a firefly on a dusk square, drawn once as SVG and
// rasterised at build time for the web app manifest. `maskable` keeps the drawing
// inside the central 80 % safe zone that launchers crop to.
// The favicon is the same picture drawn plainer for 16–32 px (no gradient, no glow), in
// public/favicon.svg, and rasterised too: pages name the PNG (scripts/prerender-favicon.ts).

export const APP_ICONS = [
  { fileName: "icons/icon-192.png", size: 192, maskable: false },
  { fileName: "icons/icon-512.png", size: 512, maskable: false },
  { fileName: "icons/maskable-512.png", size: 512, maskable: true },
  { fileName: "icons/apple-touch-icon.png", size: 180, maskable: true },
] as const;

export const FAVICON = { source: "public/favicon.svg", fileName: "icons/favicon-32.png", size: 32 } as const;

/** An SVG drawn on a viewBox, given the pixel size to rasterise it at. */
export function sizedSvg(svg: string, size: number): string {
  return svg.replace("<svg ", `<svg width="${size}" height="${size}" `);
}

export function appIconSvg(size: number, maskable: boolean): string {
  const scale = maskable ? 0.72 : 1;
  const offset = (64 - 64 * scale) / 2;
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${size}" height="${size}" viewBox="0 0 64 64">
  <defs>
    <linearGradient id="sky" x1="0" y1="0" x2="0" y2="1">
      <stop offset="0" stop-color="#232650"/><stop offset="1" stop-color="#0d0f1e"/>
    </linearGradient>
    <radialGradient id="glow"><stop offset="0" stop-color="#f1c877" stop-opacity="0.9"/><stop offset="1" stop-color="#f1c877" stop-opacity="0"/></radialGradient>
  </defs>
  <rect width="64" height="64" rx="${maskable ? 0 : 14}" fill="url(#sky)"/>
  <g transform="translate(${offset} ${offset}) scale(${scale})">
    <path d="M32 13c-7 11-13 18-13 26a13 13 0 0 0 26 0c0-8-6-15-13-26z" fill="#9fb4e8"/>
    <path d="M25 40a7 7 0 0 0 5 7" stroke="#e4ecff" stroke-width="2.4" stroke-linecap="round" fill="none" opacity="0.7"/>
    <circle cx="47" cy="16" r="9" fill="url(#glow)"/>
    <circle cx="47" cy="16" r="3" fill="#f1c877"/>
  </g>
</svg>`;
}
