import { afterEach, beforeEach, expect, test, vi } from "vitest";
import type { HitRating, WatchStatus } from "../entries/watch-status";
import { MARGIN } from "./card-look";
import { drawTearCard, TEAR_CARD_HEIGHT, TEAR_CARD_WIDTH } from "./draw-tear-card";
import { ellipsize, fitText } from "./fit-text";
import { buildTearCardData } from "./tear-card-data";
import { fontSize, RecordedPath2D, RecordingContext } from "./testing/recording-context";
import { sampleEntries } from "./testing/sample-entries";

// jsdom has no canvas, so these tests draw onto a recording fake and check where things
// land; the real pixels are checked in a browser (tests/e2e/tear-card.spec.ts).

beforeEach(() => {
  vi.stubGlobal("Path2D", RecordedPath2D);
});

afterEach(() => {
  vi.unstubAllGlobals();
});

const NOW = new Date(2026, 10, 25);

function cardFor(marks: "none" | "some" | "all", hardestTitle?: string) {
  const entries = sampleEntries();
  if (hardestTitle !== undefined) {
    const first = entries[0];
    if (first) first.title.english = hardestTitle;
  }
  const statusOf = (slug: string): WatchStatus => {
    const rank = Number(slug.replace("show-", ""));
    if (marks === "all") return "cried";
    if (marks === "some") return rank % 3 === 0 ? "cried" : rank % 2 === 0 ? "watched" : "unwatched";
    return "unwatched";
  };
  const hitOf = (slug: string): HitRating | undefined =>
    marks === "none" ? undefined : slug === "show-1" ? 5 : slug === "show-6" ? 3 : undefined;
  return buildTearCardData(entries, statusOf, hitOf, NOW);
}

function draw(data: ReturnType<typeof cardFor>) {
  const ctx = new RecordingContext();
  drawTearCard(ctx, data);
  return ctx;
}

test.each(["none", "some", "all"] as const)("a card with %s marked draws without throwing", (marks) => {
  const ctx = draw(cardFor(marks));
  const words = ctx.texts.map((t) => t.text);
  expect(words).toContain("My tear card");
  expect(words).toContain("25 November 2026");
  expect(words).toContain("Made Us Cry");
  // One small rank number under each of the 21 tiles.
  const ranks = ctx.texts.filter((t) => /^#\d+$/.test(t.text) && t.size < 30).map((t) => t.text);
  expect(ranks).toEqual(Array.from({ length: 21 }, (_, i) => `#${21 - i}`));
});

test.each(["none", "some", "all"] as const)("with %s marked, nothing is drawn outside the card", (marks) => {
  const ctx = draw(cardFor(marks));
  expect(ctx.points.length).toBeGreaterThan(100);
  const outside = ctx.points.filter(
    (p) => !(p.x >= 0 && p.x <= TEAR_CARD_WIDTH && p.y >= 0 && p.y <= TEAR_CARD_HEIGHT),
  );
  expect(outside).toEqual([]);
});

test.each(["none", "some", "all"] as const)("with %s marked, every word sits inside the margins", (marks) => {
  const ctx = draw(cardFor(marks));
  const stray = ctx.texts.filter(
    (t) =>
      t.left < MARGIN - 8 ||
      t.right > TEAR_CARD_WIDTH - MARGIN ||
      t.baseline - t.size < MARGIN / 2 ||
      t.baseline > TEAR_CARD_HEIGHT - MARGIN,
  );
  expect(stray).toEqual([]);
});

test("the card names the hardest-hitting show with its rank and its rating in tears", () => {
  const words = draw(cardFor("some")).texts.map((t) => t.text);
  expect(words).toEqual(
    expect.arrayContaining(["Hit me hardest".toUpperCase(), "#1", "Show 1", "5 of 5 tears"]),
  );
});

test("with nothing rated, the card says so gently instead", () => {
  const words = draw(cardFor("none")).texts.map((t) => t.text);
  expect(words).toContain("Nothing rated yet. Every tear still counts.");
  expect(words.some((w) => w.endsWith("tears"))).toBe(false);
});

test("a long title is measured, shrunk, and cut with an ellipsis rather than overflowing", () => {
  const long = "A Very Long Title That Keeps Going Well Past The Edge Of Any Reasonable Card, Season Two";
  const ctx = draw(cardFor("some", long));
  expect(ctx.measured).toContain(long);
  const title = ctx.texts.find((t) => t.text.startsWith("A Very Long"));
  expect(title?.text.endsWith("…")).toBe(true);
  expect(title?.size).toBeLessThan(64);
  expect(title?.right).toBeLessThanOrEqual(TEAR_CARD_WIDTH - MARGIN);
});

test("a title that fits at a smaller size is shrunk but kept whole", () => {
  const ctx = new RecordingContext();
  const fitted = fitText(ctx, "Anohana: The Flower We Saw That Day", 700, (size) => `${size}px serif`, {
    max: 64,
    min: 30,
  });
  expect(fitted.text).toBe("Anohana: The Flower We Saw That Day");
  expect(fitted.size).toBeLessThan(64);
  expect(fontSize(ctx.font)).toBe(fitted.size);
  expect(ctx.measureText(fitted.text).width).toBeLessThanOrEqual(700);
});

test("ellipsizing never splits a character in two", () => {
  const ctx = new RecordingContext();
  ctx.font = "20px serif";
  const cut = ellipsize(ctx, "涙😢涙😢涙😢涙😢涙😢", 60);
  expect(cut.endsWith("…")).toBe(true);
  expect(cut).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])/);
});
