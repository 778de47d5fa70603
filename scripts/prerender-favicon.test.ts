import { expect, test } from "vitest";
import { faviconInliner } from "./prerender-favicon";

// The first bytes of any PNG, enough for the inliner, which never decodes the file.
const ICON = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
const LINK = '<link rel="icon" href="/icons/favicon-32.png" type="image/png" sizes="32x32">';
const page = (body: string, link = LINK) =>
  `<!doctype html><html><head>${link}</head><body>${body}</body></html>`;
let reads = 0;
const readIcon = (href: string) => {
  expect(href).toBe("/icons/favicon-32.png");
  reads += 1;
  return ICON;
};

test("a page that fits gets its PNG favicon as a base64 data: URI, as written or as serialized", () => {
  reads = 0;
  const inlineFavicon = faviconInliner(readIcon);
  for (const link of [LINK, LINK.replace(">", " />")]) {
    const html = inlineFavicon(page("<p>Hello</p>", link));
    expect(html).toContain(
      '<link rel="icon" href="data:image/png;base64,iVBORw0KGgo=" type="image/png" sizes="32x32"',
    );
    expect(html).not.toContain('href="/icons/favicon-32.png"');
    expect(html).toContain("<p>Hello</p>");
  }
  expect(reads).toBe(1); // one read for all the pages
});

test("a page past 14 kB gzip, or one that names no PNG icon, is left as it was", () => {
  // Random text barely compresses: about 15 kB gzip.
  let seed = 7;
  const noise = Array.from({ length: 20_000 }, () => {
    seed = (seed * 16807) % 2147483647;
    return String.fromCharCode(33 + (seed % 90));
  }).join("");
  const big = page(`<p>${noise.replace(/[<>&]/g, "x")}</p>`);
  const inlineFavicon = faviconInliner(readIcon);
  expect(inlineFavicon(big)).toBe(big);
  // An SVG icon would cost Chromium a layout and paint after every navigation: not inlined.
  const svg = page("<p>Hi</p>", '<link rel="icon" href="/favicon.svg" type="image/svg+xml">');
  expect(inlineFavicon(svg)).toBe(svg);
});
