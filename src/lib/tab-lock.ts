// Runs short synchronous work under a lock that all tabs of this origin share (the Web Locks
// API), so one tab's read-modify-write of localStorage never interleaves with another's.
//
// Where there are no Web Locks (jsdom; Safari before 15.4; pages that are not a secure
// context) or a request fails (a SecurityError in an opaque origin, such as a sandboxed
// iframe), the work runs at once instead, and later work skips the lock for the rest of the
// page. So callers must be correct without the lock; it only makes conflicts rare. In every
// case the work runs exactly once, and never overlaps other work under the same name in
// this tab, even when one piece of work sets off another.

/** The part of navigator.locks used here: a real LockManager fits, and so does a test fake. */
export type LockRequester = {
  request(name: string, callback: () => void): Promise<unknown>;
};

/** Runs `work` under the lock: later with Web Locks, at once without them. */
export type TabLock = (work: () => void) => void;

/** navigator.locks, or null where it is missing (or merely reading it throws). */
export function browserLocks(): LockRequester | null {
  try {
    return typeof navigator === "undefined" ? null : (navigator.locks ?? null);
  } catch {
    return null;
  }
}

/** Work waiting in this tab, per lock name, behind the work that is running. */
const queues = new Map<string, (() => void)[]>();

/** Runs work now, or after the work under the same name that is running (it started this). */
function runInTurn(name: string, work: () => void) {
  const running = queues.get(name);
  if (running) {
    running.push(work);
    return;
  }
  const queue = [work];
  queues.set(name, queue);
  try {
    for (let next = queue.shift(); next; next = queue.shift()) next();
  } finally {
    queues.delete(name);
  }
}

export function tabLock(name: string, locks: LockRequester | null = browserLocks()): TabLock {
  let usable = locks !== null;
  return (work) => {
    if (!usable || locks === null) {
      runInTurn(name, work);
      return;
    }
    let ran = false;
    const once = () => {
      if (ran) return;
      ran = true;
      runInTurn(name, work);
    };
    try {
      locks.request(name, once).catch((error: unknown) => {
        // An error from the work itself is a bug: let it surface, and do not run it twice.
        if (ran) throw error;
        usable = false;
        once();
      });
    } catch {
      usable = false;
      once();
    }
  };
}
