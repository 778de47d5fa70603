import fc from "fast-check";
import { describe, expect, test } from "vitest";
import type { ContentCategory } from "../entries/vocabulary";
import { avoidArbitrary, NOW } from "./testing/tracker-arbitraries";
import { DEFAULT_PREFERENCES, type TrackerData } from "./tracker-blob";
import { checkAgainst, MAX_REAPPLIED, reapply, VERIFY_WINDOW } from "./tracker-cross-tab";
import { onAvoid, onMarks, replay, sameData, switchAvoid } from "./tracker-operations";
import * as rules from "./marks";

const T0 = NOW.getTime();
const data = (marks: TrackerData["marks"], avoid: readonly ContentCategory[] = []): TrackerData => ({
  marks,
  preferences: { ...DEFAULT_PREFERENCES, avoid },
});
const watch = (slug: string, at = T0) =>
  onMarks(at, (marks) => rules.setWatched(marks, slug, true, new Date(at)));
const unwatch = (slug: string, at = T0) =>
  onMarks(at, (marks) => rules.setWatched(marks, slug, false, new Date(at)));

describe("switchAvoid", () => {
  test("switches only the notes that changed, so another tab's switches stay", () => {
    const change = switchAvoid(["war"], ["war", "suicide"]);
    expect(change(["war", "depression"])).toEqual(["war", "suicide", "depression"]); // the vocabulary's order
    expect(switchAvoid(["war"], [])(["war", "depression"])).toEqual(["depression"]);
  });

  test("shown as wanted: the list comes back as it was, the same array", () => {
    fc.assert(
      fc.property(avoidArbitrary, avoidArbitrary, (shown, current) => {
        expect(switchAvoid(shown, shown)(current)).toBe(current);
      }),
    );
  });

  test("applied to what was shown, it gives what was wanted", () => {
    fc.assert(
      fc.property(avoidArbitrary, avoidArbitrary, (shown, wanted) => {
        expect(switchAvoid(shown, wanted)(shown)).toEqual(wanted);
      }),
    );
  });
});

describe("checkAgainst", () => {
  test("nothing to re-apply when another tab's write has every recent change", () => {
    const recent = [watch("hal"), onAvoid(T0, switchAvoid([], ["war"]))];
    const stored = data({ hal: { watchedAt: NOW.toISOString() }, air: { watchedAt: NOW.toISOString() } }, [
      "war",
    ]);
    expect(checkAgainst(stored, recent, T0)).toEqual({ recent, reapply: [] });
  });

  test("a write that missed a change brings all recent changes back, in order", () => {
    const recent = [watch("hal"), unwatch("hal"), watch("air")];
    const check = checkAgainst(data({}), recent, T0);
    expect(check.recent).toEqual([]);
    expect(check.reapply.map((operation) => operation.reapplied)).toEqual([1, 1, 1]);
    expect(replay(check.reapply, data({})).marks).toEqual({ air: { watchedAt: NOW.toISOString() } });
  });

  test("changes past the window, or re-applied too often, are no longer checked", () => {
    let tired = watch("air");
    for (let tries = 0; tries < MAX_REAPPLIED; tries += 1) tired = reapply(tired);
    const old = watch("hal", T0 - VERIFY_WINDOW - 1);
    expect(checkAgainst(data({}), [old, tired], T0)).toEqual({ recent: [], reapply: [] });
  });
});

test("a re-applied change leaves alone only the marks changed after it was made", () => {
  const later = { watchedAt: new Date(T0 + 1).toISOString() };
  const earlier = { watchedAt: new Date(T0 - 1).toISOString() };
  const clearAll = reapply(onMarks(T0, () => rules.NO_MARKS));
  expect(clearAll.run(data({ hal: later, air: earlier })).marks).toEqual({ hal: later });
});

test("sameData compares marks and avoid list by value", () => {
  const mark = { watchedAt: NOW.toISOString() };
  expect(sameData(data({ hal: mark }, ["war"]), data({ hal: { ...mark } }, ["war"]))).toBe(true);
  expect(sameData(data({ hal: mark }), data({ hal: mark }, ["war"]))).toBe(false);
});
