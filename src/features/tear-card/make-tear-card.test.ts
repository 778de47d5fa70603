// @vitest-environment jsdom
import { afterEach, beforeEach, expect, test, vi } from "vitest";
import { shareOrDownloadTearCard, tearCardFileName } from "./make-tear-card";

// renderTearCardBlob needs a real canvas; the browser spec covers it. Here: naming the
// file, and choosing between the share sheet and a download.

const blob = new Blob(["png"], { type: "image/png" });
const FILE_NAME = "made-us-cry-tear-card-2026-11-25.png";

let clicked: HTMLAnchorElement[] = [];

beforeEach(() => {
  clicked = [];
  vi.spyOn(URL, "createObjectURL").mockReturnValue("blob:tear-card");
  vi.spyOn(URL, "revokeObjectURL").mockImplementation(() => undefined);
  vi.spyOn(HTMLAnchorElement.prototype, "click").mockImplementation(function (this: HTMLAnchorElement) {
    clicked.push(this);
  });
});

afterEach(() => {
  vi.unstubAllGlobals();
});

function stubShare(canShare: boolean, share: () => Promise<void>) {
  vi.stubGlobal("navigator", { ...navigator, canShare: vi.fn(() => canShare), share: vi.fn(share) });
}

test("the file name carries the person's local date", () => {
  expect(tearCardFileName(new Date(2026, 10, 25, 23, 59))).toBe(FILE_NAME);
  expect(tearCardFileName(new Date(2027, 0, 5))).toBe("made-us-cry-tear-card-2027-01-05.png");
});

test("without a share sheet for files, the card is downloaded under its name", async () => {
  expect(await shareOrDownloadTearCard(blob, FILE_NAME)).toBe("downloaded");
  expect(clicked).toHaveLength(1);
  expect(clicked[0]?.download).toBe(FILE_NAME);
  expect(clicked[0]?.href).toBe("blob:tear-card");
  expect(document.querySelector("a[download]")).toBeNull();
});

test("where files can be shared, the share sheet gets the PNG", async () => {
  const share = vi.fn(() => Promise.resolve());
  stubShare(true, share);
  expect(await shareOrDownloadTearCard(blob, FILE_NAME)).toBe("shared");
  const [request] = vi.mocked(navigator.share).mock.calls[0] ?? [];
  expect(request?.files?.[0]?.name).toBe(FILE_NAME);
  expect(request?.files?.[0]?.type).toBe("image/png");
  expect(clicked).toHaveLength(0);
});

test("closing the share sheet is not an error and downloads nothing", async () => {
  stubShare(true, () => Promise.reject(new DOMException("Share canceled", "AbortError")));
  expect(await shareOrDownloadTearCard(blob, FILE_NAME)).toBe("cancelled");
  expect(clicked).toHaveLength(0);
});

test("a share the browser refuses falls back to a download", async () => {
  stubShare(true, () => Promise.reject(new DOMException("No user gesture", "NotAllowedError")));
  expect(await shareOrDownloadTearCard(blob, FILE_NAME)).toBe("downloaded");
  expect(clicked).toHaveLength(1);
});
