// @vitest-environment jsdom
import fc from "fast-check";
import { afterEach, describe, expect, test, vi } from "vitest";
import { browserStorage, classifyStorageError, type SafeStorage, type StorageHost } from "./safe-storage";

type Area = NonNullable<StorageHost["localStorage"]>;

/** A window whose localStorage is whatever the test hands it, with real storage events. */
function fakeHost(area: Area | null | (() => Area | null)): StorageHost & { target: EventTarget } {
  const target = new EventTarget();
  const host = {
    target,
    addEventListener: target.addEventListener.bind(target),
    removeEventListener: target.removeEventListener.bind(target),
  };
  Object.defineProperty(host, "localStorage", {
    get: () => (typeof area === "function" ? area() : area),
  });
  return host as StorageHost & { target: EventTarget };
}

function mapArea(): Area & { data: Map<string, string> } {
  const data = new Map<string, string>();
  return {
    data,
    getItem: (key) => data.get(key) ?? null,
    setItem: (key, value) => void data.set(key, value),
    removeItem: (key) => void data.delete(key),
  };
}

function throwingArea(error: unknown, on: "getItem" | "setItem" | "all" = "all"): Area {
  const area = mapArea();
  const fail = () => {
    throw error;
  };
  return {
    getItem: on === "setItem" ? area.getItem : fail,
    setItem: on === "getItem" ? area.setItem : fail,
    removeItem: on === "all" ? fail : area.removeItem,
  };
}

function everyCall(storage: SafeStorage) {
  return [storage.read("k"), storage.write("k", "v"), storage.remove("k")];
}

afterEach(() => {
  vi.unstubAllGlobals();
  window.localStorage.clear();
});

describe("browserStorage", () => {
  test("reads, writes and removes through the real window.localStorage by default", () => {
    const storage = browserStorage();
    expect(storage.read("k")).toEqual({ ok: true, value: null });
    expect(storage.write("k", "hello")).toEqual({ ok: true, value: undefined });
    expect(window.localStorage.getItem("k")).toBe("hello");
    expect(storage.read("k")).toEqual({ ok: true, value: "hello" });
    expect(storage.remove("k")).toEqual({ ok: true, value: undefined });
    expect(storage.read("k")).toEqual({ ok: true, value: null });
  });

  test("without a window (server rendering) every call is unavailable and subscribe is a no-op", () => {
    vi.stubGlobal("window", undefined);
    const storage = browserStorage();
    for (const result of everyCall(storage)) expect(result).toEqual({ ok: false, reason: "unavailable" });
    const unsubscribe = storage.subscribe("k", () => undefined);
    expect(() => unsubscribe()).not.toThrow();
  });

  test("a SecurityError from the localStorage getter makes every call unavailable", () => {
    const host = fakeHost(() => {
      throw new DOMException("The operation is insecure.", "SecurityError");
    });
    for (const result of everyCall(browserStorage(host))) {
      expect(result).toEqual({ ok: false, reason: "unavailable" });
    }
  });

  test("a null localStorage makes every call unavailable", () => {
    for (const result of everyCall(browserStorage(fakeHost(null)))) {
      expect(result).toEqual({ ok: false, reason: "unavailable" });
    }
  });

  test("getItem throwing is unavailable, and writes still work", () => {
    const storage = browserStorage(fakeHost(throwingArea(new Error("boom"), "getItem")));
    expect(storage.read("k")).toEqual({ ok: false, reason: "unavailable" });
    expect(storage.write("k", "v")).toEqual({ ok: true, value: undefined });
  });

  test("a non-string from getItem reads as nothing stored", () => {
    const area = { ...mapArea(), getItem: () => undefined as unknown as string };
    expect(browserStorage(fakeHost(area)).read("k")).toEqual({ ok: true, value: null });
  });

  test.each([
    ["QuotaExceededError by name", new DOMException("full", "QuotaExceededError")],
    ["legacy code 22", Object.assign(new Error("full"), { code: 22 })],
    ["Firefox code 1014", Object.assign(new Error("full"), { code: 1014 })],
    [
      "Firefox NS_ERROR_DOM_QUOTA_REACHED",
      Object.assign(new Error("full"), { name: "NS_ERROR_DOM_QUOTA_REACHED" }),
    ],
  ])("setItem throwing %s is full", (_label, error) => {
    const storage = browserStorage(fakeHost(throwingArea(error, "setItem")));
    expect(storage.write("k", "v")).toEqual({ ok: false, reason: "full" });
    expect(storage.read("k")).toEqual({ ok: true, value: null });
  });

  test("other errors from setItem are unavailable", () => {
    const storage = browserStorage(fakeHost(throwingArea(new TypeError("nope"), "setItem")));
    expect(storage.write("k", "v")).toEqual({ ok: false, reason: "unavailable" });
  });

  test("storage events for the key, or for clear(), call the listener until unsubscribed", () => {
    const host = fakeHost(mapArea());
    const onChange = vi.fn();
    const unsubscribe = browserStorage(host).subscribe("k", onChange);

    host.target.dispatchEvent(new StorageEvent("storage", { key: "k", newValue: "1" }));
    host.target.dispatchEvent(new StorageEvent("storage", { key: "other", newValue: "1" }));
    host.target.dispatchEvent(new StorageEvent("storage", { key: null }));
    expect(onChange).toHaveBeenCalledTimes(2);

    unsubscribe();
    unsubscribe();
    host.target.dispatchEvent(new StorageEvent("storage", { key: "k", newValue: "2" }));
    expect(onChange).toHaveBeenCalledTimes(2);
  });

  test("storage events from sessionStorage are ignored", () => {
    const onChange = vi.fn();
    const unsubscribe = browserStorage().subscribe("k", onChange);
    window.dispatchEvent(new StorageEvent("storage", { key: "k", storageArea: window.sessionStorage }));
    expect(onChange).not.toHaveBeenCalled();
    window.dispatchEvent(new StorageEvent("storage", { key: "k", storageArea: window.localStorage }));
    expect(onChange).toHaveBeenCalledTimes(1);
    unsubscribe();
  });

  test("subscribe survives a window whose addEventListener throws", () => {
    const host = {
      ...fakeHost(mapArea()),
      addEventListener: () => {
        throw new Error("no events here");
      },
    };
    expect(() => browserStorage(host).subscribe("k", () => undefined)()).not.toThrow();
  });

  test("never throws, whatever the storage throws", () => {
    const thrown = fc.oneof(
      fc.anything(),
      fc.constantFrom(
        new DOMException("x", "QuotaExceededError"),
        new DOMException("x", "SecurityError"),
        new Error("x"),
      ),
    );
    fc.assert(
      fc.property(thrown, fc.constantFrom("getItem", "setItem", "all"), (error, on) => {
        const storage = browserStorage(fakeHost(throwingArea(error, on)));
        for (const result of everyCall(storage)) expect(typeof result.ok).toBe("boolean");
      }),
    );
  });
});

describe("classifyStorageError", () => {
  test("an error object whose name getter throws is unavailable", () => {
    const hostile = {
      get name(): string {
        throw new Error("gotcha");
      },
    };
    expect(classifyStorageError(hostile)).toBe("unavailable");
    expect(classifyStorageError("QuotaExceededError")).toBe("unavailable");
    expect(classifyStorageError(null)).toBe("unavailable");
  });
});

describe("the lint rule that keeps storage behind this module", () => {
  const code = 'export const a = localStorage.getItem("k");\nexport const b = window.sessionStorage;\n';

  test(
    "flags localStorage and sessionStorage in any other file, and not here",
    { timeout: 30_000 },
    async () => {
      const { ESLint } = await import("eslint");
      const eslint = new ESLint();
      const ruleIdsFor = async (filePath: string) => {
        const [result] = await eslint.lintText(code, { filePath });
        return result?.messages.map((message) => message.ruleId);
      };
      expect(await ruleIdsFor("src/features/tracker/anything.ts")).toEqual([
        "no-restricted-globals",
        "no-restricted-properties",
      ]);
      expect(await ruleIdsFor("src/lib/anything-else.ts")).toHaveLength(2);
      expect(await ruleIdsFor("src/lib/safe-storage.ts")).toEqual([]);
      expect(await ruleIdsFor("tests/e2e/tracker.spec.ts")).toEqual([]);
    },
  );
});
