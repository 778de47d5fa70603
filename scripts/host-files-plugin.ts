import { existsSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import type { Plugin, ResolvedConfig } from "vite";
import { renderHeadersFile, renderRedirectsFile } from "./host/render-host-files.ts";
import { SITE_RULES, type SiteRules } from "./host/site-rules.ts";

/**
 * Writes `_headers` and `_redirects` into `outDir`, for Netlify and Cloudflare Pages, and
 * says whether it did. Only next to the not-found page: a build without it (the benchmark's,
 * which leaves out the prerender) is no site to deploy, and Cloudflare Pages would serve it
 * as a single-page app, answering every unknown path with index.html and a 200.
 */
export function writeHostFiles(outDir: string, rules: SiteRules = SITE_RULES): boolean {
  if (!existsSync(join(outDir, rules.notFoundPage))) return false;
  writeFileSync(join(outDir, "_headers"), renderHeadersFile(rules));
  writeFileSync(join(outDir, "_redirects"), renderRedirectsFile(rules));
  return true;
}

/** Runs after the prerender plugin (its closeBundle is "pre"), which writes 404.html. */
export function hostFilesPlugin(): Plugin {
  let config: ResolvedConfig;
  return {
    name: "made-us-cry:host-files",
    apply: "build",
    enforce: "post",
    configResolved(resolved) {
      config = resolved;
    },
    closeBundle: {
      sequential: true,
      order: "post",
      handler() {
        if (config.build.ssr) return;
        if (!writeHostFiles(resolve(config.root, config.build.outDir))) {
          config.logger.warn(
            `No ${SITE_RULES.notFoundPage} in the build: _headers and _redirects not written`,
          );
        }
      },
    },
  };
}
