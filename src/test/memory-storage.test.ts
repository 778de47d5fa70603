import { describe, expect, test, vi } from "vitest";
import { memoryStorage } from "./memory-storage";

describe("memoryStorage", () => {
  test("starts from the initial record and reads, writes and removes", () => {
    const storage = memoryStorage({ a: "1" });
    expect(storage.read("a")).toEqual({ ok: true, value: "1" });
    storage.write("b", "2");
    storage.remove("a");
    expect(storage.contents()).toEqual({ b: "2" });
  });

  test("failWith makes every call fail, or the calls a function picks, and can change later", () => {
    const full = memoryStorage({}, { failWith: "full" });
    expect(full.write("k", "v")).toEqual({ ok: false, reason: "full" });
    expect(full.read("k")).toEqual({ ok: false, reason: "full" });
    full.setFailWith(undefined);
    expect(full.write("k", "v")).toEqual({ ok: true, value: undefined });

    const picky = memoryStorage(
      {},
      { failWith: (op, key) => (op === "write" && key === "b" ? "full" : null) },
    );
    expect(picky.write("a", "1")).toEqual({ ok: true, value: undefined });
    expect(picky.write("b", "1")).toEqual({ ok: false, reason: "full" });
    expect(picky.contents()).toEqual({ a: "1" });
  });

  test("a simulated write from another tab changes the value and notifies subscribers of that key", () => {
    const storage = memoryStorage();
    const onK = vi.fn();
    const onOther = vi.fn();
    storage.subscribe("k", onK);
    storage.subscribe("other", onOther);
    storage.simulateExternalWrite("k", "v");
    expect(storage.read("k")).toEqual({ ok: true, value: "v" });
    expect(onK).toHaveBeenCalledTimes(1);
    expect(onOther).not.toHaveBeenCalled();

    storage.simulateExternalWrite("k", "v");
    expect(onK).toHaveBeenCalledTimes(1);
    storage.simulateExternalWrite("k", null);
    expect(storage.contents()).toEqual({});
    expect(onK).toHaveBeenCalledTimes(2);
  });

  test("a simulated clear empties storage and notifies every subscriber", () => {
    const storage = memoryStorage({ a: "1" });
    const onChange = vi.fn();
    storage.subscribe("a", onChange);
    storage.simulateExternalClear();
    expect(storage.contents()).toEqual({});
    expect(onChange).toHaveBeenCalledTimes(1);
  });

  test("tabs share data; a tab's writes notify the other tabs but not itself", () => {
    const first = memoryStorage();
    const second = first.openTab();
    const onFirst = vi.fn();
    const onSecond = vi.fn();
    const unsubscribe = first.subscribe("k", onFirst);
    second.subscribe("k", onSecond);

    first.write("k", "from first");
    expect(second.read("k")).toEqual({ ok: true, value: "from first" });
    expect(onFirst).not.toHaveBeenCalled();
    expect(onSecond).toHaveBeenCalledTimes(1);

    second.remove("k");
    expect(onFirst).toHaveBeenCalledTimes(1);
    unsubscribe();
    second.write("k", "again");
    expect(onFirst).toHaveBeenCalledTimes(1);
  });
});
