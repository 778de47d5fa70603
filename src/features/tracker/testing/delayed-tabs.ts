import type { SafeStorage } from "../../../lib/safe-storage";
import type { LockRequester } from "../../../lib/tab-lock";

// Test support: tabs in separate processes, as Chromium and Firefox run them. Each tab reads
// its own copy of localStorage; a write lands in that copy and in the shared store at once,
// and reaches the other tabs' copies only when the test delivers it (then their `storage`
// event fires). As in Chromium, a tab ignores a delivered change that is older than its own
// last write to the key, so every copy ends equal to the shared store once all is delivered.
// Beside it, a lock manager whose grants the test hands out one at a time.

type Delivery = { readonly key: string; readonly value: string | null; readonly order: number };

type Tab = {
  readonly copy: Map<string, string>;
  readonly ownWrites: Map<string, number>;
  readonly inbox: Delivery[];
  readonly subscribers: Set<{ key: string; onChange: () => void }>;
};

export type DelayedTabs = {
  /** A new tab, whose copy starts as the shared store is now. */
  openTab(): SafeStorage;
  /** Delivers the oldest change on its way to tab `index`; false when none is. */
  deliver(index: number): boolean;
  /** Delivers everything on its way, to every tab, in order. */
  deliverAll(): void;
  /** What the shared store holds for `key`. */
  stored(key: string): string | undefined;
};

const OK = { ok: true, value: undefined } as const;

export function delayedTabs(initial: Readonly<Record<string, string>> = {}): DelayedTabs {
  const shared = new Map(Object.entries(initial));
  const tabs: Tab[] = [];
  let order = 0;

  function change(from: Tab, key: string, value: string | null) {
    order += 1;
    if (value === null) from.copy.delete(key);
    else from.copy.set(key, value);
    from.ownWrites.set(key, order);
    if (value === null) shared.delete(key);
    else shared.set(key, value);
    for (const tab of tabs) if (tab !== from) tab.inbox.push({ key, value, order });
  }

  function deliver(index: number): boolean {
    const tab = tabs[index];
    const delivery = tab?.inbox.shift();
    if (tab === undefined || delivery === undefined) return false;
    const { key, value } = delivery;
    if ((tab.ownWrites.get(key) ?? 0) > delivery.order) return true;
    if ((tab.copy.get(key) ?? null) === value) return true;
    if (value === null) tab.copy.delete(key);
    else tab.copy.set(key, value);
    for (const subscriber of [...tab.subscribers]) if (subscriber.key === key) subscriber.onChange();
    return true;
  }

  return {
    openTab() {
      const tab: Tab = { copy: new Map(shared), ownWrites: new Map(), inbox: [], subscribers: new Set() };
      tabs.push(tab);
      return {
        read: (key) => ({ ok: true, value: tab.copy.get(key) ?? null }),
        write(key, value) {
          change(tab, key, value);
          return OK;
        },
        remove(key) {
          change(tab, key, null);
          return OK;
        },
        subscribe(key, onChange) {
          const subscriber = { key, onChange };
          tab.subscribers.add(subscriber);
          return () => void tab.subscribers.delete(subscriber);
        },
      };
    },
    deliver,
    deliverAll() {
      while (tabs.some((_, index) => deliver(index)));
    },
    stored: (key) => shared.get(key),
  };
}

export type FakeLocks = LockRequester & {
  /** Runs the oldest waiting request's callback; false when none waits. */
  grant(): boolean;
  readonly waiting: number;
};

/** One lock manager for all tabs, like navigator.locks for one origin. */
export function fakeLocks(): FakeLocks {
  const queue: (() => void)[] = [];
  return {
    request: (_name, callback) =>
      new Promise((resolve, reject) => {
        queue.push(() => {
          try {
            resolve(callback());
          } catch (error) {
            reject(error);
          }
        });
      }),
    grant() {
      const next = queue.shift();
      next?.();
      return next !== undefined;
    },
    get waiting() {
      return queue.length;
    },
  };
}
