import { expect, test } from "vitest";
import rawEntries from "../data/entries.json";
import { parseEntries } from "../src/features/entries/parse-entries";
import { fitTitle, OG_HEIGHT, OG_WIDTH, ogImageSvg, renderPng, wrapText, type OgEntry } from "./og-image";

const entry = (overrides: Partial<OgEntry> = {}): OgEntry => ({
  slug: "hal",
  rank: 14,
  themes: ["grief", "androids"],
  title: { english: "Hal", romaji: "Hal", native: "ハル" },
  year: 2013,
  format: "film",
  ...overrides,
});

const longTitle = (english: string) => entry({ title: { english, romaji: "x", native: "x" } });

const entries = parseEntries(rawEntries);

function pngSize(png: Uint8Array): { width: number; height: number } {
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  // The 8-byte signature, then the IHDR chunk: length, "IHDR", width, height.
  expect(Array.from(png.subarray(0, 8))).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  expect(new TextDecoder().decode(png.subarray(12, 16))).toBe("IHDR");
  return { width: view.getUint32(16), height: view.getUint32(20) };
}

const tspans = (svg: string): string[] =>
  Array.from(svg.matchAll(/<tspan x="\d+" y="\d+">([^<]*)<\/tspan>/g), (match) => match[1] ?? "");

test("an entry's preview is a 1200×630 SVG with rank, title, year and format", () => {
  const svg = ogImageSvg(entry());
  expect(svg).toMatch(
    /^<svg xmlns="http:\/\/www.w3.org\/2000\/svg" width="1200" height="630" viewBox="0 0 1200 630"/,
  );
  expect([OG_WIDTH, OG_HEIGHT]).toEqual([1200, 630]);
  expect(svg).toContain(">14</tspan>");
  expect(tspans(svg)).toEqual(["Hal"]);
  expect(svg).toContain("2013 · Film");
  expect(svg).toContain("MADE US CRY");
});

test("titles are escaped", () => {
  const svg = ogImageSvg(longTitle(`Rurouni Kenshin: Trust & Betrayal <"1999">`));
  expect(svg).toContain("Trust &amp; Betrayal");
  expect(svg).toContain("&lt;&quot;1999&quot;&gt;");
  expect(svg).not.toContain("Trust & Betrayal");
  expect(svg).toContain('aria-label="#14 Rurouni Kenshin: Trust &amp; Betrayal');
});

test("long titles wrap onto two or three balanced lines", () => {
  expect(tspans(ogImageSvg(longTitle("Anohana: The Flower We Saw That Day")))).toEqual([
    "Anohana: The Flower",
    "We Saw That Day",
  ]);
  // Balanced rather than greedy: no word left alone on the last line.
  expect(fitTitle("Your Lie in April").lines).toEqual(["Your Lie", "in April"]);
  const long = fitTitle("The Very Long Title of a Show That Would Never Fit on Two Lines of Serif");
  expect(long.lines.length).toBe(3);
  expect(long.size).toBeLessThan(fitTitle("Hal").size);
});

test("a title too long for three lines is cut with an ellipsis", () => {
  const { lines } = fitTitle("word ".repeat(40));
  expect(lines).toHaveLength(3);
  expect(lines[2]?.endsWith("…")).toBe(true);
});

test("wrapText keeps words whole and reports text that needs too many lines", () => {
  expect(wrapText("one two three", 7, 3)).toEqual(["one two", "three"]);
  expect(wrapText("one two three", 7, 1)).toBeNull();
  expect(wrapText("extraordinarily long", 5, 2)).toEqual(["extraordinarily", "long"]);
});

test("every title in the ranking fits in at most three lines", () => {
  for (const item of entries) {
    const { lines, size } = fitTitle(item.title.english);
    expect(lines.length, item.slug).toBeLessThanOrEqual(3);
    expect(lines.join(" "), item.slug).toBe(item.title.english);
    expect(size, item.slug).toBeGreaterThanOrEqual(58);
  }
});

test("the home preview names the countdown and shows the top three", () => {
  const svg = ogImageSvg("home", { entries });
  expect(svg).toContain('width="1200" height="630"');
  expect(tspans(svg).join(" ")).toBe("21 anime that made us cry");
  for (const rank of [1, 2, 3]) expect(svg).toContain(`>#${rank}</text>`);
  expect(svg).not.toContain(">#4</text>");
});

test("renderPng makes a 1200×630 PNG, with text drawn from the bundled fonts", () => {
  const png = renderPng(ogImageSvg(entry()));
  expect(pngSize(png)).toEqual({ width: 1200, height: 630 });

  // With no system fonts loaded, a missing font would leave text out silently.
  const frame = (body: string) =>
    `<svg xmlns="http://www.w3.org/2000/svg" width="400" height="100"><rect width="400" height="100" fill="#fff"/>${body}</svg>`;
  const blank = renderPng(frame(""));
  const [serif, sans] = ["DejaVu Serif", "DejaVu Sans"].map((family) =>
    renderPng(frame(`<text x="10" y="70" font-family="${family}" font-size="48">Made Us Cry</text>`)),
  );
  expect(serif?.length).toBeGreaterThan(blank.length + 500);
  expect(sans?.length).toBeGreaterThan(blank.length + 500);
  // An unknown family falls back to the default (sans), so equal pictures mean no serif.
  expect(Buffer.from(serif ?? []).equals(Buffer.from(sans ?? []))).toBe(false);
});
