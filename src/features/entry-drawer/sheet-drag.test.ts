import fc from "fast-check";
import { describe, expect, test } from "vitest";
import {
  CLOSE_DISTANCE,
  CLOSE_VELOCITY,
  closesOnRelease,
  pullFor,
  recentSamples,
  releaseVelocity,
  sheetOffset,
  type PointerSample,
} from "./sheet-drag";

/** Samples in time order, as pointer events arrive. */
const samples = fc
  .array(fc.record({ y: fc.integer({ min: -2000, max: 2000 }), dt: fc.integer({ min: 0, max: 80 }) }), {
    maxLength: 30,
  })
  .map((steps) => {
    let t = 1000;
    return steps.map(({ y, dt }): PointerSample => {
      t += dt;
      return { y, t };
    });
  });

describe("sheetOffset", () => {
  test("follows 70% of a downward pull", () => {
    expect(sheetOffset(100)).toBeCloseTo(70);
    expect(sheetOffset(0)).toBe(0);
  });

  test("never lifts the sheet above its place, whatever the finger does", () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true }), (pulled) => {
        const offset = sheetOffset(pulled);
        expect(offset).toBeGreaterThanOrEqual(0);
        expect(offset).toBeLessThanOrEqual(Math.max(0, pulled));
      }),
    );
    expect(sheetOffset(Number.NaN)).toBe(0);
    expect(sheetOffset(Number.POSITIVE_INFINITY)).toBe(0);
  });
});

describe("pullFor", () => {
  test("is where the finger stands for a sheet already that far down", () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: 5000, noNaN: true }), (offset) => {
        expect(sheetOffset(pullFor(offset))).toBeCloseTo(offset, 6);
      }),
    );
    expect(pullFor(-10)).toBe(0);
    expect(pullFor(Number.NaN)).toBe(0);
  });
});

describe("releaseVelocity", () => {
  test("is the speed over the last 100 ms, in px/s", () => {
    const flick = [
      { y: 0, t: 0 }, // too old to count
      { y: 10, t: 400 },
      { y: 40, t: 450 },
      { y: 90, t: 500 },
    ];
    expect(releaseVelocity(flick)).toBeCloseTo(((90 - 10) / 100) * 1000);
    expect(releaseVelocity([{ y: 50, t: 10 }])).toBe(0);
    expect(releaseVelocity([])).toBe(0);
  });

  test("is finite for any samples, and 0 when the finger held still", () => {
    fc.assert(
      fc.property(samples, (list) => {
        expect(Number.isFinite(releaseVelocity(list))).toBe(true);
        const still = list.map((sample) => ({ ...sample, y: 7 }));
        expect(releaseVelocity(still)).toBe(0);
      }),
    );
  });

  test("keeps only samples within 100 ms of the newest", () => {
    fc.assert(
      fc.property(samples, (list) => {
        const kept = recentSamples(list);
        const newest = list.at(-1);
        expect(kept.at(-1)).toEqual(newest);
        const newestTime = newest?.t ?? 0;
        for (const sample of kept) expect(newestTime - sample.t).toBeLessThanOrEqual(100);
      }),
    );
  });
});

describe("closesOnRelease", () => {
  test("closes after a long pull or a quick flick down, not otherwise", () => {
    expect(closesOnRelease(300, 0)).toBe(true);
    expect(closesOnRelease(CLOSE_DISTANCE + 1, 0)).toBe(true);
    expect(closesOnRelease(10, CLOSE_VELOCITY + 1)).toBe(true);
    expect(closesOnRelease(CLOSE_DISTANCE, CLOSE_VELOCITY)).toBe(false);
    // Pulled far, then flicked back up: the person changed their mind.
    expect(closesOnRelease(300, -2000)).toBe(false);
    expect(closesOnRelease(-300, 0)).toBe(false);
  });
});
