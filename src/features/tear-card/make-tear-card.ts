import { drawTearCard, TEAR_CARD_HEIGHT, TEAR_CARD_WIDTH } from "./draw-tear-card";
import type { TearCardData } from "./tear-card-data";
import { downloadBlob } from "../../lib/download";

// Turning the card into a file and handing it over, all in the browser: no server sees
// the person's marks.

const PNG = "image/png";
const SHARE_TITLE = "My tear card";
const SHARE_TEXT = "The sad anime that made me cry, from Made Us Cry.";

export async function renderTearCardBlob(data: TearCardData): Promise<Blob> {
  // OffscreenCanvas needs no document and skips the DOM; older Safari lacks it.
  if (typeof OffscreenCanvas !== "undefined") {
    const canvas = new OffscreenCanvas(TEAR_CARD_WIDTH, TEAR_CARD_HEIGHT);
    const ctx = canvas.getContext("2d");
    if (ctx) {
      drawTearCard(ctx, data);
      return canvas.convertToBlob({ type: PNG });
    }
  }
  const canvas = document.createElement("canvas");
  canvas.width = TEAR_CARD_WIDTH;
  canvas.height = TEAR_CARD_HEIGHT;
  const ctx = canvas.getContext("2d");
  if (!ctx) throw new Error("This browser cannot draw on a canvas.");
  drawTearCard(ctx, data);
  return new Promise((resolve, reject) => {
    canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error("The canvas gave no image."))), PNG);
  });
}

/** "made-us-cry-tear-card-2026-11-25.png", dated in the person's own day. */
export function tearCardFileName(now: Date): string {
  const pad = (n: number): string => String(n).padStart(2, "0");
  return `made-us-cry-tear-card-${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}.png`;
}

export type TearCardOutcome = "shared" | "downloaded" | "cancelled";

/**
 * Offers the system share sheet where it takes image files (most phones), else saves the
 * file. Closing the share sheet is the person's choice, not a failure: it comes back as
 * "cancelled". Any other refusal (say the click's permission ran out while drawing) falls
 * back to a download, so the person still gets their card.
 */
export async function shareOrDownloadTearCard(blob: Blob, fileName: string): Promise<TearCardOutcome> {
  const file = new File([blob], fileName, { type: PNG });
  if (typeof navigator !== "undefined" && navigator.canShare?.({ files: [file] })) {
    try {
      await navigator.share({ files: [file], title: SHARE_TITLE, text: SHARE_TEXT });
      return "shared";
    } catch (error) {
      if (error instanceof DOMException && error.name === "AbortError") return "cancelled";
    }
  }
  downloadBlob(blob, fileName);
  return "downloaded";
}
