import { describe, expect, test } from "vitest";
import { STORAGE_KEYS } from "../../config/storage-keys";
import { browserStorage, type SafeStorage, type StorageHost } from "../../lib/safe-storage";
import { memoryStorage, type MemoryStorage } from "../../test/memory-storage";
import v0Fixture from "./fixtures/v0-blob.json";
import v1Fixture from "./fixtures/v1-blob.json";
import { NOW, SLUGS_IN_RANK_ORDER } from "./testing/tracker-arbitraries";
import { serializeTrackerBlob } from "./tracker-blob";
import { createTrackerStore } from "./tracker-store";
import type { Marks } from "./tracker-types";

// Every way saved data or storage can fail, and what the person keeps in each case.

const T1 = "2026-05-01T12:00:00.000Z";
const NOW_ISO = NOW.toISOString();
const { tracker: MAIN, trackerBackup: BACKUP } = STORAGE_KEYS;

/** The blob as this version writes it. */
const blob = (marks: Marks, avoid: readonly string[] = []) => ({ version: 2, marks, preferences: { avoid } });

const storeOn = (storage: SafeStorage) =>
  createTrackerStore({ storage, knownSlugs: SLUGS_IN_RANK_ORDER, now: () => NOW });

/** Fails writes to one key with `reason`, and records the order of successful writes. */
function storageFailingWritesTo(
  key: string,
  reason: "full" | "unavailable",
  initial: Record<string, string>,
) {
  const storage = memoryStorage(initial, {
    failWith: (op, k) => (op === "write" && k === key ? reason : null),
  });
  return storage;
}

function recordWrites(storage: MemoryStorage): string[] {
  const keys: string[] = [];
  const write = storage.write.bind(storage);
  storage.write = (key, value) => {
    const result = write(key, value);
    if (result.ok) keys.push(key);
    return result;
  };
  return keys;
}

describe("corrupt saved data", () => {
  test.each([
    ["text that is not JSON", "{not json"],
    ["JSON of the wrong shape", '{"hello":["world"]}'],
  ])("%s is backed up, reported, and not overwritten until the person makes a change", (_label, raw) => {
    const storage = memoryStorage({ [MAIN]: raw });
    const store = storeOn(storage);

    expect(store.getSnapshot()).toEqual({
      marks: {},
      avoid: [],
      storage: "ok",
      problem: { kind: "corrupt", raw, backedUp: true },
      readOnly: false,
      migratedFrom: null,
    });
    expect(storage.contents()).toEqual({ [MAIN]: raw, [BACKUP]: raw });

    store.setWatched("hal", true);
    expect(JSON.parse(storage.contents()[MAIN] ?? "")).toEqual(blob({ hal: { watchedAt: NOW_ISO } }));
    expect(storage.contents()[BACKUP]).toBe(raw);
    expect(store.getSnapshot().problem).toEqual({ kind: "corrupt", raw, backedUp: true });
  });

  test("after a backed-up corruption, ratings and the avoid list save like marks", () => {
    const storage = memoryStorage({ [MAIN]: "{not json" });
    const store = storeOn(storage);
    store.setCried("air", true);
    store.setHit("air", 4);
    store.setAvoid(["war"]);
    expect(JSON.parse(storage.contents()[MAIN] ?? "")).toEqual(
      blob({ air: { watchedAt: NOW_ISO, criedAt: NOW_ISO, hit: 4, ratedAt: NOW_ISO } }, ["war"]),
    );
    expect(storage.contents()[BACKUP]).toBe("{not json");
  });

  test("a dismissed notice stays dismissed", () => {
    const store = storeOn(memoryStorage({ [MAIN]: "{not json" }));
    store.dismissProblem();
    expect(store.getSnapshot().problem).toBeNull();
    store.setWatched("hal", true);
    expect(store.getSnapshot().problem).toBeNull();
  });

  test("when the backup cannot be written, the saved data is never overwritten during the visit", () => {
    const storage = storageFailingWritesTo(BACKUP, "full", { [MAIN]: "{not json" });
    const store = storeOn(storage);
    expect(store.getSnapshot()).toMatchObject({
      storage: "full",
      problem: { kind: "corrupt", raw: "{not json", backedUp: false },
    });

    store.setCried("hal", true);
    store.setWatched("air", true);
    store.dismissProblem();
    expect(store.getSnapshot().marks).toEqual({
      hal: { watchedAt: NOW_ISO, criedAt: NOW_ISO },
      air: { watchedAt: NOW_ISO },
    });
    expect(storage.contents()).toEqual({ [MAIN]: "{not json" });
    expect(store.getSnapshot().storage).toBe("full");
  });

  test("corruption written by another tab is backed up, and the marks on screen stay", () => {
    const storage = memoryStorage();
    const store = storeOn(storage);
    store.setWatched("hal", true);
    storage.simulateExternalWrite(MAIN, "garbage");

    expect(store.getSnapshot()).toMatchObject({
      marks: { hal: { watchedAt: NOW_ISO } },
      problem: { kind: "corrupt", raw: "garbage", backedUp: true },
    });
    expect(storage.contents()[BACKUP]).toBe("garbage");

    store.setWatched("air", true);
    expect(JSON.parse(storage.contents()[MAIN] ?? "")).toEqual(
      blob({ hal: { watchedAt: NOW_ISO }, air: { watchedAt: NOW_ISO } }),
    );
  });
});

describe("data saved by a newer version", () => {
  const newer = JSON.stringify({
    version: 3,
    marks: { hal: { watchedAt: T1, criedAt: T1, hit: 4, ratedAt: T1, tears: "many" } },
    preferences: { avoid: ["war"], volume: 2 },
  });

  test("is read as far as possible, and nothing is written until the person chooses", () => {
    const storage = memoryStorage({ [MAIN]: newer });
    const store = storeOn(storage);
    expect(store.getSnapshot()).toEqual({
      marks: { hal: { watchedAt: T1, criedAt: T1, hit: 4, ratedAt: T1 } },
      avoid: ["war"],
      storage: "ok",
      problem: { kind: "newer", version: 3, raw: newer },
      readOnly: true,
      migratedFrom: null,
    });

    store.setWatched("air", true);
    store.replaceMarks({});
    store.setCried("berserk", true);
    store.setHit("berserk", 3);
    store.setAvoid(["suicide"]);
    expect(store.getSnapshot()).toMatchObject({
      marks: { berserk: { watchedAt: NOW_ISO, criedAt: NOW_ISO, hit: 3, ratedAt: NOW_ISO } },
      avoid: ["suicide"],
    });
    expect(storage.contents()).toEqual({ [MAIN]: newer });
  });

  test("dismissing the notice keeps the protection", () => {
    const storage = memoryStorage({ [MAIN]: newer });
    const store = storeOn(storage);
    store.dismissProblem();
    store.setWatched("air", true);
    expect(store.getSnapshot()).toMatchObject({ problem: null, readOnly: true });
    expect(storage.contents()).toEqual({ [MAIN]: newer });
  });

  test("overwriteNewer backs the newer blob up first, then saves this visit's marks", () => {
    const storage = memoryStorage({ [MAIN]: newer });
    const writes = recordWrites(storage);
    const store = storeOn(storage);
    store.setWatched("air", true);
    store.setAvoid(["war", "depression"]);
    store.overwriteNewer();

    expect(writes).toEqual([BACKUP, MAIN]);
    expect(storage.contents()[BACKUP]).toBe(newer);
    const visit: Marks = {
      hal: { watchedAt: T1, criedAt: T1, hit: 4, ratedAt: T1 },
      air: { watchedAt: NOW_ISO },
    };
    expect(JSON.parse(storage.contents()[MAIN] ?? "")).toEqual(blob(visit, ["war", "depression"]));
    expect(store.getSnapshot()).toMatchObject({
      marks: visit,
      avoid: ["war", "depression"],
      readOnly: false,
      problem: null,
      storage: "ok",
    });

    store.setWatched("berserk", true);
    expect(JSON.parse(storage.contents()[MAIN] ?? "")).toHaveProperty("marks.berserk");
  });

  test("overwriteNewer writes nothing when the backup fails", () => {
    const storage = storageFailingWritesTo(BACKUP, "full", { [MAIN]: newer });
    const store = storeOn(storage);
    store.overwriteNewer();
    expect(storage.contents()).toEqual({ [MAIN]: newer });
    expect(store.getSnapshot()).toMatchObject({
      readOnly: true,
      storage: "full",
      problem: { kind: "newer" },
    });
  });

  test("overwriteNewer does nothing when nothing is protected", () => {
    const storage = memoryStorage();
    const writes = recordWrites(storage);
    storeOn(storage).overwriteNewer();
    expect(writes).toEqual([]);
  });

  test("a newer version written by another tab makes this tab stop writing", () => {
    const storage = memoryStorage();
    const store = storeOn(storage);
    storage.simulateExternalWrite(MAIN, newer);
    expect(store.getSnapshot()).toMatchObject({ readOnly: true, problem: { kind: "newer", version: 3 } });
    store.setWatched("air", true);
    expect(storage.contents()).toEqual({ [MAIN]: newer });
  });
});

describe("older and repaired data", () => {
  const v0 = JSON.stringify(v0Fixture);
  const savedAt = new Date(v0Fixture.savedAt).toISOString();
  const migrated = { hal: { watchedAt: savedAt }, air: { watchedAt: savedAt, criedAt: savedAt } };

  test("a v0 blob is migrated with no mark lost, after its original is backed up", () => {
    const storage = memoryStorage({ [MAIN]: v0 });
    const writes = recordWrites(storage);
    const store = storeOn(storage);

    expect(store.getSnapshot()).toEqual({
      marks: migrated,
      avoid: [],
      storage: "ok",
      problem: null,
      readOnly: false,
      migratedFrom: 0,
    });
    expect(writes).toEqual([BACKUP, MAIN]);
    expect(storage.contents()[BACKUP]).toBe(v0);
    expect(JSON.parse(storage.contents()[MAIN] ?? "")).toEqual(blob(migrated));
  });

  test("a v0 blob whose backup fails is migrated in memory only, and left as it was", () => {
    const storage = storageFailingWritesTo(BACKUP, "unavailable", { [MAIN]: v0 });
    const store = storeOn(storage);
    store.setWatched("berserk", true);
    expect(store.getSnapshot()).toMatchObject({
      marks: { ...migrated, berserk: { watchedAt: NOW_ISO } },
      storage: "unavailable",
      migratedFrom: 0,
    });
    expect(storage.contents()).toEqual({ [MAIN]: v0 });
  });

  test("a repaired v2 blob is backed up before the repair is written", () => {
    const raw = serializeTrackerBlob({ hal: { watchedAt: T1 }, "renamed-show": { watchedAt: T1 } });
    const storage = memoryStorage({ [MAIN]: raw });
    const writes = recordWrites(storage);
    const store = storeOn(storage);
    expect(store.getSnapshot().marks).toEqual({ hal: { watchedAt: T1 } });
    expect(writes).toEqual([BACKUP, MAIN]);
    expect(storage.contents()[BACKUP]).toBe(raw);
    expect(JSON.parse(storage.contents()[MAIN] ?? "")).toEqual(blob({ hal: { watchedAt: T1 } }));
  });

  test("a v1 blob is migrated to v2 with every mark kept, after its original is backed up", () => {
    const v1 = JSON.stringify(v1Fixture);
    const storage = memoryStorage({ [MAIN]: v1 });
    const writes = recordWrites(storage);
    const store = storeOn(storage);

    expect(store.getSnapshot()).toEqual({
      marks: v1Fixture.marks,
      avoid: [],
      storage: "ok",
      problem: null,
      readOnly: false,
      migratedFrom: 1,
    });
    expect(writes).toEqual([BACKUP, MAIN]);
    expect(storage.contents()[BACKUP]).toBe(v1);
    expect(JSON.parse(storage.contents()[MAIN] ?? "")).toEqual(blob(v1Fixture.marks));
  });

  test("a v1 blob whose backup fails is migrated in memory only; ratings and avoid work for the visit", () => {
    const v1 = JSON.stringify(v1Fixture);
    const storage = storageFailingWritesTo(BACKUP, "full", { [MAIN]: v1 });
    const store = storeOn(storage);
    store.setHit("air", 5);
    store.setAvoid(["war"]);
    expect(store.getSnapshot()).toMatchObject({
      marks: { ...v1Fixture.marks, air: { ...v1Fixture.marks.air, hit: 5, ratedAt: NOW_ISO } },
      avoid: ["war"],
      storage: "full",
      migratedFrom: 1,
    });
    expect(storage.contents()).toEqual({ [MAIN]: v1 });
  });

  const cried = { watchedAt: T1, criedAt: T1 };
  test.each([
    ["a hit that is not 1–5", { ...cried, hit: 9, ratedAt: T1 }, ["war"], { ...cried, ratedAt: T1 }],
    ["a hit on a show that is not Cried", { watchedAt: T1, hit: 3 }, ["war"], { watchedAt: T1 }],
    ["an unknown avoid tag", { watchedAt: T1 }, ["war", "spiders"], { watchedAt: T1 }],
  ])("a v2 blob with %s is repaired after its original is backed up", (_label, mark, avoid, repaired) => {
    const raw = JSON.stringify({ version: 2, marks: { air: mark }, preferences: { avoid } });
    const storage = memoryStorage({ [MAIN]: raw });
    const writes = recordWrites(storage);
    const store = storeOn(storage);
    expect(store.getSnapshot()).toMatchObject({
      marks: { air: repaired },
      avoid: ["war"],
      migratedFrom: null,
    });
    expect(writes).toEqual([BACKUP, MAIN]);
    expect(storage.contents()[BACKUP]).toBe(raw);
    expect(JSON.parse(storage.contents()[MAIN] ?? "")).toEqual(blob({ air: repaired }, ["war"]));
  });

  test("a clean v2 blob is not rewritten on load", () => {
    const storage = memoryStorage({ [MAIN]: serializeTrackerBlob({ hal: { watchedAt: T1 } }) });
    const writes = recordWrites(storage);
    storeOn(storage);
    expect(writes).toEqual([]);
  });
});

describe("storage that is blocked or full (browserStorage on a fake window)", () => {
  type Area = NonNullable<StorageHost["localStorage"]>;

  function fakeWindow(area: () => Area | null): StorageHost {
    const target = new EventTarget();
    const host = {
      addEventListener: target.addEventListener.bind(target),
      removeEventListener: target.removeEventListener.bind(target),
    };
    Object.defineProperty(host, "localStorage", { get: area });
    return host as StorageHost;
  }

  function mapArea(data = new Map<string, string>()): Area & { data: Map<string, string> } {
    return {
      data,
      getItem: (key) => data.get(key) ?? null,
      setItem: (key, value) => void data.set(key, value),
      removeItem: (key) => void data.delete(key),
    };
  }

  function expectWorkingInMemory(storage: SafeStorage, health: "unavailable" | "full") {
    const store = storeOn(storage);
    store.setCried("hal", true);
    store.setWatched("air", true);
    expect(store.getSnapshot()).toMatchObject({
      marks: { hal: { watchedAt: NOW_ISO, criedAt: NOW_ISO }, air: { watchedAt: NOW_ISO } },
      storage: health,
      problem: null,
    });
    return store;
  }

  test("a SecurityError on touching localStorage: unavailable, marks work for the visit", () => {
    const storage = browserStorage(
      fakeWindow(() => {
        throw new DOMException("The operation is insecure.", "SecurityError");
      }),
    );
    expect(storeOn(storage).getSnapshot().storage).toBe("unavailable");
    expectWorkingInMemory(storage, "unavailable");
  });

  test("a null localStorage: unavailable, marks work for the visit", () => {
    expectWorkingInMemory(browserStorage(fakeWindow(() => null)), "unavailable");
  });

  test("getItem throwing: unavailable, and nothing is written blind", () => {
    const area = mapArea();
    area.getItem = () => {
      throw new Error("getItem failed");
    };
    expectWorkingInMemory(browserStorage(fakeWindow(() => area)), "unavailable");
    expect(area.data.size).toBe(0);
  });

  test("QuotaExceededError on setItem: full; once space frees up, the next change saves everything", () => {
    const area = mapArea();
    const setItem = area.setItem;
    area.setItem = () => {
      throw new DOMException("The quota has been exceeded.", "QuotaExceededError");
    };
    const store = expectWorkingInMemory(browserStorage(fakeWindow(() => area)), "full");

    store.setAvoid(["war"]);
    expect(store.getSnapshot()).toMatchObject({ avoid: ["war"], storage: "full" });
    area.setItem = setItem;
    store.setWatched("berserk", true);
    expect(store.getSnapshot().storage).toBe("ok");
    expect(JSON.parse(area.data.get(MAIN) ?? "")).toEqual(
      blob(
        {
          hal: { watchedAt: NOW_ISO, criedAt: NOW_ISO },
          air: { watchedAt: NOW_ISO },
          berserk: { watchedAt: NOW_ISO },
        },
        ["war"],
      ),
    );
  });

  test("storage that could not be read on load is read again before the first write, so nothing is lost", () => {
    const area = mapArea(new Map([[MAIN, serializeTrackerBlob({ hal: { watchedAt: T1 } })]]));
    let blocked = true;
    const store = storeOn(
      browserStorage(
        fakeWindow(() => {
          if (blocked) throw new DOMException("denied", "SecurityError");
          return area;
        }),
      ),
    );
    expect(store.getSnapshot()).toMatchObject({ marks: {}, storage: "unavailable" });

    blocked = false;
    store.setWatched("air", true);
    expect(store.getSnapshot()).toMatchObject({
      marks: { hal: { watchedAt: T1 }, air: { watchedAt: NOW_ISO } },
      storage: "ok",
    });
  });
});
