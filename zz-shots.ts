import { chromium } from "@playwright/test";
import { CHROME_PATH, CHROMIUM_FLAGS } from "./scripts/chromium";
const base = "http://127.0.0.1:4190";
const browser = await chromium.launch({ executablePath: CHROME_PATH, args: [...CHROMIUM_FLAGS] });
for (const [name, viewport] of [["phone", { width: 390, height: 844 }], ["desktop", { width: 1440, height: 900 }]] as const) {
  const page = await browser.newPage({ viewport });
  const errors: string[] = [];
  page.on("console", (m) => m.type() === "error" && errors.push(m.text()));
  await page.goto(base + "/anime/hal");
  await page.waitForSelector("html[data-ready]");
  await page.waitForTimeout(600);
  await page.screenshot({ path: `/tmp/shot-${name}-deeplink.png` });
  if (name === "phone") {
    const box = (await page.getByTestId("drawer-grip").boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + 5);
    await page.mouse.down();
    for (let i = 1; i <= 8; i++) { await page.mouse.move(box.x + box.width / 2, box.y + 5 + i * 12); await page.waitForTimeout(16); }
    await page.screenshot({ path: `/tmp/shot-${name}-dragging.png` });
    await page.waitForTimeout(200);
    await page.mouse.up();
    await page.waitForTimeout(120);
    await page.screenshot({ path: `/tmp/shot-${name}-settling.png` });
    await page.waitForTimeout(600);
    await page.screenshot({ path: `/tmp/shot-${name}-settled.png` });
  }
  console.log(name, "console errors:", errors.length, errors.slice(0, 3));
  await page.close();
}
await browser.close();
