import { gzipSync } from "node:zlib";
import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures";

// A prerendered page that still fits the first round trip with it (every page we have:
// /, each entry page, the not-found page) inlines the CSS its HTML uses and loads the full
// stylesheet after the page (scripts/prerender-critical-css.ts).

// Without JavaScript, the <noscript> copy; with it, the link boot.ts adds after the load event.
const NOSCRIPT_STYLESHEET = 'head noscript link[rel="stylesheet"]';
const ADDED_STYLESHEET = 'head > link[rel="stylesheet"][href^="/assets/"]';

/** Answers requests for the full stylesheet with an empty one: the page has only its inline CSS. */
async function withholdFullStylesheet(page: Page): Promise<void> {
  await page.route(
    (url) => url.pathname.startsWith("/assets/") && url.pathname.endsWith(".css") && url.search === "",
    (route) => route.fulfill({ status: 200, contentType: "text/css", body: "" }),
  );
}

/**
 * Every computed style of <html>, <body> and everything in it (and of ::before/::after where
 * they exist), with time-based animations stopped at their start and scroll-driven ones
 * (the cards' reveal) removed, as a list the page keeps and compares.
 * Custom properties are left out: the full sheet declares more of them, but one that nothing
 * reads changes nothing on screen, and one that something reads shows in that property.
 */
function recordComputedStyles(page: Page, key: "inline" | "full"): Promise<void> {
  return page.evaluate((key) => {
    for (const animation of document.getAnimations()) {
      // A scroll-driven animation's time is a scroll position, which cannot be set to 0.
      if (!(animation.timeline instanceof DocumentTimeline)) {
        animation.cancel();
        continue;
      }
      animation.pause();
      animation.currentTime = 0;
    }
    const styles: string[] = [];
    const elements = [document.documentElement, document.body, ...document.body.querySelectorAll("*")];
    elements.forEach((element, index) => {
      for (const pseudo of [null, "::before", "::after"]) {
        const style = getComputedStyle(element, pseudo);
        if (pseudo && style.content === "none") continue;
        for (const property of style) {
          if (property.startsWith("--")) continue;
          styles.push(
            `#${index} <${element.localName}>${pseudo ?? ""} ${property}: ${style.getPropertyValue(property)}`,
          );
        }
      }
    });
    Reflect.set(window, `__styles_${key}`, styles);
  }, key);
}

/** Lines that differ between the two recordings (at most 20, enough to see why). */
function styleDifferences(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const inline: string[] = Reflect.get(window, "__styles_inline");
    const full: string[] = Reflect.get(window, "__styles_full");
    if (inline.length !== full.length) return [`${inline.length} vs ${full.length} style lines`];
    return inline.flatMap((line, i) => (line === full[i] ? [] : [`${line}  →  ${full[i]}`])).slice(0, 20);
  });
}

/**
 * Adds the full stylesheet (by a URL the route above lets through) and waits until it has
 * loaded. Polled from the test: with JavaScript off, the page runs no load handler.
 */
async function addFullStylesheet(page: Page): Promise<void> {
  const href = await page.locator(NOSCRIPT_STYLESHEET).getAttribute("href");
  expect(href).toMatch(/^\/assets\/.+\.css$/);
  await page.evaluate((href) => {
    const link = document.createElement("link");
    link.rel = "stylesheet";
    link.href = `${href}?full`;
    link.id = "full-stylesheet";
    document.head.append(link);
  }, href);
  await expect
    .poll(() =>
      page.evaluate(() => {
        const sheet = document.querySelector<HTMLLinkElement>("#full-stylesheet")?.sheet;
        return sheet ? sheet.cssRules.length : 0;
      }),
    )
    .toBeGreaterThan(0);
}

test.describe("with JavaScript switched off", () => {
  test.use({ javaScriptEnabled: false });

  // The pages with inline CSS, both layouts (phone and desktop), both colour schemes.
  const cases = [
    { path: "/", width: 390, height: 844, colorScheme: "dark" },
    { path: "/", width: 1440, height: 900, colorScheme: "light" },
    { path: "/404.html", width: 390, height: 844, colorScheme: "light" },
    { path: "/404.html", width: 1440, height: 900, colorScheme: "dark" },
    { path: "/anime/hal", width: 390, height: 844, colorScheme: "light" },
    { path: "/anime/hal", width: 1440, height: 900, colorScheme: "dark" },
  ] as const;
  for (const { path, width, height, colorScheme } of cases) {
    test(`${path} at ${width} px, ${colorScheme}, looks the same before and after the full stylesheet`, async ({
      page,
    }) => {
      await page.setViewportSize({ width, height });
      await page.emulateMedia({ colorScheme });
      await withholdFullStylesheet(page);
      await page.goto(path);
      await recordComputedStyles(page, "inline");
      await addFullStylesheet(page);
      await recordComputedStyles(page, "full");
      expect(await styleDifferences(page)).toEqual([]);
    });
  }

  test("the inlined CSS alone styles the page", async ({ page }) => {
    await page.emulateMedia({ colorScheme: "dark" });
    await withholdFullStylesheet(page);
    await page.goto("/");
    const heading = page.getByRole("heading", { level: 1 });
    await expect(heading).toHaveCSS("font-family", /Georgia/);
    await expect(heading).toHaveCSS("color", "rgb(236, 232, 243)");
    await expect(page.locator("body")).toHaveCSS("background-image", /linear-gradient/);
    // The skip link is visually hidden, as Tailwind's sr-only makes it.
    await expect(page.getByRole("link", { name: "Skip to the countdown" })).toHaveCSS("position", "absolute");
  });

  test("without JavaScript the full stylesheet loads through <noscript>", async ({ page }) => {
    await page.goto("/");
    const applied = await page.evaluate(() =>
      Array.from(document.styleSheets).some(
        (sheet) =>
          sheet.href?.includes("/assets/") && sheet.media.mediaText === "" && sheet.cssRules.length > 0,
      ),
    );
    expect(applied).toBe(true);
  });

  test("an entry page is styled by its inline CSS alone, drawer open over the list", async ({ page }) => {
    await withholdFullStylesheet(page);
    await page.goto("/anime/hal");
    await expect(page.locator("dialog[open] .drawer-panel")).toHaveCSS("position", "absolute");
    await expect(page.locator("html")).toHaveCSS("overflow", "hidden");
    const drawer = page.locator("dialog[open]");
    await expect(drawer.getByRole("heading", { name: "Hal", level: 2 })).toHaveCSS("font-family", /Georgia/);
  });

  test("on a phone an entry page's drawer has its full height from the first frame, so it cannot grow as the page arrives", async ({
    page,
  }) => {
    await withholdFullStylesheet(page);
    await page.setViewportSize({ width: 390, height: 844 });
    // Only the head and the drawer's first lines: what the browser may paint while the rest is on its way.
    const html = await (await page.request.get("/anime/hal")).text();
    const cut = html.indexOf("</h2>", html.indexOf('class="drawer-panel"'));
    await page.route("**/anime/hal", (route) =>
      route.fulfill({ contentType: "text/html", body: html.slice(0, cut) }),
    );
    await page.goto("/anime/hal");
    const panel = await page.locator("dialog[open] .drawer-panel").boundingBox();
    expect(panel?.height).toBeCloseTo(844 * 0.92, 0);
    expect((panel?.y ?? 0) + (panel?.height ?? 0)).toBeCloseTo(844, 0);
  });
});

test("an entry page fits the first round trip with its CSS, artwork and icon inline", async ({ request }) => {
  const html = await (await request.get("/anime/hal")).text();
  expect(html.match(/<style>/g)).toHaveLength(1);
  expect(html).toContain("<template data-deferred-stylesheet>");
  // A PNG: Chromium decodes the favicon again after every navigation (scripts/prerender-favicon.ts).
  expect(html).toMatch(
    /<link rel="icon" href="data:image\/png;base64,[^"]+" type="image\/png" sizes="32x32">/,
  );
  // TCP's first flight is 14.6 kB, headers included (prerender-critical-css.ts).
  expect(gzipSync(html).length).toBeLessThanOrEqual(14_200);
});

test("an entry page preloads its drawer's code, not the boot module that adds the preloads", async ({
  page,
}) => {
  const html = await (await page.request.get("/anime/hal")).text();
  const boot = /<script data-boot="([^"]+)"/.exec(html)?.[1] ?? "";
  expect(boot).toMatch(/^\/assets\/index-[^/]+\.js$/);
  const preloads = Array.from(
    html.matchAll(/<link rel="modulepreload" crossorigin href="([^"]+)">/g),
    ([, href]) => href,
  );
  expect(preloads).toContainEqual(expect.stringMatching(/\/entry-drawer-route-[^/]+\.js$/));
  expect(preloads).not.toContain(boot);
  await page.goto("/anime/hal");
  // As Vite's tag had it: Firefox fires `error` on a crossorigin modulepreload of a module
  // it loaded without crossorigin.
  await expect(page.locator(`head script[type="module"][src="${boot}"]`)).toHaveAttribute("crossorigin", "");
});

test.describe("with its service worker", () => {
  test.use({ serviceWorkers: "allow" });

  test("the page asks for nothing but its own HTML before its first paint, then for the app and the full stylesheet", async ({
    page,
  }) => {
    const html = await (await page.request.get("/")).text();
    const tags = (pattern: RegExp) => Array.from(html.matchAll(pattern), ([tag]) => tag);
    expect(tags(/<style>/g)).toHaveLength(1);
    expect(html.includes(".font-serif{")).toBe(true);
    // The stylesheet waits in a <template> (inert, never fetched) and in a <noscript> copy.
    const stylesheet = /<link rel="stylesheet" crossorigin href="\/assets\/[^"]+\.css">/.source;
    expect(html).toMatch(
      new RegExp(
        `<template data-deferred-stylesheet>${stylesheet}</template><noscript>${stylesheet}</noscript>`,
      ),
    );
    expect(tags(/<link rel="stylesheet"[^>]*>/g)).toHaveLength(2);
    // No script file and no manifest in the HTML: one inline script (the boot loader, allowed
    // by its hash) adds the boot module after the first paint, and boot.ts the manifest and
    // the service worker after that.
    expect(tags(/<script\b[^>]*>/g).filter((tag) => !tag.includes('type="application/ld+json"'))).toEqual([
      expect.stringMatching(/^<script data-boot="\/assets\/index-[^"/]+\.js">$/),
    ]);
    expect(html).not.toContain('rel="manifest"');

    await page.goto("/");
    await expect(page.locator(ADDED_STYLESHEET)).toHaveCount(1);
    const loaded = await page
      .locator(ADDED_STYLESHEET)
      .evaluate((link) => link instanceof HTMLLinkElement && (link.sheet?.cssRules.length ?? 0) > 0);
    expect(loaded).toBe(true);
    await page.evaluate(() => navigator.serviceWorker.ready);
    await expect(page.locator('head link[rel="manifest"]')).toHaveAttribute("href", "/manifest.webmanifest");
    // No script, style, data or manifest request started before the first contentful paint
    // (the favicon and lazy artwork the HTML names may).
    const early = await page.evaluate(() => {
      const paint = performance.getEntriesByName("first-contentful-paint")[0]?.startTime ?? 0;
      const requests = performance.getEntriesByType("resource") as PerformanceResourceTiming[];
      return {
        paint,
        boot: requests.some((entry) => /\/assets\/index-[^/]+\.js$/.test(entry.name)),
        before: requests.filter((entry) => entry.startTime < paint).map((entry) => entry.name),
      };
    });
    expect(early.paint).toBeGreaterThan(0);
    expect(early.boot).toBe(true);
    expect(early.before.filter((url) => /\/assets\/|\.webmanifest$/.test(url))).toEqual([]);
    // The fixture fails the test on any console error, CSP violations included.
  });
});

// Both layouts: the countdown bar is fixed to the foot of a phone's screen and sits in the
// page, above the list, from 768 px; either way it is prerendered at its full size.
for (const { width, height } of [
  { width: 390, height: 844 },
  { width: 1440, height: 900 },
]) {
  test(`neither page shifts while the stylesheet and the app arrive, at ${width} px`, async ({ page }) => {
    await page.setViewportSize({ width, height });
    for (const path of ["/", "/anime/hal"]) {
      await page.goto(path);
      await expect(page.locator(ADDED_STYLESHEET)).toHaveCount(1);
      // From boot's mark on: the stylesheet, the data and the app all start there. Before it,
      // a browser may paint a half-parsed page (a drawer whose last links have not arrived),
      // and what the rest of the HTML then moves is the parser's doing, not ours.
      const shifts = await page.evaluate(
        () =>
          new Promise<string[]>((resolve) => {
            const start = performance.getEntriesByName("made-us-cry:start")[0]?.startTime;
            const found = start === undefined ? ["no made-us-cry:start mark"] : [];
            new PerformanceObserver((list) => {
              for (const entry of list.getEntries()) {
                if (start === undefined || entry.startTime < start) continue;
                const sources: unknown = Reflect.get(entry, "sources");
                const nodes = Array.isArray(sources)
                  ? sources.map((source: { node?: Node | null }) => source.node?.nodeName ?? "?").join(", ")
                  : "";
                found.push(`${String(Reflect.get(entry, "value"))} (${nodes})`);
              }
            }).observe({ type: "layout-shift", buffered: true });
            setTimeout(() => resolve(found), 500);
          }),
      );
      expect(shifts, `layout shifts on ${path}`).toEqual([]);
    }
  });
}

test("an entry page paints its artwork from the HTML, and asks for nothing before its first paint", async ({
  page,
}) => {
  await page.goto("/anime/hal");
  await expect(page.locator("html[data-ready]")).toBeAttached();
  await expect(page.locator('link[rel="preload"][as="image"]')).toHaveCount(0);
  const drawerArtwork = page.getByRole("dialog", { name: "Hal" }).locator("img");
  const cardArtwork = page.locator("#entry-hal img");
  // The app, now live, left the prerendered pictures as they were (the same picture as
  // /art/hal.svg), so that file was never asked for.
  for (const artwork of [drawerArtwork, cardArtwork]) {
    await expect(artwork).toHaveAttribute("src", /^data:image\/svg\+xml,.*sky-hal/);
    await expect(artwork).toHaveAttribute("loading", "eager");
    expect(await artwork.evaluate((image: HTMLImageElement) => image.complete && image.naturalWidth)).toBe(
      640,
    );
  }
  const requests = await page.evaluate(() => {
    const paint = performance.getEntriesByName("first-contentful-paint")[0]?.startTime ?? 0;
    const resources = performance.getEntriesByType("resource") as PerformanceResourceTiming[];
    return {
      paint,
      before: resources.filter((entry) => entry.startTime < paint).map((entry) => entry.name),
      artwork: resources.filter((entry) => entry.name.includes("/art/hal.svg")).map((entry) => entry.name),
    };
  });
  expect(requests.paint).toBeGreaterThan(0);
  expect(requests.before).toEqual([]);
  expect(requests.artwork).toEqual([]);
  // The countdown page has no such image: its largest paint is text.
  const home = await (await page.request.get("/")).text();
  expect(home).not.toContain('rel="preload" as="image"');
  expect(home).not.toContain('src="data:');
});
