import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, test } from "vitest";
import { writeHostFiles } from "./host-files-plugin.ts";
import { renderHeadersFile, renderNginxConf, renderRedirectsFile } from "./host/render-host-files.ts";
import { CONTENT_SECURITY_POLICY, SITE_RULES, type PathPattern, type SiteRules } from "./host/site-rules.ts";
import { loadBootAfterPaint } from "./boot-loader.ts";
import { contentSecurityPolicy, inlineScriptHashes } from "./security-meta-plugin.ts";

const directives = (policy: string) => policy.split("; ");
const lines = (file: string) =>
  file.split("\n").filter((line) => line.trim() !== "" && !line.startsWith("#"));

describe("deploy/nginx.conf", () => {
  const conf = renderNginxConf(SITE_RULES);

  test("is the committed output of renderNginxConf: run npm run deploy:nginx-conf after changing the rules", () => {
    const committed = readFileSync(new URL("../deploy/nginx.conf", import.meta.url), "utf8");
    expect(committed).toBe(conf);
  });

  test("adds headers only in the server block, each with always, so no location drops them", () => {
    const addHeaders = conf.split("\n").filter((line) => line.trim().startsWith("add_header"));
    expect(addHeaders).toHaveLength(SITE_RULES.securityHeaders.length + 1);
    for (const line of addHeaders) {
      expect(line).toMatch(/^ {8}add_header .* always;$/); // the server block's indent, not a location's
    }
  });

  test("serves a page for its clean URL and the 404 page for anything else, never index.html", () => {
    expect(conf).toContain("try_files $uri $uri.html =404;");
    expect(conf).toContain("error_page 404 /404.html;");
    expect(conf).not.toMatch(/try_files[^;]*\/index\.html;/);
  });

  test("writes nothing into the folder it serves", () => {
    expect(conf).toContain("error_log stderr");
    expect(conf).toContain("access_log off;");
    for (const line of conf.split("\n").filter((line) => /^\s*(pid|\w+_temp_path) /.test(line))) {
      expect(line).toMatch(/ \/tmp\//);
    }
  });
});

describe("the Content-Security-Policy header", () => {
  test("is exactly a page's own policy, plus frame-ancestors", () => {
    // Any page's: each holds the same inline script, the boot loader.
    const page = loadBootAfterPaint(
      '<html><head><script type="module" crossorigin src="/assets/index-abc.js"></script></head><body></body></html>',
      { path: "/anime/hal", cardId: "entry-hal" },
    );
    expect(CONTENT_SECURITY_POLICY).toBe(
      `${contentSecurityPolicy(inlineScriptHashes(page))}; frame-ancestors 'none'`,
    );
    expect(
      directives(CONTENT_SECURITY_POLICY).find((directive) => directive.startsWith("script-src")),
    ).toMatch(/^script-src 'self' 'sha256-[A-Za-z0-9+/]+=*'$/);
  });
});

describe("_headers for Netlify and Cloudflare Pages", () => {
  const file = renderHeadersFile(SITE_RULES);

  test("sends every security header on every path", () => {
    const block = file.split("\n\n").find((part) => part.startsWith("/*\n"));
    expect(block?.split("\n").slice(1)).toEqual(
      SITE_RULES.securityHeaders.map(([name, value]) => `  ${name}: ${value}`),
    );
  });

  test("caches hashed files for a year, and the service worker not at all", () => {
    expect(file).toContain("/assets/*\n  Cache-Control: public, max-age=31536000, immutable");
    expect(file).toContain("/workbox-*\n  Cache-Control: public, max-age=31536000, immutable");
    expect(file).toContain("/sw.js\n  Cache-Control: no-cache");
    expect(file).toContain("/og/*\n  Cache-Control: public, max-age=86400");
  });

  test("gives the manifest its type, in the same block as its caching", () => {
    expect(file).toContain(
      "/manifest.webmanifest\n  Cache-Control: no-cache\n  Content-Type: application/manifest+json\n",
    );
  });

  test("names each path's Cache-Control once: Cloudflare would join the values of two matching rules", () => {
    const patterns = SITE_RULES.cache.flatMap((rule) => rule.paths);
    const start = (pattern: PathPattern) => ("exact" in pattern ? pattern.exact : pattern.prefix);
    for (const [index, a] of patterns.entries()) {
      for (const b of patterns.slice(index + 1)) {
        const overlap =
          ("prefix" in a && start(b).startsWith(a.prefix)) ||
          ("prefix" in b && start(a).startsWith(b.prefix));
        expect(overlap || start(a) === start(b), `${start(a)} and ${start(b)}`).toBe(false);
      }
    }
    expect(file).not.toMatch(/^\/\*\n(?: {2}.*\n)*? {2}Cache-Control/m);
  });
});

describe("_redirects", () => {
  test("has no rules: the hosts serve clean URLs and the 404 page themselves", () => {
    expect(lines(renderRedirectsFile(SITE_RULES))).toEqual([]);
  });

  test("would carry a redirect, and nginx the same one", () => {
    const rules: SiteRules = { ...SITE_RULES, redirects: [{ from: "/top", to: "/", status: 301 }] };
    expect(lines(renderRedirectsFile(rules))).toEqual(["/top / 301"]);
    expect(renderNginxConf(rules)).toContain("location = /top {\n            return 301 /;\n        }");
  });
});

describe("writeHostFiles", () => {
  let outDir = "";
  afterEach(() => rmSync(outDir, { recursive: true, force: true }));

  test("writes both files next to the build's 404 page", () => {
    outDir = mkdtempSync(join(tmpdir(), "host-files-"));
    writeFileSync(join(outDir, "404.html"), "<!doctype html>");
    expect(writeHostFiles(outDir)).toBe(true);
    expect(readFileSync(join(outDir, "_headers"), "utf8")).toBe(renderHeadersFile(SITE_RULES));
    expect(readFileSync(join(outDir, "_redirects"), "utf8")).toBe(renderRedirectsFile(SITE_RULES));
  });

  test("writes nothing for a build without a 404 page, which Cloudflare Pages would serve as a single-page app", () => {
    outDir = mkdtempSync(join(tmpdir(), "host-files-"));
    expect(writeHostFiles(outDir)).toBe(false);
    expect(existsSync(join(outDir, "_headers"))).toBe(false);
  });
});
