import { expect, test } from "vitest";
import { faviconInliner } from "./prerender-favicon";

const ICON =
  '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 64 64"><rect width="64" height="64" fill="#161a30"/></svg>';
const page = (body: string, link = '<link rel="icon" href="/favicon.svg" type="image/svg+xml">') =>
  `<!doctype html><html><head>${link}</head><body>${body}</body></html>`;
let reads = 0;
const readIcon = (href: string) => {
  expect(href).toBe("/favicon.svg");
  reads += 1;
  return ICON;
};

test("a page that fits gets its SVG favicon as a data: URI, as written or as serialized", () => {
  reads = 0;
  const inlineFavicon = faviconInliner(readIcon);
  for (const link of [
    '<link rel="icon" href="/favicon.svg" type="image/svg+xml" />',
    '<link rel="icon" href="/favicon.svg" type="image/svg+xml">',
  ]) {
    const html = inlineFavicon(page("<p>Hello</p>", link));
    expect(html).toContain(
      `<link rel="icon" href="data:image/svg+xml,%3csvg%20xmlns='http://www.w3.org/2000/svg'%20viewBox='0%200%2064%2064'%3e`,
    );
    // A URL in HTML may hold no spaces.
    expect(/href="([^"]*)"/.exec(html)?.[1]).not.toContain(" ");
    expect(html).not.toContain('href="/favicon.svg"');
    expect(html).toContain("<p>Hello</p>");
  }
  expect(reads).toBe(1); // one read for all the pages
});

test("a page past 14 kB gzip, or one that names no SVG icon, is left as it was", () => {
  // Random text barely compresses: about 15 kB gzip.
  let seed = 7;
  const noise = Array.from({ length: 20_000 }, () => {
    seed = (seed * 16807) % 2147483647;
    return String.fromCharCode(33 + (seed % 90));
  }).join("");
  const big = page(`<p>${noise.replace(/[<>&]/g, "x")}</p>`);
  const inlineFavicon = faviconInliner(readIcon);
  expect(inlineFavicon(big)).toBe(big);
  const png = page("<p>Hi</p>", '<link rel="icon" href="/favicon.png" type="image/png">');
  expect(inlineFavicon(png)).toBe(png);
});
