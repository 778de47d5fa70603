// @vitest-environment jsdom
import { createHash } from "node:crypto";
import { afterEach, beforeEach, expect, test, vi } from "vitest";
import { BOOT_LOADER, bootLoaderTag, loadBootAfterPaint } from "./boot-loader";
import { allowInlineScripts, contentSecurityPolicy, inlineScriptHashes } from "./security-meta-plugin";

// The loader runs in the page; here it runs in jsdom, with a PerformanceObserver stand-in
// that the test feeds paint entries, and animation frames the test runs. Its load listeners
// are collected per test and called directly: every loader run in this file adds one to the
// same window.
let paintCallbacks: ((list: { getEntriesByName: (name: string) => unknown[] }) => void)[];
let loadListeners: EventListenerOrEventListenerObject[];
let frameCallbacks: FrameRequestCallback[];

beforeEach(() => {
  paintCallbacks = [];
  loadListeners = [];
  frameCallbacks = [];
  const addEventListener = window.addEventListener.bind(window);
  vi.spyOn(window, "addEventListener").mockImplementation((type, listener, options) => {
    if (type === "load" && listener) loadListeners.push(listener);
    else addEventListener(type, listener, options);
  });
  vi.useFakeTimers();
  vi.stubGlobal("requestAnimationFrame", (callback: FrameRequestCallback) => frameCallbacks.push(callback));
  vi.stubGlobal(
    "PerformanceObserver",
    class {
      constructor(callback: (typeof paintCallbacks)[number]) {
        paintCallbacks.push(callback);
      }
      observe() {}
      disconnect() {}
    },
  );
  document.head.innerHTML = "";
  document.body.innerHTML = "";
});

afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
  window.earlyTaps = null;
  window.history.replaceState(null, "", "/");
});

type Setup = { boot: string; scroll?: { path: string; cardId: string } };
/** What a page's loader tag says: its boot module, and the card it scrolls to. */
const setup = (boot: string, scroll?: Setup["scroll"]): Setup => ({ boot, scroll });
/** Runs the loader on a page whose loader tag carries `page`'s settings (the tag itself holds no code here). */
const run = ({ boot, scroll }: Setup): unknown => {
  document.querySelectorAll("script[data-boot]").forEach((tag) => tag.remove());
  const tag = document.createElement("script");
  tag.dataset.boot = boot;
  if (scroll) Object.assign(tag.dataset, { scrollPath: scroll.path, scrollCard: scroll.cardId });
  document.body.append(tag);
  return new Function(BOOT_LOADER)();
};
const paint = (...names: string[]) =>
  paintCallbacks.forEach((callback) =>
    callback({ getEntriesByName: (name) => names.filter((painted) => painted === name) }),
  );
const load = () =>
  loadListeners.forEach((listener) =>
    typeof listener === "function" ? listener(new Event("load")) : listener.handleEvent(new Event("load")),
  );
/** Runs the callbacks of the next animation frame, `count` times. */
const frames = (count: number) => {
  for (let i = 0; i < count; i += 1) frameCallbacks.splice(0).forEach((callback) => callback(i * 16));
};
const bootScripts = () => document.head.querySelectorAll('script[type="module"][src="/assets/boot.js"]');

test("the boot module is added once, at the first contentful paint and not before", () => {
  run(setup("/assets/boot.js"));
  expect(bootScripts()).toHaveLength(0);
  paint("first-paint");
  expect(bootScripts()).toHaveLength(0);
  paint("first-paint", "first-contentful-paint");
  expect(bootScripts()).toHaveLength(1);
  paint("first-contentful-paint");
  vi.advanceTimersByTime(5000);
  expect(bootScripts()).toHaveLength(1);
});

test("where the paint is reported, the load event and its frames do not add the boot module", () => {
  // Chromium runs several frames before it shows the first, so only its report counts.
  run(setup("/assets/boot.js"));
  load();
  frames(10);
  expect(bootScripts()).toHaveLength(0);
  paint("first-contentful-paint");
  expect(bootScripts()).toHaveLength(1);
});

/** An entry page at its own address: the loader scrolls its card into view. */
function atEntryPage(): Setup {
  const card = document.createElement("article");
  card.id = "entry-hal";
  card.scrollIntoView = () => {};
  document.body.append(card);
  window.history.replaceState(null, "", "/anime/hal");
  return setup("/assets/boot.js", { path: "/anime/hal", cardId: "entry-hal" });
}

test("Firefox, on a page the loader scrolled (it reports no paint for it), gets the boot module two frames after the load event", () => {
  vi.stubGlobal("mozInnerScreenX", 0); // Firefox's own
  run(atEntryPage());
  frames(2);
  expect(bootScripts()).toHaveLength(0); // not before the load event
  load();
  frames(1);
  expect(bootScripts()).toHaveLength(0);
  frames(1);
  expect(bootScripts()).toHaveLength(1);
});

for (const [name, firefox, page] of [
  ["other browsers on a scrolled page wait for the paint", false, atEntryPage],
  [
    "Firefox on a page the loader did not scroll waits for the paint: it reports it there",
    true,
    () => setup("/assets/boot.js"),
  ],
] as const) {
  test(name, () => {
    if (firefox) vi.stubGlobal("mozInnerScreenX", 0);
    run(page());
    load();
    frames(10);
    expect(bootScripts()).toHaveLength(0);
    paint("first-contentful-paint");
    expect(bootScripts()).toHaveLength(1);
  });
}

test("a page that neither paints nor loads gets the boot module after 3 s", () => {
  run(setup("/assets/boot.js"));
  vi.advanceTimersByTime(2999);
  expect(bootScripts()).toHaveLength(0);
  vi.advanceTimersByTime(1);
  expect(bootScripts()).toHaveLength(1);
});

// Older browsers, embedded views and privacy tools can lack paint timing or break it.
for (const [name, observer] of [
  ["PerformanceObserver is missing", undefined],
  [
    "PerformanceObserver's constructor throws",
    class {
      constructor() {
        throw new TypeError("not supported");
      }
      observe() {}
    },
  ],
  [
    "PerformanceObserver's observe throws",
    class {
      observe() {
        throw new TypeError("type paint is not supported");
      }
    },
  ],
] as const) {
  test(`where ${name}, the loader still keeps taps and adds the boot module`, () => {
    vi.stubGlobal("PerformanceObserver", observer);
    expect(() => run(setup("/assets/boot.js"))).not.toThrow();
    const button = document.createElement("button");
    document.body.append(button);
    button.click();
    expect(window.earlyTaps).toContain(button);
    load();
    frames(2);
    expect(bootScripts()).toHaveLength(1);

    document.head.innerHTML = "";
    run(setup("/assets/boot.js")); // and without a load event, by the 3 s timer
    vi.advanceTimersByTime(3000);
    expect(bootScripts()).toHaveLength(1);
  });
}

test("the boot module is added as Vite's tag named it: a module script, crossorigin", () => {
  run(setup("/assets/boot.js"));
  paint("first-contentful-paint");
  const [script] = bootScripts();
  expect(script?.getAttribute("crossorigin")).toBe("");
});

test("the app's held modulepreload links join <head> with the boot module, not before", () => {
  document.body.innerHTML =
    '<template data-deferred-modulepreload><link rel="modulepreload" crossorigin href="/assets/react.js">' +
    '<link rel="modulepreload" crossorigin href="/assets/main.js"></template>';
  run(setup("/assets/boot.js"));
  const preloads = () =>
    Array.from(document.head.querySelectorAll('link[rel="modulepreload"]'), (link) =>
      link.getAttribute("href"),
    );
  expect(preloads()).toEqual([]);
  paint("first-contentful-paint");
  expect(preloads()).toEqual(["/assets/react.js", "/assets/main.js"]);
  expect(document.head.querySelector('link[href="/assets/react.js"]')?.getAttribute("crossorigin")).toBe("");
  paint("first-contentful-paint");
  expect(preloads()).toHaveLength(2);
});

test("clicks are kept in window.earlyTaps until the app takes the list", () => {
  run(setup("/assets/boot.js"));
  const button = document.createElement("button");
  document.body.append(button);
  button.click();
  // Each loader run in this file added a listener of its own: every one kept this button.
  expect(window.earlyTaps?.length).toBeGreaterThan(0);
  expect(new Set(window.earlyTaps)).toEqual(new Set([button]));
  window.earlyTaps = null; // early-clicks.ts takes them
  button.click();
  expect(window.earlyTaps).toBeNull(); // and the loader keeps nothing more
});

test("an entry page scrolls its card into view on its own path only", () => {
  const card = document.createElement("article");
  card.id = "entry-hal";
  document.body.append(card);
  const scrolled = vi.fn();
  card.scrollIntoView = scrolled;
  const loader = setup("/assets/boot.js", { path: "/anime/hal", cardId: "entry-hal" });
  run(loader); // at "/": a page served elsewhere keeps its place
  expect(scrolled).not.toHaveBeenCalled();
  window.history.replaceState(null, "", "/anime/hal");
  run(loader);
  expect(scrolled).toHaveBeenCalledWith({ block: "center" });
  run(setup("/assets/boot.js", { path: "/anime/hal", cardId: "entry-nobody" })); // no such card: no error
});

const page = [
  '<html><head><meta http-equiv="Content-Security-Policy" content="' + contentSecurityPolicy() + '">',
  '<script type="module" crossorigin src="/assets/boot.js"></script>',
  '<script type="application/ld+json">{"@type":"ItemList"}</script></head>',
  "<body><p>Hi</p></body></html>",
].join("\n");

test("the boot module's tag becomes the inline loader, and the policy allows exactly that script", () => {
  const html = allowInlineScripts(loadBootAfterPaint(page));
  expect(html).not.toContain('<script type="module"');
  expect(html).toContain(bootLoaderTag("/assets/boot.js"));
  const hashes = inlineScriptHashes(html);
  expect(hashes).toHaveLength(1); // JSON-LD is data, not a script
  const policy = /content="([^"]*)"/.exec(html)?.[1] ?? "";
  expect(policy).toContain(`script-src 'self' '${hashes[0]}';`);
  expect(/script-src[^;]*/.exec(policy)?.[0]).not.toContain("unsafe-inline");
  // The hash of exactly the loader's text, as a browser computes it for an inline script.
  expect(hashes[0]).toBe(`sha256-${createHash("sha256").update(BOOT_LOADER).digest("base64")}`);
});

test("a page without the boot module's tag is an error, not a page that never starts", () => {
  expect(() => loadBootAfterPaint("<html><body></body></html>")).toThrow(/no boot module tag/);
  expect(() => allowInlineScripts("<html><body></body></html>")).toThrow(/no Content-Security-Policy/);
});
