import { chromium } from "@playwright/test";
const browser = await chromium.launch({ executablePath: "/usr/bin/chromium" });
const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
await page.goto(`http://127.0.0.1:${process.env.PORT}${process.argv[2]}`);
await page.waitForTimeout(1200);
const shifts = await page.evaluate(() => new Promise((resolve) => {
  const out = [];
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) out.push({ v: e.value, t: Math.round(e.startTime), src: (e.sources ?? []).map((s) => ({ n: s.node ? (s.node.outerHTML ?? s.node.textContent ?? "").slice(0, 100) : null, p: [s.previousRect.x, s.previousRect.y, s.previousRect.width, s.previousRect.height], c: [s.currentRect.x, s.currentRect.y, s.currentRect.width, s.currentRect.height] })) });
  }).observe({ type: "layout-shift", buffered: true });
  setTimeout(() => resolve(out), 300);
}));
console.log(JSON.stringify(shifts, null, 1));
await browser.close();
