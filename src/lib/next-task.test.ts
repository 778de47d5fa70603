import { afterEach, expect, test, vi } from "vitest";
import { afterNextPaint } from "./next-task";

afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

test("afterNextPaint waits for the next frame, then for a task after it", async () => {
  vi.useFakeTimers();
  const frames: FrameRequestCallback[] = [];
  vi.stubGlobal("requestAnimationFrame", (callback: FrameRequestCallback) => frames.push(callback));
  let done = false;
  void afterNextPaint().then(() => (done = true));

  await vi.advanceTimersByTimeAsync(100);
  expect(done).toBe(false);
  frames.forEach((callback) => callback(0));
  await Promise.resolve();
  expect(done).toBe(false);
  await vi.advanceTimersByTimeAsync(0);
  expect(done).toBe(true);
});

test("afterNextPaint still resolves on a page that paints no frame (a hidden tab)", async () => {
  vi.useFakeTimers();
  vi.stubGlobal("requestAnimationFrame", () => 0);
  let done = false;
  void afterNextPaint().then(() => (done = true));

  await vi.advanceTimersByTimeAsync(249);
  expect(done).toBe(false);
  await vi.advanceTimersByTimeAsync(1);
  expect(done).toBe(true);
});
