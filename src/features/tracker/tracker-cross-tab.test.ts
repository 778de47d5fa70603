// @vitest-environment jsdom
import { expect, test, vi } from "vitest";
import { STORAGE_KEYS } from "../../config/storage-keys";
import { memoryStorage } from "../../test/memory-storage";
import { tabLock } from "../../lib/tab-lock";
import { delayedTabs, fakeLocks } from "./testing/delayed-tabs";
import { NOW, SLUGS_IN_RANK_ORDER } from "./testing/tracker-arbitraries";
import { twoTabStores } from "./testing/two-tab-stores";
import { serializeTrackerBlob } from "./tracker-blob";
import { MAX_REAPPLIED, VERIFY_WINDOW } from "./tracker-cross-tab";
import { createTrackerStore } from "./tracker-store";

// Two tabs in separate processes (testing/delayed-tabs.ts): why the lock alone loses marks,
// and how the check after each write keeps them without undoing deliberate changes.

const MAIN = STORAGE_KEYS.tracker;
const at = (ms: number) => new Date(NOW.getTime() + ms).toISOString();

test("the fake reproduces the bug: under the lock, a plain read-modify-write still loses a mark", () => {
  const tabs = delayedTabs({ list: "[]" });
  const locks = fakeLocks();
  const [first, second] = [tabs.openTab(), tabs.openTab()];
  const add = (tab: typeof first, item: string) =>
    tabLock(
      "list",
      locks,
    )(() => {
      const read = tab.read("list");
      const list: unknown = JSON.parse(read.ok ? (read.value ?? "[]") : "[]");
      tab.write("list", JSON.stringify([...(Array.isArray(list) ? list : []), item]));
    });

  add(first, "hal");
  add(second, "air");
  while (locks.grant());
  tabs.deliverAll();
  // The second tab held the lock after the first, but read its own copy before the change came.
  expect(tabs.stored("list")).toBe('["air"]');
});

test("two tabs marking at the same instant keep both marks, and each tap shows before any write", () => {
  const tabs = twoTabStores();
  const [first, second] = tabs.stores;
  first.setWatched("hal", true);
  second.setCried("air", true);
  expect(first.getSnapshot().marks).toHaveProperty("hal");
  expect(second.getSnapshot().marks).toHaveProperty("air");
  expect(tabs.tabs.stored(MAIN)).toBeUndefined();

  tabs.locks?.grant();
  tabs.locks?.grant();
  expect(Object.keys(tabs.stored().marks)).toEqual(["air"]); // the second write missed hal
  tabs.settle();

  const both = { hal: { watchedAt: at(0) }, air: { watchedAt: at(0), criedAt: at(0) } };
  expect(tabs.stored().marks).toEqual(both);
  expect(first.getSnapshot().marks).toEqual(both);
  expect(second.getSnapshot().marks).toEqual(both);
});

test("without Web Locks each write is at once, and the check still keeps both marks", () => {
  const tabs = twoTabStores({ withLocks: false });
  const [first, second] = tabs.stores;
  first.setWatched("hal", true);
  second.setWatched("air", true);
  expect(Object.keys(tabs.stored().marks)).toEqual(["air"]);
  tabs.settle();
  expect(Object.keys(tabs.stored().marks).sort()).toEqual(["air", "hal"]);
  expect(Object.keys(second.getSnapshot().marks).sort()).toEqual(["air", "hal"]);
});

test("a lock request that is refused (SecurityError) falls back to writing without it", async () => {
  const storage = memoryStorage();
  const locks = { request: vi.fn(() => Promise.reject(new DOMException("opaque", "SecurityError"))) };
  const store = createTrackerStore({ storage, knownSlugs: SLUGS_IN_RANK_ORDER, now: () => NOW, locks });
  const listener = vi.fn();
  store.subscribe(listener);

  store.setWatched("hal", true);
  expect(store.getSnapshot().marks).toHaveProperty("hal");
  await new Promise((resolve) => setTimeout(resolve, 0));
  expect(storage.contents()[MAIN]).toBe(serializeTrackerBlob({ hal: { watchedAt: at(0) } }));

  store.setWatched("air", true);
  expect(storage.contents()[MAIN]).toContain("air");
  expect(locks.request).toHaveBeenCalledTimes(1);
  expect(store.getSnapshot().storage).toBe("ok");
});

test("a write that waited for the lock tells the listeners what storage said", () => {
  const storage = memoryStorage({}, { failWith: (operation) => (operation === "write" ? "full" : null) });
  const locks = fakeLocks();
  const store = createTrackerStore({ storage, knownSlugs: SLUGS_IN_RANK_ORDER, now: () => NOW, locks });
  const listener = vi.fn();
  store.subscribe(listener);

  store.setWatched("hal", true);
  expect(store.getSnapshot().storage).toBe("ok");
  locks.grant();
  expect(store.getSnapshot()).toMatchObject({ storage: "full", marks: { hal: { watchedAt: at(0) } } });
  expect(listener).toHaveBeenCalledTimes(2);
});

test("a store destroyed while its write waits still saves the mark, and tells no one", () => {
  const storage = memoryStorage();
  const locks = fakeLocks();
  const store = createTrackerStore({ storage, knownSlugs: SLUGS_IN_RANK_ORDER, now: () => NOW, locks });
  const listener = vi.fn();
  store.setWatched("hal", true);
  store.subscribe(listener);
  store.destroy();
  locks.grant();
  expect(storage.contents()[MAIN]).toContain("hal");
  expect(listener).not.toHaveBeenCalled();
});

test("a re-applied change leaves alone a mark another tab changed after it", () => {
  const initial = { [MAIN]: serializeTrackerBlob({ hal: { watchedAt: at(0), criedAt: at(0) } }) };
  const tabs = twoTabStores({ initial });
  const [first, second] = tabs.stores;
  tabs.advance(10);
  first.setCried("hal", false);
  tabs.locks?.grant();
  tabs.advance(10);
  // The second tab still sees hal as Cried, and rates it: the later change.
  second.setHit("hal", 4);
  tabs.settle();
  const rated = { watchedAt: at(0), criedAt: at(0), hit: 4, ratedAt: at(20) };
  expect(tabs.stored().marks).toEqual({ hal: rated });
  expect(first.getSnapshot().marks).toEqual({ hal: rated });
});

test("another tab removing a mark on purpose, after seeing it, wins in the end", () => {
  const tabs = twoTabStores();
  const [first, second] = tabs.stores;
  first.setWatched("hal", true);
  tabs.settle();
  expect(second.getSnapshot().marks).toHaveProperty("hal");
  tabs.advance(300);
  second.setWatched("hal", false);
  tabs.settle();
  expect(tabs.stored().marks).toEqual({});
  expect(first.getSnapshot().marks).toEqual({});
});

test("two tabs that disagree on purpose settle even on a frozen clock, the later change kept", () => {
  const shared = memoryStorage();
  const open = () =>
    createTrackerStore({
      storage: shared.openTab(),
      knownSlugs: SLUGS_IN_RANK_ORDER,
      now: () => NOW,
      locks: null,
    });
  const [first, second] = [open(), open()];
  first.setWatched("hal", true);
  const writes = vi.fn();
  shared.subscribe(MAIN, writes);
  second.setWatched("hal", false);
  expect(shared.contents()[MAIN]).toBe(serializeTrackerBlob({}));
  expect(first.getSnapshot().marks).toEqual({});
  // Each tab re-applied its own change a few times before the first gave up.
  expect(writes).toHaveBeenCalledTimes(2 * MAX_REAPPLIED + 1);
});

test("a change older than the window is not re-applied, and neither is a cleared key", () => {
  const tabs = twoTabStores();
  const [first, second] = tabs.stores;
  first.setWatched("hal", true);
  second.setWatched("air", true);
  tabs.locks?.grant();
  tabs.locks?.grant();
  tabs.advance(VERIFY_WINDOW + 1);
  tabs.settle();
  expect(Object.keys(tabs.stored().marks)).toEqual(["air"]);

  first.setWatched("berserk", true);
  tabs.settle();
  const third = tabs.tabs.openTab();
  third.remove(MAIN);
  tabs.settle();
  expect(tabs.tabs.stored(MAIN)).toBeUndefined();
  expect(first.getSnapshot().marks).toEqual({});
});

test("leaving the page writes a tap that is still waiting for the lock", () => {
  const storage = memoryStorage();
  const locks = fakeLocks();
  const store = createTrackerStore({ storage, knownSlugs: SLUGS_IN_RANK_ORDER, now: () => NOW, locks });
  store.setWatched("hal", true);
  expect(storage.read(MAIN)).toEqual({ ok: true, value: null }); // the lock is not granted yet
  window.dispatchEvent(new Event("pagehide"));
  const saved = storage.read(MAIN);
  expect(saved.ok && saved.value).toContain('"hal"');
  while (locks.grant()); // the queued write finds nothing left to do
  expect(storage.read(MAIN)).toEqual(saved);
  store.destroy();
});
