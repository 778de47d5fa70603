import { expect, test, vi } from "vitest";
import { browserLocks, tabLock, type LockRequester } from "./tab-lock";

/** A lock manager that grants when the test says so. */
function heldLocks() {
  const waiting: (() => void)[] = [];
  const locks: LockRequester = {
    request: vi.fn((_name: string, callback: () => void) => {
      return new Promise<void>((resolve) => waiting.push(() => resolve(callback())));
    }),
  };
  return { locks, grant: () => waiting.shift()?.() };
}

/** Lets rejected requests reach their catch handlers. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

test("jsdom has no Web Locks, so browserLocks() is null and work runs at once", () => {
  expect(browserLocks()).toBeNull();
  const work = vi.fn();
  tabLock("test")(work);
  expect(work).toHaveBeenCalledTimes(1);
});

test("with Web Locks the work waits for the grant, under the given name, and runs once", () => {
  const { locks, grant } = heldLocks();
  const work = vi.fn();
  tabLock("made-us-cry:test", locks)(work);
  expect(work).not.toHaveBeenCalled();
  expect(locks.request).toHaveBeenCalledWith("made-us-cry:test", expect.any(Function));
  grant();
  expect(work).toHaveBeenCalledTimes(1);
});

test("a request that rejects (a SecurityError in an opaque origin) runs the work without the lock, and later work skips it", async () => {
  const locks: LockRequester = {
    request: vi.fn(() => Promise.reject(new DOMException("opaque origin", "SecurityError"))),
  };
  const lock = tabLock("test", locks);
  const first = vi.fn();
  lock(first);
  await settle();
  expect(first).toHaveBeenCalledTimes(1);

  const second = vi.fn();
  lock(second);
  expect(second).toHaveBeenCalledTimes(1);
  expect(locks.request).toHaveBeenCalledTimes(1);
});

test("a request that throws at once runs the work at once, without the lock", () => {
  const locks: LockRequester = {
    request: () => {
      throw new TypeError("not a valid lock name");
    },
  };
  const work = vi.fn();
  tabLock("test", locks)(work);
  expect(work).toHaveBeenCalledTimes(1);
});

test("work started by work under the same name runs after it, never inside it", () => {
  const lock = tabLock("test", null);
  const order: string[] = [];
  lock(() => {
    lock(() => order.push("inner"));
    order.push("outer done");
  });
  expect(order).toEqual(["outer done", "inner"]);
});

test("work under another name is not held back", () => {
  const order: string[] = [];
  tabLock(
    "one",
    null,
  )(() => {
    tabLock("two", null)(() => order.push("two"));
    order.push("one done");
  });
  expect(order).toEqual(["two", "one done"]);
});
