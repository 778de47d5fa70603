import { readFileSync } from "node:fs";
import type { ServerResponse } from "node:http";
import { fileURLToPath } from "node:url";
import { runnerImport, type Plugin } from "vite";
import type { artworkToSvg } from "../src/features/entries/artwork/svg";
import type { Entry } from "../src/features/entries/entry-schema";
import type { parseEntries } from "../src/features/entries/parse-entries";
import type { ogImageSvg, renderPng } from "./og-image";
import { APP_ICONS, appIconSvg, FAVICON, sizedSvg } from "./app-icon.ts";
import { ARTWORK_SIZE, PAGE_PREVIEWS } from "../src/config/asset-urls.ts";

type ParseModule = { parseEntries: typeof parseEntries };
type ArtworkModule = { artworkToSvg: typeof artworkToSvg };
type OgModule = { ogImageSvg: typeof ogImageSvg; renderPng: typeof renderPng };

const fromHere = (path: string): string => fileURLToPath(new URL(path, import.meta.url));
const ENTRIES_FILE = fromHere("../data/entries.json");
const PARSER_FILE = fromHere("../src/features/entries/parse-entries.ts");
const ARTWORK_FILE = fromHere("../src/features/entries/artwork/svg.ts");
const OG_FILE = fromHere("./og-image.ts");
const FAVICON_FILE = fromHere(`../${FAVICON.source}`);
// Editing any of these in dev changes the pictures, so the dev cache is dropped.
const SOURCES = [ENTRIES_FILE, fromHere("../src/features/entries/"), OG_FILE, FAVICON_FILE];

type Asset = { fileName: string; contentType: string; render: () => string | Uint8Array };

/**
 * Every generated file by its public path: art/<slug>.svg, og/<slug>.png, og/<page>.png
 * (home, compare, my-order)
 * and the app icons and the favicon under icons/.
 * The app's own modules are loaded through Vite's module runner, so the schema and the
 * artwork are the ones the page uses, with no second copy for the config.
 */
async function loadAssets(): Promise<Map<string, Asset>> {
  const options = { configFile: false, logLevel: "silent" } as const;
  const [parser, artwork, og] = await Promise.all([
    runnerImport<ParseModule>(PARSER_FILE, options),
    runnerImport<ArtworkModule>(ARTWORK_FILE, options),
    runnerImport<OgModule>(OG_FILE, options),
  ]);
  const entries: Entry[] = parser.module.parseEntries(JSON.parse(readFileSync(ENTRIES_FILE, "utf8")));
  const taken = entries.find((entry) => (PAGE_PREVIEWS as readonly string[]).includes(entry.slug));
  if (taken) throw new Error(`The slug "${taken.slug}" is taken by a page's preview (og/${taken.slug}.png).`);
  const { ogImageSvg, renderPng } = og.module;
  const assets: Asset[] = [
    ...entries.map((entry) => ({
      fileName: `art/${entry.slug}.svg`,
      contentType: "image/svg+xml",
      render: () => artwork.module.artworkToSvg(entry, ARTWORK_SIZE.width, ARTWORK_SIZE.height),
    })),
    ...APP_ICONS.map((icon) => ({
      fileName: icon.fileName,
      contentType: "image/png",
      render: () => renderPng(appIconSvg(icon.size, icon.maskable)),
    })),
    {
      fileName: FAVICON.fileName,
      contentType: "image/png",
      render: () => renderPng(sizedSvg(readFileSync(FAVICON_FILE, "utf8"), FAVICON.size)),
    },
    ...[...entries, ...PAGE_PREVIEWS].map((subject) => ({
      fileName: `og/${typeof subject === "string" ? subject : subject.slug}.png`,
      contentType: "image/png",
      render: () => renderPng(ogImageSvg(subject, { entries })),
    })),
  ];
  return new Map(assets.map((asset) => [asset.fileName, asset]));
}

function send(res: ServerResponse, status: number, contentType: string, body: string | Uint8Array): void {
  res.statusCode = status;
  res.setHeader("Content-Type", contentType);
  res.setHeader("Cache-Control", "no-cache");
  res.end(body);
}

/**
 * Writes each entry's artwork as a standalone SVG and every page's link preview as a
 * PNG into the client build; in dev, serves the same paths, rendered on first request.
 */
export function artworkAssetsPlugin(): Plugin {
  return {
    name: "made-us-cry:artwork-assets",
    buildStart() {
      this.addWatchFile(ENTRIES_FILE);
    },
    async generateBundle() {
      // Only the browser build ships files; a server (prerender) build would duplicate them.
      if (this.environment.config.consumer !== "client") return;
      for (const asset of (await loadAssets()).values()) {
        this.emitFile({ type: "asset", fileName: asset.fileName, source: asset.render() });
      }
    },
    configureServer(server) {
      let assets: Promise<Map<string, Asset>> | undefined;
      const rendered = new Map<string, string | Uint8Array>();
      server.watcher.on("change", (file) => {
        if (!SOURCES.some((source) => file.startsWith(source))) return;
        assets = undefined;
        rendered.clear();
      });
      const base = server.config.base;

      server.middlewares.use((req, res, next) => {
        const pathname = new URL(req.url ?? "/", "http://localhost").pathname;
        const path = pathname.startsWith(base) ? pathname.slice(base.length) : pathname;
        if (!/^(?:art\/[a-z0-9-]+\.svg|(?:og|icons)\/[a-z0-9-]+\.png)$/.test(path)) return next();
        assets ??= loadAssets();
        assets
          .then((all) => {
            const asset = all.get(path);
            if (!asset)
              return send(res, 404, "text/plain; charset=utf-8", `No generated file at ${pathname}`);
            const body = rendered.get(asset.fileName) ?? asset.render();
            rendered.set(asset.fileName, body);
            send(res, 200, asset.contentType, body);
          })
          .catch((error: unknown) => {
            // A broken data file must not be cached: the next request tries again.
            assets = undefined;
            next(error);
          });
      });
    },
  };
}
