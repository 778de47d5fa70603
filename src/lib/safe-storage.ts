// The only module that touches localStorage (ESLint forbids it anywhere else).
// Private modes, blocked cookies, sandboxed iframes and full disks all make storage
// throw, sometimes on mere access; a throw from storage must never break the page, so
// every call returns a result instead. After Excalidraw's data/localStorage.ts.

export type StorageFailure = "unavailable" | "full";

export type StorageResult<T> = { ok: true; value: T } | { ok: false; reason: StorageFailure };

export type SafeStorage = {
  read(key: string): StorageResult<string | null>;
  write(key: string, value: string): StorageResult<void>;
  remove(key: string): StorageResult<void>;
  /** Calls onChange when another tab changes `key` (or clears storage). Returns the unsubscribe. */
  subscribe(key: string, onChange: () => void): () => void;
};

/** The part of `window` this module uses; a real Window fits, and so does a test fake. */
export type StorageHost = {
  readonly localStorage: Pick<Storage, "getItem" | "setItem" | "removeItem"> | null;
  addEventListener(type: "storage", listener: (event: StorageEvent) => void): void;
  removeEventListener(type: "storage", listener: (event: StorageEvent) => void): void;
};

const UNAVAILABLE = { ok: false, reason: "unavailable" } as const;
const noop = () => undefined;

/** QuotaExceededError has gone by several names and codes across engines. */
export function classifyStorageError(error: unknown): StorageFailure {
  try {
    if (typeof error !== "object" || error === null) return "unavailable";
    const name: unknown = Reflect.get(error, "name");
    const code: unknown = Reflect.get(error, "code");
    const full =
      name === "QuotaExceededError" ||
      name === "NS_ERROR_DOM_QUOTA_REACHED" || // Firefox before 2020
      code === 22 || // QUOTA_EXCEEDED_ERR
      code === 1014; // NS_ERROR_DOM_QUOTA_REACHED
    return full ? "full" : "unavailable";
  } catch {
    return "unavailable";
  }
}

function defaultHost(): StorageHost | undefined {
  return typeof window === "undefined" ? undefined : window;
}

export function browserStorage(host: StorageHost | undefined = defaultHost()): SafeStorage {
  function attempt<T>(run: (area: NonNullable<StorageHost["localStorage"]>) => T): StorageResult<T> {
    if (host === undefined) return UNAVAILABLE;
    try {
      // The getter itself throws a SecurityError when storage is blocked.
      const area = host.localStorage;
      if (area === null || area === undefined) return UNAVAILABLE;
      return { ok: true, value: run(area) };
    } catch (error) {
      return { ok: false, reason: classifyStorageError(error) };
    }
  }

  const isLocalArea = (event: StorageEvent): boolean => {
    try {
      return event.storageArea === null || event.storageArea === host?.localStorage;
    } catch {
      return true;
    }
  };

  return {
    read: (key) =>
      attempt((area) => {
        const value: unknown = area.getItem(key);
        return typeof value === "string" ? value : null;
      }),
    write: (key, value) => attempt((area) => void area.setItem(key, value)),
    remove: (key) => attempt((area) => void area.removeItem(key)),
    subscribe(key, onChange) {
      if (host === undefined) return noop;
      // The browser fires `storage` only in the other tabs; key is null after clear().
      const listener = (event: StorageEvent) => {
        if ((event.key === null || event.key === key) && isLocalArea(event)) onChange();
      };
      try {
        host.addEventListener("storage", listener);
      } catch {
        return noop;
      }
      let subscribed = true;
      return () => {
        if (!subscribed) return;
        subscribed = false;
        try {
          host.removeEventListener("storage", listener);
        } catch {
          // Nothing to undo: the listener can no longer be reached.
        }
      };
    },
  };
}

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
