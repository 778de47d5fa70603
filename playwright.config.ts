import { defineConfig, devices } from "@playwright/test";
import { CHROME_PATH, CHROMIUM_FLAGS } from "./scripts/chromium";
import { ENGINES, type Engine } from "./tests/engines/browsers";

// E2E_PORT moves both servers (to run two checkouts' suites side by side).
const PORT = Number(process.env.E2E_PORT ?? 4173);
// A plain static file server with the usual single-page fallback, as most hosts offer.
export const STATIC_PORT = PORT + 1;

// End-to-end specs run against the production build served by `vite preview`,
// in Debian's Chromium (CHROME_PATH, else /usr/bin/chromium): no browser download.
// tests/e2e: every spec, in Playwright's Chromium. tests/engines: the core journeys, once
// per engine, in Debian's Chromium, Firefox ESR and WebKitGTK (tests/engines/browsers.ts).
export default defineConfig<{ engine: Engine }>({
  testDir: "tests/e2e",
  outputDir: "test-results",
  fullyParallel: true,
  // Three in CI on 2 cores: on a clean clone a third worker took the suite from 8.0 to 6.7 min
  // (decision 010 says what that costs WebKit, whose journeys get one retry in CI).
  workers: process.env.CI ? 3 : undefined,
  retries: 0,
  // This 2-core machine's speed drifts by about 2× from one hour to the next (decision 014).
  // A spec that takes 8 s in a quiet hour (axe over the whole countdown) once took 33 s in a
  // slow one, past Playwright's default of 30 s; the engine journeys already had 60.
  timeout: 60_000,
  reporter: [["list"], ["html", { open: "never", outputFolder: "playwright-report" }]],
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    // No trace recording: recording one for every spec (to keep it on failure) cost 15–25%
    // of the Chromium specs' time on this 2-core machine (countdown-bar and critical-css:
    // 95–97 s without, 111–129 s with; decision 010). A failure keeps its screenshot; to
    // see its trace, run that spec again with `--trace on`.
    trace: "off",
    screenshot: "only-on-failure",
  },
  projects: [
    ...ENGINES.map((engine) => ({
      name: `journeys-${engine}`,
      testDir: "tests/engines",
      // MiniBrowser under WebKitWebDriver stopped answering in 2 of about 110 WebKit
      // journeys on a loaded 2-core machine (every command failing until the test timed
      // out). In CI a WebKit journey gets one more try, in a fresh MiniBrowser; the report
      // marks it flaky. The other engines never retry (decision 010).
      retries: engine === "webkit" && process.env.CI ? 1 : 0,
      use: { engine },
    })),
    {
      name: "chromium",
      use: {
        ...devices["Desktop Chrome"],
        // The service worker precaches the whole site (about 2 MB) in every new context,
        // which slowed every spec by about a fifth on this 2-core machine. The specs that
        // are about it (offline, the manifest after the app) allow it again.
        serviceWorkers: "block",
        launchOptions: {
          executablePath: CHROME_PATH,
          args: [...CHROMIUM_FLAGS],
        },
      },
    },
    {
      // The build as nginx serves it with deploy/nginx.conf: headers, status codes, clean URLs.
      name: "nginx",
      testDir: "tests/nginx",
      use: {
        ...devices["Desktop Chrome"],
        baseURL: "http://127.0.0.1:8080",
        serviceWorkers: "block",
        launchOptions: {
          executablePath: CHROME_PATH,
          args: [...CHROMIUM_FLAGS],
        },
      },
    },
  ],
  webServer: [
    {
      command: `node_modules/.bin/vite preview --port ${PORT} --strictPort --host 127.0.0.1`,
      url: `http://127.0.0.1:${PORT}`,
      reuseExistingServer: !process.env.CI,
      timeout: 60_000,
    },
    {
      command: `node_modules/.bin/sirv dist --single --port ${STATIC_PORT} --host 127.0.0.1 --quiet`,
      url: `http://127.0.0.1:${STATIC_PORT}`,
      reuseExistingServer: !process.env.CI,
      timeout: 60_000,
    },
    {
      command: "bash scripts/serve-nginx.sh",
      url: "http://127.0.0.1:8080",
      reuseExistingServer: !process.env.CI,
      timeout: 60_000,
    },
  ],
});
