import "../styles.css";
import { requestEntriesEarly } from "../features/entries/load-entries";
import { holdEarlyClicks } from "./early-clicks";
import { MANIFEST_FILE } from "../config/pwa";
import type * as Main from "./main";

// The page arrives as finished HTML, styled by the CSS its own markup uses, inlined
// (scripts/prerender-critical-css.ts). Nothing else is asked for until the browser has
// painted it: then the page's inline loader (scripts/boot-loader.ts) adds this module and a
// modulepreload link for each chunk of the app's code, which download side by side. Once
// the page has loaded and shown its images, this module adds the full stylesheet (for the
// views the page did not prerender: drawer, dialogs), asks for the ranking data and runs
// the app. Until then the page reads, scrolls and follows links as is. The dev server
// loads this module directly.

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

/** A fresh task: what follows runs after the browser has had a turn (input, paint). */
const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

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

let started = false;

// The app renders views the inlined CSS does not cover: takeOverPage waits for the full
// stylesheet too.
function startApp(): void {
  if (started) return;
  started = true;
  // Where the page's own first view ends and the deferred work begins (seen in DevTools'
  // timings; the end-to-end tests measure layout shifts from here).
  performance.mark("made-us-cry:start");
  makeInstallable();
  // Not at the first paint with the code: Lighthouse's simulation then counts both
  // downloads against the largest paint (decision 014).
  requestEntriesEarly();
  const stylesheetReady = addDeferredStylesheets();
  void loadApp().then((main) => main.takeOverPage(stylesheetReady));
}

// The inline loader adds this module once the page has painted (scripts/boot-loader.ts:
// the first contentful paint, or soon after the load event where the browser reports no
// paint), so paint timing is not asked again here. What is left of the page's own first
// view: the load event, and the images the page loads at once (an entry page's artwork)
// decoded and painted, two frames later.
function afterFirstView(callback: () => void): void {
  const eagerImages = Array.from(document.images).filter((image) => image.loading !== "lazy");
  const loaded = () =>
    void Promise.all(eagerImages.map((image) => image.decode().catch(() => undefined))).then(() =>
      requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(callback, 0))),
    );
  if (document.readyState === "complete") loaded();
  else window.addEventListener("load", loaded, { once: true });
}

// Someone using the page before then (a tap, a key) starts the app at once.
holdEarlyClicks(startApp);
afterFirstView(startApp);
