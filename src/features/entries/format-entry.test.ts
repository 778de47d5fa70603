import { expect, test } from "vitest";
import { formatCount, formatDuration, formatFacts, formatLength, formatList } from "./format-entry";

test("durations read naturally", () => {
  expect(formatDuration(25)).toBe("25 min");
  expect(formatDuration(60)).toBe("1 h");
  expect(formatDuration(87)).toBe("1 h 27 min");
  expect(formatDuration(1224)).toBe("20 h 24 min");
});

test("films show minutes, series show episodes and a total", () => {
  expect(formatLength({ episodes: null, runtimeMinutes: 87 })).toBe("87 min");
  expect(formatLength({ episodes: 1, runtimeMinutes: 30 })).toBe("1 episode · about 30 min");
  expect(formatLength({ episodes: 13, runtimeMinutes: 312 })).toBe("13 episodes · about 5 h 12 min");
});

test("the facts line joins year, format and length", () => {
  expect(formatFacts({ year: 2001, format: "film", episodes: null, runtimeMinutes: 87 })).toBe(
    "2001 · Film · 87 min",
  );
  expect(formatFacts({ year: 1999, format: "ova", episodes: 4, runtimeMinutes: 116 })).toBe(
    "1999 · OVA · 4 episodes · about 1 h 56 min",
  );
});

test("a count agrees with its noun", () => {
  expect(formatCount(0, "mark", "marks")).toBe("0 marks");
  expect(formatCount(1, "show is", "shows are")).toBe("1 show is");
  expect(formatCount(21, "show", "shows")).toBe("21 shows");
});

test("lists of names read as English", () => {
  expect(formatList(["Bones"])).toBe("Bones");
  expect(formatList(["Bones", "Kinema Citrus"])).toBe("Bones and Kinema Citrus");
  expect(formatList(["A", "B", "C"])).toBe("A, B and C");
});
