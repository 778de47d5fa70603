import { expect, test, vi } from "vitest";
import { STORAGE_KEYS } from "../../config/storage-keys";
import type { SafeStorage } from "../../lib/safe-storage";
import { memoryStorage, type MemoryStorage } from "../../test/memory-storage";
import { NOW, SLUGS_IN_RANK_ORDER } from "./testing/tracker-arbitraries";
import { serializeTrackerBlob } from "./tracker-blob";
import { SERVER_SNAPSHOT } from "./tracker-snapshot";
import { createTrackerStore } from "./tracker-store";
import type { Marks } from "./tracker-types";

const T1 = "2026-05-01T12:00:00.000Z";
const NOW_ISO = NOW.toISOString();

function storeOn(storage: SafeStorage, now: () => Date = () => NOW) {
  return createTrackerStore({ storage, knownSlugs: SLUGS_IN_RANK_ORDER, now });
}

/** The blob as this version writes it. */
const blob = (marks: Marks, avoid: readonly string[] = []) => ({ version: 2, marks, preferences: { avoid } });

function stored(storage: MemoryStorage): unknown {
  const raw = storage.contents()[STORAGE_KEYS.tracker];
  return raw === undefined ? undefined : JSON.parse(raw);
}

test("with nothing stored it starts empty and healthy, and the snapshot is stable", () => {
  const store = storeOn(memoryStorage());
  const snapshot = store.getSnapshot();
  expect(snapshot).toEqual(SERVER_SNAPSHOT);
  expect(store.getSnapshot()).toBe(snapshot);
});

test("it refuses to start without the list's slugs, which would wipe every mark", () => {
  expect(() => createTrackerStore({ storage: memoryStorage(), knownSlugs: [] })).toThrow(/slugs/);
});

test("marks are saved at once, each with the time it was made, and listeners hear once per change", () => {
  const storage = memoryStorage();
  let clock = new Date(T1);
  const store = storeOn(storage, () => clock);
  const listener = vi.fn();
  store.subscribe(listener);

  store.setWatched("hal", true);
  clock = NOW;
  store.setCried("hal", true);
  store.setCried("air", true);

  expect(listener).toHaveBeenCalledTimes(3);
  const expected = {
    hal: { watchedAt: T1, criedAt: NOW_ISO },
    air: { watchedAt: NOW_ISO, criedAt: NOW_ISO },
  };
  expect(store.getSnapshot().marks).toEqual(expected);
  expect(stored(storage)).toEqual(blob(expected));
});

test("un-crying keeps Watched; un-watching clears both", () => {
  const storage = memoryStorage();
  const store = storeOn(storage);
  store.setCried("hal", true);
  store.setCried("hal", false);
  expect(store.getSnapshot().marks).toEqual({ hal: { watchedAt: NOW_ISO } });
  store.setCried("hal", true);
  store.setWatched("hal", false);
  expect(store.getSnapshot().marks).toEqual({});
  expect(stored(storage)).toEqual(blob({}));
});

test("a change that changes nothing neither notifies nor writes", () => {
  const storage = memoryStorage();
  const store = storeOn(storage);
  store.setWatched("hal", true);
  const snapshot = store.getSnapshot();
  const listener = vi.fn();
  store.subscribe(listener);
  const write = vi.spyOn(storage, "write");

  store.setWatched("hal", true);
  store.setCried("air", false);
  store.setWatched("no-such-show", true);

  expect(listener).not.toHaveBeenCalled();
  expect(write).not.toHaveBeenCalled();
  expect(store.getSnapshot()).toBe(snapshot);
});

test("replaceMarks makes the given marks the whole list, dropping unknown slugs and repairing the rest", () => {
  const storage = memoryStorage();
  const store = storeOn(storage);
  store.setWatched("berserk", true);
  store.replaceMarks({
    hal: { watchedAt: T1 },
    "no-such-show": { watchedAt: T1 },
    air: { watchedAt: "2099-01-01T00:00:00.000Z" },
  });
  const expected = { hal: { watchedAt: T1 }, air: { watchedAt: NOW_ISO } };
  expect(store.getSnapshot().marks).toEqual(expected);
  expect(stored(storage)).toEqual(blob(expected));

  store.replaceMarks({});
  expect(store.getSnapshot().marks).toEqual({});
});

test("mergeMarks keeps the mark changed last per slug", () => {
  const store = storeOn(memoryStorage());
  store.setWatched("hal", true);
  store.mergeMarks({ hal: { watchedAt: T1 }, air: { watchedAt: T1, criedAt: T1 } });
  expect(store.getSnapshot().marks).toEqual({
    hal: { watchedAt: NOW_ISO },
    air: { watchedAt: T1, criedAt: T1 },
  });
});

test("addMarks only adds: a show marked here, even in another tab since, keeps its own mark", () => {
  const firstTab = memoryStorage();
  const secondTab = firstTab.openTab();
  const first = storeOn(firstTab);
  const second = storeOn(secondTab);
  first.setCried("hal", true);
  // The other tab marks Air after this tab's preview was drawn.
  second.setCried("air", true);
  first.addMarks({
    hal: { watchedAt: T1 },
    air: { watchedAt: T1 },
    bokurano: { watchedAt: T1 },
    "not-a-show": { watchedAt: T1 },
  });
  const expected = {
    hal: { watchedAt: NOW_ISO, criedAt: NOW_ISO },
    air: { watchedAt: NOW_ISO, criedAt: NOW_ISO },
    bokurano: { watchedAt: T1 },
  };
  expect(first.getSnapshot().marks).toEqual(expected);
  expect(stored(firstTab)).toMatchObject({ marks: expected });
});

test("two tabs marking different shows both keep their marks, in storage and on screen", () => {
  const firstTab = memoryStorage();
  const secondTab = firstTab.openTab();
  const first = storeOn(firstTab);
  const second = storeOn(secondTab);

  first.setWatched("hal", true);
  expect(second.getSnapshot().marks).toEqual({ hal: { watchedAt: NOW_ISO } });
  second.setCried("air", true);

  const both = { hal: { watchedAt: NOW_ISO }, air: { watchedAt: NOW_ISO, criedAt: NOW_ISO } };
  expect(stored(firstTab)).toEqual(blob(both));
  expect(first.getSnapshot().marks).toEqual(both);
  expect(second.getSnapshot().marks).toEqual(both);
});

test("every write re-reads storage first, so a tab that missed the event still keeps the other's mark", () => {
  const firstTab = memoryStorage();
  const deaf: SafeStorage = { ...firstTab.openTab(), subscribe: () => () => undefined };
  const first = storeOn(firstTab);
  const second = storeOn(deaf);

  first.setWatched("hal", true);
  expect(second.getSnapshot().marks).toEqual({});
  second.setWatched("air", true);

  const both = { hal: { watchedAt: NOW_ISO }, air: { watchedAt: NOW_ISO } };
  expect(stored(firstTab)).toEqual(blob(both));
  expect(second.getSnapshot().marks).toEqual(both);
  expect(first.getSnapshot().marks).toEqual(both);
});

test("another tab's write, removal or clear() updates the snapshot", () => {
  const storage = memoryStorage();
  const store = storeOn(storage);
  const listener = vi.fn();
  store.subscribe(listener);

  const marks: Marks = { hal: { watchedAt: T1 } };
  storage.simulateExternalWrite(STORAGE_KEYS.tracker, serializeTrackerBlob(marks));
  expect(store.getSnapshot().marks).toEqual(marks);

  storage.simulateExternalWrite(STORAGE_KEYS.tracker, null);
  expect(store.getSnapshot().marks).toEqual({});

  storage.simulateExternalWrite(STORAGE_KEYS.tracker, serializeTrackerBlob(marks));
  storage.simulateExternalClear();
  expect(store.getSnapshot().marks).toEqual({});
  expect(listener).toHaveBeenCalledTimes(4);
});

test("another tab's write does not undo a change this tab could not save yet", () => {
  const storage = memoryStorage();
  const store = storeOn(storage);
  storage.setFailWith((operation) => (operation === "write" ? "full" : null));
  store.setWatched("air", true);
  storage.simulateExternalWrite(STORAGE_KEYS.tracker, serializeTrackerBlob({ hal: { watchedAt: T1 } }));
  expect(store.getSnapshot().marks).toEqual({ hal: { watchedAt: T1 }, air: { watchedAt: NOW_ISO } });
});

test("methods work unbound, as useSyncExternalStore calls them", () => {
  const store = storeOn(memoryStorage());
  const { subscribe, getSnapshot, setWatched } = store;
  const listener = vi.fn();
  const unsubscribe = subscribe(listener);
  setWatched("hal", true);
  expect(getSnapshot().marks).toHaveProperty("hal");
  unsubscribe();
  setWatched("air", true);
  expect(listener).toHaveBeenCalledTimes(1);
});

test("after destroy it ignores changes and storage events, and tells no one", () => {
  const storage = memoryStorage();
  const store = storeOn(storage);
  const listener = vi.fn();
  store.subscribe(listener);
  store.destroy();

  store.setWatched("hal", true);
  storage.simulateExternalWrite(STORAGE_KEYS.tracker, serializeTrackerBlob({ air: { watchedAt: T1 } }));
  expect(listener).not.toHaveBeenCalled();
  expect(store.getSnapshot().marks).toEqual({});
  expect(stored(storage)).toEqual(blob({ air: { watchedAt: T1 } }));
});

test("setHit rates a Cried show, saves it, and un-crying clears it", () => {
  const storage = memoryStorage();
  let clock = new Date(T1);
  const store = storeOn(storage, () => clock);
  store.setCried("air", true);
  clock = NOW;
  const listener = vi.fn();
  store.subscribe(listener);

  store.setHit("air", 5);
  const rated: Marks = { air: { watchedAt: T1, criedAt: T1, hit: 5, ratedAt: NOW_ISO } };
  expect(store.getSnapshot().marks).toEqual(rated);
  expect(stored(storage)).toEqual(blob(rated));
  expect(listener).toHaveBeenCalledTimes(1);

  store.setHit("air", null);
  expect(store.getSnapshot().marks).toEqual({ air: { watchedAt: T1, criedAt: T1, ratedAt: NOW_ISO } });
  store.setHit("air", 2);
  store.setCried("air", false);
  expect(stored(storage)).toEqual(blob({ air: { watchedAt: T1 } }));
});

test("setHit on a show that is not Cried, or not on the list, neither notifies nor writes", () => {
  const storage = memoryStorage();
  const store = storeOn(storage);
  store.setWatched("hal", true);
  const snapshot = store.getSnapshot();
  const listener = vi.fn();
  store.subscribe(listener);
  const write = vi.spyOn(storage, "write");

  store.setHit("hal", 3);
  store.setHit("air", 3);
  store.setHit("no-such-show", 3);
  store.setHit("hal", null);

  expect(listener).not.toHaveBeenCalled();
  expect(write).not.toHaveBeenCalled();
  expect(store.getSnapshot()).toBe(snapshot);
});

test("setAvoid saves the whole list in the same blob, known notes only, in the vocabulary's order", () => {
  const storage = memoryStorage();
  const store = storeOn(storage);
  store.setWatched("hal", true);
  store.setAvoid(["suicide", "spiders", "war", "war"]);
  expect(store.getSnapshot().avoid).toEqual(["war", "suicide"]);
  expect(stored(storage)).toEqual(blob({ hal: { watchedAt: NOW_ISO } }, ["war", "suicide"]));

  store.setAvoid([]);
  expect(store.getSnapshot().avoid).toEqual([]);
  expect(stored(storage)).toEqual(blob({ hal: { watchedAt: NOW_ISO } }));
});

test("setAvoid with the list it already has neither notifies nor writes; the snapshot's list is stable", () => {
  const storage = memoryStorage();
  const store = storeOn(storage);
  store.setAvoid(["war"]);
  const snapshot = store.getSnapshot();
  const listener = vi.fn();
  store.subscribe(listener);
  const write = vi.spyOn(storage, "write");

  store.setAvoid(["war"]);
  store.setAvoid(["war", "not-a-note"]);
  expect(listener).not.toHaveBeenCalled();
  expect(write).not.toHaveBeenCalled();
  expect(store.getSnapshot()).toBe(snapshot);

  store.setWatched("hal", true);
  expect(store.getSnapshot().avoid).toBe(snapshot.avoid);
});

test("two tabs: one sets the avoid list, the other marks a show; both are kept", () => {
  const firstTab = memoryStorage();
  const deaf: SafeStorage = { ...firstTab.openTab(), subscribe: () => () => undefined };
  const first = storeOn(firstTab);
  const second = storeOn(deaf);

  first.setAvoid(["war"]);
  second.setCried("air", true);
  second.setAvoid(["war", "depression"]);

  const marks = { air: { watchedAt: NOW_ISO, criedAt: NOW_ISO } };
  expect(stored(firstTab)).toEqual(blob(marks, ["war", "depression"]));
  expect(first.getSnapshot()).toMatchObject({ marks, avoid: ["war", "depression"] });
});

test("another tab's avoid list reaches this tab", () => {
  const storage = memoryStorage();
  const store = storeOn(storage);
  storage.simulateExternalWrite(STORAGE_KEYS.tracker, serializeTrackerBlob({}, { avoid: ["nudity"] }));
  expect(store.getSnapshot().avoid).toEqual(["nudity"]);
});

test("replaceMarks and mergeMarks leave the avoid list alone unless preferences come with them", () => {
  const storage = memoryStorage();
  const store = storeOn(storage);
  store.setAvoid(["war"]);
  store.replaceMarks({ hal: { watchedAt: T1 } });
  store.mergeMarks({ air: { watchedAt: T1 } });
  expect(store.getSnapshot().avoid).toEqual(["war"]);

  store.mergeMarks({}, { avoid: ["suicide", "unknown-note"] });
  expect(store.getSnapshot().avoid).toEqual(["war", "suicide"]);

  const write = vi.spyOn(storage, "write");
  store.replaceMarks({ hal: { watchedAt: T1, criedAt: T1, hit: 3, ratedAt: T1 } }, { avoid: ["depression"] });
  expect(write).toHaveBeenCalledTimes(1);
  expect(store.getSnapshot()).toMatchObject({
    marks: { hal: { watchedAt: T1, criedAt: T1, hit: 3, ratedAt: T1 } },
    avoid: ["depression"],
  });
  expect(stored(storage)).toEqual(
    blob({ hal: { watchedAt: T1, criedAt: T1, hit: 3, ratedAt: T1 } }, ["depression"]),
  );

  store.replaceMarks({}, { avoid: [] });
  expect(store.getSnapshot()).toMatchObject({ marks: {}, avoid: [] });
});

test("mergeMarks keeps the newest rating per show", () => {
  const store = storeOn(memoryStorage());
  store.setCried("air", true);
  store.setHit("air", 2);
  store.mergeMarks({ air: { watchedAt: T1, criedAt: T1, hit: 5, ratedAt: T1 } });
  expect(store.getSnapshot().marks.air).toMatchObject({ hit: 2, ratedAt: NOW_ISO });
  store.mergeMarks({ air: { watchedAt: T1, criedAt: T1, hit: 5, ratedAt: "2026-11-25T21:00:00.000Z" } });
  expect(store.getSnapshot().marks.air).toMatchObject({ hit: 5 });
});
