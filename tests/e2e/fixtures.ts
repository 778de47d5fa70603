import AxeBuilder from "@axe-core/playwright";
import { test as base, expect, type BrowserContext, type Page } from "@playwright/test";
import { PAUSE_FIREFLIES } from "../pause-fireflies";

// Every spec gets a page that fails the test on any console error or uncaught exception.
// Fireflies are held still unless a spec says `test.use({ stillFireflies: false })`.
export const test = base.extend<{ page: Page; stillFireflies: boolean }>({
  stillFireflies: [true, { option: true }],
  page: async ({ page, javaScriptEnabled, stillFireflies }, use) => {
    // Every navigation waits until the app is live (see RootLayout), not just loaded:
    // prerendered HTML is on screen well before React listens for keys and clicks.
    const goto = page.goto.bind(page);
    page.goto = async (url, options) => {
      const response = await goto(url, options);
      if (javaScriptEnabled) await page.locator("html[data-ready]").waitFor({ state: "attached" });
      return response;
    };
    if (stillFireflies) await page.addInitScript(PAUSE_FIREFLIES);
    const problems: string[] = [];
    page.on("console", (message) => {
      if (message.type() === "error") problems.push(`console.error: ${message.text()}`);
    });
    page.on("pageerror", (error) => problems.push(`uncaught: ${error.message}`));
    await use(page);
    expect(problems, "the page logged errors").toEqual([]);
  },
});

export { expect };

/** For pages the fixture did not make (a second tab, another browser): wait until the app is live. */
export async function waitForApp(page: Page): Promise<void> {
  await page.locator("html[data-ready]").waitFor({ state: "attached" });
}

/**
 * A page the fixture did not make, so it can be used before the app is live: its `script`
 * is held back, as on a slow connection, until `release()`. Console errors and uncaught
 * exceptions are kept in `problems`, for the test to check as the fixture does.
 */
export async function pageWithScriptHeld(context: BrowserContext, script: RegExp) {
  const page = await context.newPage();
  const problems: string[] = [];
  page.on("console", (message) => {
    if (message.type() === "error") problems.push(message.text());
  });
  page.on("pageerror", (error) => problems.push(error.message));
  let release = () => {};
  const released = new Promise<void>((resolve) => (release = resolve));
  await page.route(script, async (route) => {
    await released;
    await route.continue();
  });
  return { page, problems, release };
}

/**
 * Scans the page, or only what `include` selects: say, an open sheet, when the page behind
 * it was scanned already (the rest is inert then, and a whole-page scan takes ~10 s here).
 */
export async function expectNoAxeViolations(
  page: Page,
  { include }: { include?: string } = {},
): Promise<void> {
  // Colours mid-transition are neither the old nor the new ones: let transitions settle.
  await page.evaluate(() =>
    Promise.all(
      document
        .getAnimations()
        .filter((animation) => animation instanceof CSSTransition)
        .map((animation) => animation.finished.catch(() => undefined)),
    ),
  );
  const builder = new AxeBuilder({ page });
  if (include) builder.include(include);
  const results = await builder.withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]).analyze();
  const summary = results.violations.map(
    (v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`,
  );
  expect(summary).toEqual([]);
}

/** Scrolls to the bottom in steps so every scroll-triggered reveal has run. */
export async function scrollThrough(page: Page): Promise<void> {
  await page.evaluate(async () => {
    const step = Math.max(200, Math.floor(window.innerHeight * 0.6));
    for (let y = 0; y < document.documentElement.scrollHeight; y += step) {
      window.scrollTo(0, y);
      await new Promise((resolve) => setTimeout(resolve, 60));
    }
    window.scrollTo(0, document.documentElement.scrollHeight);
    await new Promise((resolve) => setTimeout(resolve, 1200));
    window.scrollTo(0, 0);
  });
}
