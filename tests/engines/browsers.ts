import { spawn, type ChildProcess } from "node:child_process";
import { mkdtemp, mkdir, rm, writeFile } from "node:fs/promises";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import puppeteer, { type Browser as PuppeteerBrowser, type Page as PuppeteerPage } from "puppeteer-core";
import { remote } from "webdriverio";
import { CHROME_PATH, CHROMIUM_FLAGS } from "../../scripts/chromium";

// The three engines fans use, each driven through Debian's own browser and the standard
// protocol it speaks (docs/decisions/010-three-engines.md):
// - Chromium and Firefox ESR through puppeteer-core, over CDP and WebDriver BiDi;
// - WebKit through WebKitWebDriver (classic WebDriver) and WebKitGTK's MiniBrowser, which
//   needs an X display: Xvfb, started here when there is none.
// Journeys see only `EnginePage`, so each is written once for all three.

export type Engine = "chromium" | "firefox" | "webkit";
export const ENGINES: readonly Engine[] = ["chromium", "firefox", "webkit"];

export const FIREFOX_PATH = process.env.FIREFOX_PATH ?? "/usr/bin/firefox-esr";
export const WEBKIT_DRIVER = process.env.WEBKIT_DRIVER ?? "/usr/bin/WebKitWebDriver";
export const MINIBROWSER = process.env.MINIBROWSER ?? "/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser";

/** One tab, as the journeys drive it: real pointer clicks and keys, scripts in the page. */
export type EnginePage = {
  /** Navigates and returns once the HTML is parsed (DOMContentLoaded), not at `load`: a
   * held-back script would otherwise hold the navigation too. */
  goto(url: string): Promise<void>;
  reload(): Promise<void>;
  url(): Promise<string>;
  /** Runs `fn` in the page with JSON arguments and returns its JSON result. */
  evaluate<A extends unknown[], R>(fn: (...args: A) => R | Promise<R>, ...args: A): Promise<R>;
  /** A real pointer click at a point of the viewport (CSS pixels). */
  clickAt(x: number, y: number): Promise<void>;
  press(key: "Escape" | "Enter" | "Tab"): Promise<void>;
  screenshot(path: string): Promise<void>;
  /** Errors the engine reported through its own channel (none for WebDriver classic). */
  readonly nativeErrors: string[];
};

/** How the pages of one context see the system they run on. */
export type ContextOptions = {
  /** The system asks for less motion: `(prefers-reduced-motion: reduce)` matches. */
  reducedMotion?: boolean;
};

/** A browser for one worker; `newPage` gives a page with storage of its own. */
export type EngineSession = {
  /** Pages from one `newContext` share storage, like two tabs of one profile. */
  newContext(options?: ContextOptions): Promise<{ newPage(): Promise<EnginePage>; close(): Promise<void> }>;
  version: string;
  close(): Promise<void>;
};

export const PHONE = { width: 390, height: 844 } as const;

function puppeteerPage(page: PuppeteerPage): EnginePage {
  const nativeErrors: string[] = [];
  page.on("console", (message) => {
    if (message.type() === "error") nativeErrors.push(`console.error: ${message.text()}`);
  });
  page.on("pageerror", (error) => nativeErrors.push(`uncaught: ${String(error)}`));
  return {
    nativeErrors,
    goto: async (url) => void (await page.goto(url, { waitUntil: "domcontentloaded" })),
    reload: async () => void (await page.reload({ waitUntil: "domcontentloaded" })),
    url: async () => page.url(),
    evaluate: async (fn, ...args) => {
      // Puppeteer types arguments as possible element handles; ours are plain JSON values.
      const run = fn as (...values: unknown[]) => unknown;
      return (await page.evaluate(run, ...args)) as Awaited<ReturnType<typeof fn>>;
    },
    clickAt: (x, y) => page.mouse.click(x, y),
    press: (key) => page.keyboard.press(key),
    screenshot: async (path) => void (await page.screenshot({ path: path as `${string}.png` })),
  };
}

function launchFirefox({ reducedMotion = false }: ContextOptions): Promise<PuppeteerBrowser> {
  return puppeteer.launch({
    browser: "firefox",
    executablePath: FIREFOX_PATH,
    headless: true,
    extraPrefsFirefox: {
      // Without it headless Firefox lays a 390 px page out 378 px wide.
      "ui.useOverlayScrollbars": 1,
      // Firefox over BiDi cannot emulate media features per page; this pref is its own switch.
      ...(reducedMotion ? { "ui.prefersReducedMotion": 1 } : {}),
    },
  });
}

async function launchPuppeteer(engine: "chromium" | "firefox"): Promise<EngineSession> {
  const browser: PuppeteerBrowser =
    engine === "chromium"
      ? await puppeteer.launch({
          executablePath: CHROME_PATH,
          headless: true,
          args: [...CHROMIUM_FLAGS, "--hide-scrollbars"],
        })
      : await launchFirefox({});
  // Firefox asks for less motion from a pref, set at launch: a second browser, started the
  // first time a context wants it (about 3 s, once per worker).
  let calmFirefox: Promise<PuppeteerBrowser> | undefined;
  const browserFor = ({ reducedMotion = false }: ContextOptions) =>
    engine === "firefox" && reducedMotion ? (calmFirefox ??= launchFirefox({ reducedMotion })) : browser;
  return {
    version: await browser.version(),
    async newContext(options = {}) {
      const context = await (await browserFor(options)).createBrowserContext();
      return {
        async newPage() {
          // Each tab in a window of its own: a background tab is hidden, and hidden pages
          // neither paint nor run timers on time, as in a real browser.
          const page = await context.newPage({ type: "window" });
          await page.setViewport(PHONE);
          if (engine === "chromium" && options.reducedMotion) {
            await page.emulateMediaFeatures([{ name: "prefers-reduced-motion", value: "reduce" }]);
          }
          return puppeteerPage(page);
        },
        close: () => context.close(),
      };
    },
    async close() {
      await Promise.all([browser.close(), calmFirefox?.then((calm) => calm.close())]);
    },
  };
}

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.address();
  await new Promise((resolve) => server.close(resolve));
  if (address === null || typeof address === "string") throw new Error("no free port");
  return address.port;
}

async function waitUntilAnswers(url: string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (
      await fetch(url).then(
        () => true,
        () => false,
      )
    )
      return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`${url} did not answer within ${timeoutMs} ms`);
}

/** Starts Xvfb on a free display and returns it, unless there is a display already. */
export async function ensureDisplay(): Promise<{ display: string; stop(): void }> {
  if (process.env.DISPLAY) return { display: process.env.DISPLAY, stop: () => {} };
  const xvfb = spawn("Xvfb", ["-displayfd", "3", "-screen", "0", "1280x1024x24", "-nolisten", "tcp"], {
    stdio: ["ignore", "ignore", "ignore", "pipe"],
  });
  const display = await new Promise<string>((resolve, reject) => {
    xvfb.on("error", (error) => reject(new Error(`Xvfb did not start (${error.message}): see README`)));
    xvfb.stdio[3]?.on("data", (chunk: Buffer) => resolve(`:${chunk.toString().trim()}`));
    setTimeout(() => reject(new Error("Xvfb gave no display within 10 s")), 10_000);
  });
  return { display, stop: () => void xvfb.kill() };
}

// WebDriver's code points for named keys (a plain "Escape" would be typed letter by letter).
const WEBDRIVER_KEYS = { Escape: "\uE00C", Enter: "\uE007", Tab: "\uE004" } as const;

/**
 * A GTK configuration folder that turns animations off. WebKitGTK answers
 * `prefers-reduced-motion` from GTK's `gtk-enable-animations`, which GTK reads from
 * `$XDG_CONFIG_HOME/gtk-3.0/settings.ini` when no settings daemon runs (none runs in Xvfb).
 */
async function calmGtkConfig(): Promise<string> {
  const home = await mkdtemp(join(tmpdir(), "journeys-gtk-"));
  await mkdir(join(home, "gtk-3.0"));
  await writeFile(join(home, "gtk-3.0", "settings.ini"), "[Settings]\ngtk-enable-animations=false\n");
  return home;
}

/** WebKit: one WebKitWebDriver and MiniBrowser per context (a driver holds one session). */
async function launchWebKit(display: string): Promise<EngineSession> {
  const drivers = new Set<ChildProcess>();
  let calmConfig: Promise<string> | undefined;
  async function openWindow({ reducedMotion = false }: ContextOptions = {}) {
    const port = await freePort();
    const calm = reducedMotion ? { XDG_CONFIG_HOME: await (calmConfig ??= calmGtkConfig()) } : {};
    const driver = spawn(WEBKIT_DRIVER, [`--port=${port}`], {
      stdio: "ignore",
      env: { ...process.env, DISPLAY: display, ...calm },
    });
    drivers.add(driver);
    await waitUntilAnswers(`http://127.0.0.1:${port}/status`, 10_000);
    // WebKitGTK's own capability is not in WebdriverIO's types.
    const capabilities: WebdriverIO.Capabilities & Record<string, unknown> = {
      pageLoadStrategy: "eager",
      // Debian's WebKitWebDriver speaks classic WebDriver only.
      "wdio:enforceWebDriverClassic": true,
      "webkitgtk:browserOptions": {
        binary: MINIBROWSER,
        // Without --full-screen the toolbar keeps the viewport from going below ~447 px.
        args: ["--automation", "--full-screen"],
      },
    };
    const logLevel = process.env.WDIO_LOG_LEVEL === "info" ? "info" : "error"; // info: every command
    const browser = await remote({ hostname: "127.0.0.1", port, path: "/", logLevel, capabilities });
    await browser.setWindowSize(PHONE.width, PHONE.height);
    // A script that never answers fails its command instead of holding the test.
    await browser.setTimeout({ script: 15_000, pageLoad: 30_000 });
    const close = async () => {
      // A MiniBrowser that stopped answering must not hold the next test: give up after 5 s.
      const gaveUp = new Promise((resolve) => setTimeout(resolve, 5_000));
      await Promise.race([browser.deleteSession().catch(() => undefined), gaveUp]);
      driver.kill("SIGKILL");
      drivers.delete(driver);
    };
    return { browser, close };
  }
  const probe = await openWindow();
  const version = `WebKitGTK ${String(probe.browser.capabilities.browserVersion)}`;
  await probe.close();
  return {
    version,
    async newContext(options) {
      const { browser, close } = await openWindow(options);
      let first = true;
      return {
        async newPage() {
          // The first page is the session's own window; more are windows of the same session.
          if (!first) {
            const { handle } = await browser.createWindow("window");
            await browser.switchToWindow(handle);
          }
          first = false;
          const handle = await browser.getWindowHandle();
          const focus = () => browser.switchToWindow(handle);
          const on = async <T>(run: () => Promise<T>) => {
            await focus();
            return run();
          };
          return {
            nativeErrors: [],
            goto: (url) => on(() => browser.url(url)).then(() => undefined),
            reload: () => on(() => browser.refresh()),
            url: () => on(() => browser.getUrl()),
            evaluate: (fn, ...args) =>
              on(() =>
                browser.executeAsync(
                  // Resolves promises too: classic WebDriver's execute does not wait for them.
                  `var done = arguments[arguments.length - 1];
                 Promise.resolve((${String(fn)}).apply(null, ${JSON.stringify(args)}))
                   .then(function (value) { done({ value: value }); }, function (error) { done({ error: String(error) }); });`,
                ),
              ).then((result) => {
                const { value, error } = result as { value?: never; error?: string };
                if (error !== undefined) throw new Error(error);
                return value as never;
              }),
            clickAt: (x, y) =>
              on(() =>
                browser
                  .action("pointer", { parameters: { pointerType: "mouse" } })
                  .move({ x: Math.round(x), y: Math.round(y), origin: "viewport" })
                  .down({ button: 0 })
                  .up({ button: 0 })
                  .perform(),
              ),
            press: (key) => on(() => browser.keys([WEBDRIVER_KEYS[key]])),
            screenshot: (path) => on(() => browser.saveScreenshot(path)).then(() => undefined),
          };
        },
        close,
      };
    },
    async close() {
      for (const driver of drivers) driver.kill();
      if (calmConfig) await rm(await calmConfig, { recursive: true, force: true });
    },
  };
}

export async function launch(engine: Engine, display: () => Promise<string>): Promise<EngineSession> {
  if (engine === "webkit") return launchWebKit(await display());
  return launchPuppeteer(engine);
}
