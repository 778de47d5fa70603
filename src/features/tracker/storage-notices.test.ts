import { expect, test } from "vitest";
import { storageNotices } from "./storage-notices";
import type { TrackerProblem } from "./tracker-types";

const corrupt: TrackerProblem = { kind: "corrupt", raw: "{not json", backedUp: true };
const newer: TrackerProblem = { kind: "newer", version: 9, raw: '{"version":9}' };

test("healthy storage has no notice, so the notices' code is never loaded", () => {
  expect(storageNotices({ problem: null, storage: "ok", readOnly: false })).toEqual([]);
});

test("each fault has its notice, in the order they are shown", () => {
  expect(storageNotices({ problem: corrupt, storage: "ok", readOnly: false })).toEqual(["corrupt"]);
  expect(storageNotices({ problem: newer, storage: "ok", readOnly: true })).toEqual(["newer"]);
  expect(storageNotices({ problem: null, storage: "unavailable", readOnly: false })).toEqual(["unavailable"]);
  expect(storageNotices({ problem: corrupt, storage: "full", readOnly: false })).toEqual(["corrupt", "full"]);
});

test("a newer blob's notice goes once its marks are saved over (no longer read-only)", () => {
  expect(storageNotices({ problem: newer, storage: "ok", readOnly: false })).toEqual([]);
});
