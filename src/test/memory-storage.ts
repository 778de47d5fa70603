// A test double for src/lib/safe-storage.ts: one tab's view of localStorage, in memory,
// with other tabs and failures (unavailable, full) on demand.
import type { SafeStorage, StorageFailure } from "../lib/safe-storage";

export type MemoryStorageOperation = "read" | "write" | "remove";

export type MemoryStorageOptions = {
  /** Make calls fail: always, or per call when the function returns a reason. */
  failWith?: StorageFailure | ((operation: MemoryStorageOperation, key: string) => StorageFailure | null);
};

/** A test double that behaves like one tab's view of localStorage. */
export type MemoryStorage = SafeStorage & {
  /** Another tab sets `key` (null removes it): the value changes and subscribers hear of it. */
  simulateExternalWrite(key: string, value: string | null): void;
  /** Another tab calls localStorage.clear(). */
  simulateExternalClear(): void;
  /** A second tab over the same data: each tab's writes notify the other tabs, as browsers do. */
  openTab(): MemoryStorage;
  /** Changes the simulated failure for every tab, e.g. to let a full disk recover. */
  setFailWith(failWith: MemoryStorageOptions["failWith"]): void;
  /** What is stored now, for assertions. */
  contents(): Record<string, string>;
};

type Subscribers = Set<{ key: string; onChange: () => void }>;
type SharedArea = {
  data: Map<string, string>;
  failWith: MemoryStorageOptions["failWith"];
  tabs: Set<Subscribers>;
};

export function memoryStorage(
  initial: Readonly<Record<string, string>> = {},
  options: MemoryStorageOptions = {},
): MemoryStorage {
  return openMemoryTab({
    data: new Map(Object.entries(initial)),
    failWith: options.failWith,
    tabs: new Set(),
  });
}

function openMemoryTab(shared: SharedArea): MemoryStorage {
  const subscribers: Subscribers = new Set();
  shared.tabs.add(subscribers);

  const failure = (operation: MemoryStorageOperation, key: string): StorageFailure | null => {
    const { failWith } = shared;
    if (failWith === undefined) return null;
    return typeof failWith === "function" ? failWith(operation, key) : failWith;
  };

  // Like the browser: only other tabs hear of a change, and only when the value changed.
  const notifyTabs = (key: string | null, except: Subscribers | null) => {
    for (const tab of shared.tabs) {
      if (tab === except) continue;
      for (const subscriber of [...tab]) {
        if (key === null || subscriber.key === key) subscriber.onChange();
      }
    }
  };

  const change = (key: string, value: string | null, from: Subscribers | null) => {
    if ((shared.data.get(key) ?? null) === value) return;
    if (value === null) shared.data.delete(key);
    else shared.data.set(key, value);
    notifyTabs(key, from);
  };

  return {
    read(key) {
      const reason = failure("read", key);
      return reason ? { ok: false, reason } : { ok: true, value: shared.data.get(key) ?? null };
    },
    write(key, value) {
      const reason = failure("write", key);
      if (reason) return { ok: false, reason };
      change(key, value, subscribers);
      return { ok: true, value: undefined };
    },
    remove(key) {
      const reason = failure("remove", key);
      if (reason) return { ok: false, reason };
      change(key, null, subscribers);
      return { ok: true, value: undefined };
    },
    subscribe(key, onChange) {
      const subscriber = { key, onChange };
      subscribers.add(subscriber);
      return () => void subscribers.delete(subscriber);
    },
    simulateExternalWrite: (key, value) => change(key, value, null),
    simulateExternalClear() {
      shared.data.clear();
      notifyTabs(null, null);
    },
    openTab: () => openMemoryTab(shared),
    setFailWith(failWith) {
      shared.failWith = failWith;
    },
    contents: () => Object.fromEntries(shared.data),
  };
}
