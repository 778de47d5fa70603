import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { runnerImport, type Plugin, type ResolvedConfig } from "vite";
import type { prerenderAll } from "../src/app/render-page";
import type { renderHeadTags } from "../src/app/page-meta";
import { criticalCssInliner } from "./prerender-critical-css.ts";
import { faviconInliner } from "./prerender-favicon.ts";
import { loadBootAfterPaint } from "./boot-loader.ts";
import { APP_MODULE, deferredModulePreloads } from "./prerender-module-preload.ts";
import { allowInlineScripts, inlineScriptHashes } from "./security-meta-plugin.ts";
import { rootAttributesFor } from "../src/lib/root-attributes.ts";
import { DEFAULT_ORIGIN } from "../src/config/origin.ts";

type RenderModule = { prerenderAll: typeof prerenderAll };
type MetaModule = { renderHeadTags: typeof renderHeadTags };

const RENDER_FILE = fileURLToPath(new URL("../src/app/render-page.tsx", import.meta.url));
const META_FILE = fileURLToPath(new URL("../src/app/page-meta.ts", import.meta.url));

const HEAD_MARKER = "<!--app-head-->";
// vite-plugin-pwa's link to the web app manifest: boot.ts adds it after the first paint.
const MANIFEST_LINK = /\s*<link rel="manifest" href="[^"]*">/;
const ROOT_MARKER = '<div id="root"></div>';

function sitemap(pages: readonly { path: string }[], origin: string): string {
  const urls = pages.map((page) => `  <url><loc>${new URL(page.path, origin).href}</loc></url>`).join("\n");
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${urls}\n</urlset>\n`;
}

/**
 * After `vite build`, renders every route to static HTML with React Router's static
 * APIs and writes it into the built index.html template: dist/index.html, dist/anime/<slug>.html
 * dist/compare.html, dist/my-order.html and dist/404.html, plus robots.txt and sitemap.xml. Each root carries data-prerendered="<path>" so the client hydrates
 * only the page it was rendered for (a single-page fallback may serve index.html anywhere).
 * Each page inlines the CSS its own HTML uses and loads the full stylesheet without blocking
 * its first paint, and inlines its favicon where it still fits its first round trip (see
 * prerender-critical-css.ts, prerender-favicon.ts and docs/decisions/006-critical-css.md).
 */
export function prerenderPlugin(): Plugin {
  let config: ResolvedConfig;
  return {
    name: "made-us-cry:prerender",
    apply: "build",
    configResolved(resolved) {
      config = resolved;
    },
    closeBundle: {
      sequential: true,
      order: "pre",
      async handler() {
        if (config.build.ssr) return;
        const outDir = config.build.outDir;
        const built = readFileSync(join(outDir, "index.html"), "utf8");
        if (!built.includes(HEAD_MARKER) || !built.includes(ROOT_MARKER)) {
          throw new Error(`index.html needs ${HEAD_MARKER} in <head> and an empty ${ROOT_MARKER}`);
        }
        if (!MANIFEST_LINK.test(built))
          throw new Error("index.html has no manifest link to move into boot.ts");
        const template = built.replace(MANIFEST_LINK, "");
        const origin = (process.env.VITE_SITE_ORIGIN ?? DEFAULT_ORIGIN).replace(/\/$/, "");
        const inline = { configFile: false as const, logLevel: "silent" as const, mode: config.mode };
        const [{ module: render }, { module: meta }] = await Promise.all([
          runnerImport<RenderModule>(RENDER_FILE, inline),
          runnerImport<MetaModule>(META_FILE, inline),
        ]);
        const pages = await render.prerenderAll();
        const inlineCriticalCss = criticalCssInliner(outDir);
        const inlineFavicon = faviconInliner((href) =>
          readFileSync(join(outDir, href.slice(config.base.length))),
        );
        const manifest = JSON.parse(readFileSync(join(outDir, ".vite", "manifest.json"), "utf8"));
        const keptLink: number[] = []; // gzip bytes of the pages that keep their link
        let iconInlined = 0;
        for (const page of pages) {
          const rendered = template
            .replace(/<title>[\s\S]*?<\/title>\s*/, "")
            .replace(/<meta name="description"[^>]*>\s*/, "")
            .replace(
              HEAD_MARKER,
              [
                meta.renderHeadTags(page.meta, origin),
                deferredModulePreloads(manifest, [APP_MODULE, ...(page.lazyRoutes ?? [])], config.base),
              ]
                .filter((tags) => tags !== "")
                .join("\n    "),
            )
            .replace(ROOT_MARKER, `<div id="root" data-prerendered="${page.path}">${page.html}</div>`)
            // The page-wide states its CSS reads from <html>: the bar's room, no scrolling behind an open drawer.
            .replace(/<html\b[^>]*/, (tag) => tag + rootAttributesFor(page.html));
          // The app starts after the first paint, and the policy allows that one inline script.
          const html = allowInlineScripts(loadBootAfterPaint(rendered, page.scrollTo));
          const file = join(outDir, page.file);
          mkdirSync(dirname(file), { recursive: true });
          const critical = await inlineCriticalCss(html);
          if (inlineScriptHashes(critical.html).join() !== inlineScriptHashes(html).join()) {
            throw new Error(
              `Inlining CSS changed the inline scripts of ${page.file}, so the CSP would block them`,
            );
          }
          if (!critical.inlined) keptLink.push(critical.gzipBytes);
          const finished = inlineFavicon(critical.html);
          if (finished !== critical.html) iconInlined += 1;
          writeFileSync(file, finished);
        }
        const kB = (bytes: number) => (bytes / 1000).toFixed(1);
        config.logger.info(
          `critical CSS inlined on ${pages.length - keptLink.length} of ${pages.length} pages` +
            (keptLink.length === 0
              ? ""
              : `; ${keptLink.length} keep their stylesheet link, as inlined they would not fit ` +
                `the first round trip (${kB(Math.min(...keptLink))}–${kB(Math.max(...keptLink))} kB gzip)`) +
            `; favicon inlined on ${iconInlined}`,
        );
        writeFileSync(
          join(outDir, "sitemap.xml"),
          sitemap(
            pages.filter((page) => page.meta.index),
            origin,
          ),
        );
        writeFileSync(
          join(outDir, "robots.txt"),
          `User-agent: *\nAllow: /\n\nSitemap: ${origin}/sitemap.xml\n`,
        );
      },
    },
  };
}
