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
