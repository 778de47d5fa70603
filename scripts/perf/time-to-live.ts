/**
 * Time until the app is live on a throttled phone, as docs/decisions/006 measures it:
 * Chromium (via Playwright) with the network at a 150 ms round trip and 1.6 Mbit/s each
 * way, the CPU 4× slower (CDP), a 412×915 page, no cache or service worker. "Live" is the
 * moment the root layout sets `html[data-ready]`: from then on every tap is React's. Also
 * the first contentful paint of the same loads. Each load in a fresh context.
 */
import { chromium, type Browser } from "@playwright/test";
import { CHROMIUM_FLAGS } from "../chromium.ts";
import { CHROME_PATH } from "./report.ts";

export type LiveFigures = { live: number; fcp: number };

const NETWORK = {
  offline: false,
  latency: 150, // ms, round trip
  downloadThroughput: (1.6 * 1024 * 1024) / 8, // bytes/s
  uploadThroughput: (1.6 * 1024 * 1024) / 8,
};

async function loadOnce(browser: Browser, url: string): Promise<LiveFigures> {
  const context = await browser.newContext({
    viewport: { width: 412, height: 915 },
    serviceWorkers: "block",
  });
  try {
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send("Network.enable");
    await cdp.send("Network.emulateNetworkConditions", NETWORK);
    await cdp.send("Emulation.setCPUThrottlingRate", { rate: 4 });
    await page.goto(url, { waitUntil: "commit" });
    await page.locator("html[data-ready]").waitFor({ state: "attached", timeout: 30_000 });
    // RootLayout sets the attribute and marks `made-us-cry:live` in the same effect: the
    // attribute says when to read, the mark says when it happened.
    return await page.evaluate(() => {
      const live = performance.getEntriesByName("made-us-cry:live")[0]?.startTime ?? performance.now();
      const fcp = performance.getEntriesByName("first-contentful-paint")[0]?.startTime ?? Number.NaN;
      return { live, fcp };
    });
  } finally {
    await context.close();
  }
}

/** `loads` loads of each URL, interleaved; the figures of each URL in load order. */
export async function timeToLive(urls: readonly string[], loads: number): Promise<LiveFigures[][]> {
  const browser = await chromium.launch({ executablePath: CHROME_PATH, args: [...CHROMIUM_FLAGS] });
  try {
    const figures: LiveFigures[][] = urls.map(() => []);
    for (let load = 0; load < loads; load += 1) {
      for (const [index, url] of urls.entries()) figures[index]?.push(await loadOnce(browser, url));
    }
    return figures;
  } finally {
    await browser.close();
  }
}
