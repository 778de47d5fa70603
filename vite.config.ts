import { availableParallelism } from "node:os";
import tailwindcss from "@tailwindcss/vite";
import react from "@vitejs/plugin-react";
import { VitePWA } from "vite-plugin-pwa";
import { defineConfig } from "vitest/config";
import { prerenderPlugin } from "./scripts/prerender-plugin.ts";
import { securityMetaPlugin } from "./scripts/security-meta-plugin.ts";
import { hostFilesPlugin } from "./scripts/host-files-plugin.ts";
import { artworkAssetsPlugin } from "./scripts/artwork-assets-plugin.ts";
import { validateEntriesPlugin } from "./scripts/validate-entries-plugin.ts";
import { MANIFEST_FILE } from "./src/config/pwa.ts";
import { reactRouterProductionPlugin } from "./scripts/react-router-production-plugin.ts";

export default defineConfig({
  plugins: [
    validateEntriesPlugin(),
    // React Router's production build, without the parts the app does not import.
    reactRouterProductionPlugin(),
    artworkAssetsPlugin(),
    react(),
    tailwindcss(),
    securityMetaPlugin(),
    // Runs its closeBundle before the service worker is generated, so the
    // prerendered pages are in the precache.
    prerenderPlugin(),
    VitePWA({
      registerType: "autoUpdate",
      // boot.ts registers the worker once the page has loaded: a registration script in
      // the page would cost a slow connection a round trip before the first paint.
      injectRegister: false,
      // boot.ts links it after the first paint too; the prerender removes the plugin's link.
      manifestFilename: MANIFEST_FILE,
      manifest: {
        name: "Made Us Cry",
        short_name: "Made Us Cry",
        description: "21 sad anime that made us cry, counted down from #21 to #1, with a private tracker.",
        lang: "en",
        start_url: "/",
        scope: "/",
        display: "standalone",
        background_color: "#0d0f1e",
        theme_color: "#0d0f1e",
        icons: [
          { src: "/icons/icon-192.png", sizes: "192x192", type: "image/png" },
          { src: "/icons/icon-512.png", sizes: "512x512", type: "image/png" },
          { src: "/icons/maskable-512.png", sizes: "512x512", type: "image/png", purpose: "maskable" },
        ],
      },
      workbox: {
        // Every page, script, style, the ranking data and artwork; link-preview images are
        // for other sites' crawlers.
        globPatterns: ["**/*.{js,css,html,json,svg,png,webmanifest}"],
        globIgnores: ["og/**"],
        // /anime/hal is served from the precached anime/hal.html (Workbox's cleanURLs, on by default).
        // Anything else (say /compare?marks=…) gets the app shell, which renders it.
        navigateFallback: "/index.html",
        navigateFallbackDenylist: [/^\/(og|art|icons|assets)\//],
        // A new version takes over at once instead of waiting for every tab to close.
        skipWaiting: true,
        clientsClaim: true,
        cleanupOutdatedCaches: true,
      },
    }),
    // _headers and _redirects for Netlify and Cloudflare Pages, from scripts/host/site-rules.ts.
    hostFilesPlugin(),
  ],
  build: {
    // Every browser the app supports preloads modules natively.
    modulePreload: { polyfill: false },
    // Read by .size-limit.mjs to follow the real chunk graph.
    manifest: true,
    rolldownOptions: {
      output: {
        codeSplitting: {
          groups: [
            { name: "react", test: /node_modules[\\/](react|react-dom|scheduler)[\\/]/, priority: 3 },
            { name: "router", test: /node_modules[\\/]react-router[\\/]/, priority: 2 },
            // Only TanStack Query: the virtualizer (also @tanstack) loads with long lists alone.
            {
              name: "query",
              test: /node_modules[\\/]@tanstack[\\/](query-core|react-query)[\\/]/,
              priority: 2,
            },
            // The tracker's mark rules, in one chunk with the page: the MyAnimeList import
            // (lazy) calls them too, which would otherwise split them into two chunks and
            // cost the first load about 0.2 kB.
            {
              name: "marks",
              test: /src[\\/](features[\\/]tracker[\\/](marks|read-mark)|lib[\\/]json-object)\.ts$/,
              priority: 1,
            },
          ],
        },
      },
    },
  },
  test: {
    globals: false,
    setupFiles: ["./tests/setup/setup-test-env.ts"],
    css: false,
    // Every core: nothing else runs beside the unit tests (Vitest leaves one free by default,
    // which on this 2-core machine meant one file at a time).
    maxWorkers: availableParallelism(),
    // Components run in jsdom; pure logic in Node, where a file starts in a tenth of the
    // time (jsdom's set-up was 35 of the suite's 85 s). A logic test that needs the DOM
    // says so in its first line: `// @vitest-environment jsdom`.
    projects: [
      {
        extends: true,
        test: {
          name: "logic",
          environment: "node",
          include: ["src/**/*.test.ts", "data/**/*.test.ts", "scripts/**/*.test.ts"],
        },
      },
      { extends: true, test: { name: "components", environment: "jsdom", include: ["src/**/*.test.tsx"] } },
    ],
    // Journeys through the whole app import routes and sheets lazily, transformed on first
    // use: on a loaded 2-core machine one test can pass vitest's 5 s default by that alone.
    testTimeout: 15_000,
  },
});
