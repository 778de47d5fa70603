import "../styles.css";
import { requestEntriesEarly } from "../features/entries/load-entries";
import { appLive } from "./app-live";
import { firstUse, keepEarlyTaps, replayTaps } from "./early-clicks";
import { MANIFEST_FILE } from "../config/pwa";
import { nextTask } from "../lib/next-task";
import type * as Main from "./main";

// Startup, in five stages, drawn in docs/startup.md. The page arrives as finished HTML,
// styled by the CSS its own markup uses, inlined (scripts/prerender-critical-css.ts), and
// reads, scrolls and follows links as it is until stage 5.
//   1. Painted: the page's inline loader (boot-loader.js) saw the first paint and added this
//      module, with a modulepreload link for each chunk of the app's code. It has kept
//      every tap since. (The dev server loads this module directly.)
//   2. Shown: the page's own first view is done (the load event; its eager images, an entry
//      page's artwork, decoded and painted), or someone has started to use it.
//   3. Started: the full stylesheet (for the views the page did not prerender: drawer,
//      dialogs), the ranking data and the app's code, side by side.
//   4. Taken over: React hydrates the page once all three are here (main.tsx).
//   5. Live: the taps kept since stage 1 are replayed on the live page (early-clicks.ts).

/**
 * Adds the full stylesheet, which the prerendered page holds inert in a
 * <template data-deferred-stylesheet> (a <noscript> copy serves browsers without
 * JavaScript). Resolves once each link has loaded or failed: the app starts either way.
 */
function addDeferredStylesheets(): Promise<void> {
  const templates = document.querySelectorAll<HTMLTemplateElement>("template[data-deferred-stylesheet]");
  const links = Array.from(templates).flatMap((template) =>
    Array.from(template.content.querySelectorAll("link"), (held) =>
      document.head.appendChild(document.importNode(held, true)),
    ),
  );
  const loaded = links.map(
    (link) =>
      new Promise<void>((resolve) => {
        link.addEventListener("load", () => resolve(), { once: true });
        link.addEventListener("error", () => resolve(), { once: true });
      }),
  );
  return Promise.all(loaded).then(() => undefined);
}

// Offline and installable (see vite.config.ts): the web app manifest and the service
// worker, which precaches the whole site, come after the page, not during it. The
// prerender leaves out the manifest link and vite-plugin-pwa's registration script for
// this (scripts/prerender-plugin.ts): a browser fetches a manifest on a connection of its
// own, which a slow network would otherwise open during the first paint.
function makeInstallable(): void {
  if (!import.meta.env.PROD) return;
  const base = import.meta.env.BASE_URL;
  if (!document.querySelector('link[rel="manifest"]')) {
    const manifest = document.createElement("link");
    manifest.rel = "manifest";
    manifest.href = `${base}${MANIFEST_FILE}`;
    document.head.append(manifest);
  }
  if (!("serviceWorker" in navigator)) return;
  navigator.serviceWorker.register(`${base}sw.js`, { scope: base }).catch(() => {
    // No offline copy this time; the page itself works as before.
  });
}

/**
 * The app's code, evaluated in two steps with the browser's turn between them: React, then
 * the rest. Evaluated at once, it held a phone's main thread for one long task (about
 * 150–190 ms at 4× CPU, decision 014). Only React's own entry is imported by name: a
 * package imported whole (`import("react-router")`) keeps every export it has, used or not.
 */
async function loadApp(): Promise<typeof Main> {
  await import("react-dom/client");
  await nextTask();
  return import("./main");
}

/** Resolves after `count` frames, once the last has been painted (a task after its callbacks). */
async function frames(count: number): Promise<void> {
  for (let frame = 0; frame < count; frame += 1) {
    await new Promise((resolve) => requestAnimationFrame(resolve));
  }
  await nextTask();
}

/** Stage 2: the load event, then the images the page loads at once decoded and painted. */
async function pageShown(): Promise<void> {
  if (document.readyState !== "complete") {
    await new Promise((resolve) => window.addEventListener("load", resolve, { once: true }));
  }
  const eagerImages = Array.from(document.images).filter((image) => image.loading !== "lazy");
  await Promise.all(eagerImages.map((image) => image.decode().catch(() => undefined)));
  await frames(2);
}

async function boot(): Promise<void> {
  keepEarlyTaps(); // 1. painted: the loader keeps taps already; the dev server has no loader
  await Promise.race([pageShown(), firstUse()]); // 2. shown
  // 3. started. Where the page's own first view ends and the deferred work begins (seen in
  // DevTools' timings; the end-to-end tests measure layout shifts from here).
  performance.mark("made-us-cry:start");
  makeInstallable();
  // Not at the first paint with the code: Lighthouse's simulation then counts both
  // downloads against the largest paint (decision 014).
  requestEntriesEarly();
  const stylesheetReady = addDeferredStylesheets();
  const { takeOverPage } = await loadApp();
  const earlyTaps = await takeOverPage(stylesheetReady); // 4. taken over
  await appLive; // 5. live
  await replayTaps(earlyTaps);
}

void boot();
