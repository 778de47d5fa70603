import { mkdir } from "node:fs/promises";
import { join } from "node:path";
import { test as base, expect } from "@playwright/test";
import { ensureDisplay, launch, type Engine, type EngineSession } from "./browsers";
import { startSite, type Site, type SiteOptions } from "./site";
import { Tab } from "./tab";

// Playwright Test runs the journeys (its reporter, workers and timeouts), but not its own
// browsers: each project names an engine, and every worker starts that engine's Debian
// browser once (browsers.ts). A test gets a site of its own and tabs that share storage.

type WorkerFixtures = { engine: Engine; display: () => Promise<string>; session: EngineSession };
type TestFixtures = {
  /** Serves the production build for this test alone. */
  serve: (options?: SiteOptions) => Promise<Site>;
  /** A new tab on `site`; tabs of one test share storage, like tabs of one profile. */
  newTab: (site: Site) => Promise<Tab>;
  /** Saves a screenshot as <output dir>/engines/<engine>-<name>.png and attaches it. */
  snap: (tab: Tab, name: string) => Promise<void>;
};

export const test = base.extend<TestFixtures, WorkerFixtures>({
  engine: ["chromium", { option: true, scope: "worker" }],
  display: [
    // eslint-disable-next-line no-empty-pattern -- Playwright requires the object pattern
    async ({}, use) => {
      let started: Awaited<ReturnType<typeof ensureDisplay>> | undefined;
      await use(async () => (started ??= await ensureDisplay()).display);
      started?.stop();
    },
    { scope: "worker" },
  ],
  session: [
    async ({ engine, display }, use) => {
      const session = await launch(engine, display);
      await use(session);
      await session.close();
    },
    { scope: "worker", timeout: 60_000 },
  ],
  // eslint-disable-next-line no-empty-pattern -- Playwright requires the object pattern
  serve: async ({}, use) => {
    const sites: Site[] = [];
    await use(async (options) => {
      const site = await startSite(options);
      sites.push(site);
      return site;
    });
    await Promise.all(sites.map((site) => site.close()));
  },
  // Playwright's own `reducedMotion` option (`test.use({ reducedMotion: "reduce" })`),
  // applied to our engines instead of its browser.
  newTab: async ({ session, reducedMotion }, use, testInfo) => {
    // The report names the browser each journey ran in.
    testInfo.annotations.push({ type: "browser", description: session.version });
    const context = await session.newContext({ reducedMotion: reducedMotion === "reduce" });
    const tabs: Tab[] = [];
    await use(async (site) => {
      const tab = new Tab(await context.newPage(), site.origin);
      tabs.push(tab);
      return tab;
    });
    // Any error in any tab fails the journey.
    const errors = (await Promise.all(tabs.map((tab) => tab.errors()))).flat();
    await context.close().catch(() => undefined);
    expect(errors, "the pages logged errors").toEqual([]);
  },
  snap: async ({ engine }, use, testInfo) => {
    // test-results/engines unless the run is given another output folder (--output).
    const screenshots = join(testInfo.project.outputDir, "engines");
    await mkdir(screenshots, { recursive: true });
    await use(async (tab, name) => {
      const path = join(screenshots, `${engine}-${name}.png`);
      await tab.page.screenshot(path);
      await testInfo.attach(name, { path, contentType: "image/png" });
    });
  },
});

export { expect };
