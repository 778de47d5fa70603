import { expect, test } from "vitest";
import { setCried } from "./marks";
import { NOW } from "./testing/tracker-arbitraries";
import { nextSnapshot, SERVER_SNAPSHOT } from "./tracker-snapshot";
import { NO_DATA, type PersistenceState } from "./tracker-stored-text";
import type { StorageHealth } from "./tracker-types";

const stateWith = (health: StorageHealth): PersistenceState => ({
  confirmed: NO_DATA,
  pending: [],
  recent: [],
  health,
  problem: null,
  readOnly: false,
  migratedFrom: null,
  locked: false,
  raisedFor: null,
});

test("the server snapshot is empty, healthy and frozen", () => {
  expect(SERVER_SNAPSHOT).toEqual({
    marks: {},
    avoid: [],
    storage: "ok",
    problem: null,
    readOnly: false,
    migratedFrom: null,
  });
  expect(Object.isFrozen(SERVER_SNAPSHOT)).toBe(true);
});

test("the same snapshot while nothing in it changes, even from data in new objects", () => {
  const copy = { marks: {}, preferences: { avoid: [] } };
  expect(nextSnapshot(SERVER_SNAPSHOT, copy, stateWith("ok"))).toBe(SERVER_SNAPSHOT);
});

test("a change makes a new snapshot, which keeps the parts that did not change", () => {
  const marks = setCried(NO_DATA.marks, "hal", true, NOW);
  const marked = nextSnapshot(SERVER_SNAPSHOT, { ...NO_DATA, marks }, stateWith("ok"));
  expect(marked.marks).toBe(marks);
  expect(marked.avoid).toBe(SERVER_SNAPSHOT.avoid);
  const full = nextSnapshot(marked, { ...NO_DATA, marks: { ...marks } }, stateWith("full"));
  expect(full.storage).toBe("full");
  expect(full.marks).toBe(marks);
});
