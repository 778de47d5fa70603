import { expect, test } from "vitest";
import { cardDate, hitLine, statsRuns } from "./tear-card-copy";

const sentence = (runs: ReturnType<typeof statsRuns>) => runs.map((run) => run.text).join("");

test("the stats read as one sentence, with the counts picked out", () => {
  const runs = statsRuns({ watched: 9, cried: 5, total: 21 });
  expect(sentence(runs)).toBe("9 of 21 watched · 5 made me cry");
  expect(runs.find((run) => run.text === "9")?.tone).toBe("glow");
  expect(runs.find((run) => run.text === "5")?.tone).toBe("rose");
});

test("the stats stay gentle when nothing is watched or nothing made the person cry", () => {
  expect(sentence(statsRuns({ watched: 0, cried: 0, total: 21 }))).toBe("None of the 21 watched yet");
  expect(sentence(statsRuns({ watched: 3, cried: 0, total: 21 }))).toBe(
    "3 of 21 watched · none made me cry yet",
  );
});

test("the rating and the date are spelled out", () => {
  expect(hitLine(4)).toBe("4 of 5 tears");
  expect(cardDate(new Date(2026, 10, 25, 23, 59))).toBe("25 November 2026");
  expect(cardDate(new Date(2027, 0, 1))).toBe("1 January 2027");
});
