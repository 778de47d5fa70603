import { BOOT_LOADER } from "../boot-loader.ts";
import { policyDirectives, scriptHash } from "../security-meta-plugin.ts";

// What every host must do with the build, written once. render-host-files.ts turns it into
// deploy/nginx.conf and into the _headers and _redirects files that Netlify and Cloudflare
// Pages read (docs/deploy.md, docs/decisions/015-hosting.md).

/** A set of URL paths: one path, or every path that starts with `prefix`. */
export type PathPattern = { readonly exact: string } | { readonly prefix: string };

export type CacheRule = {
  readonly paths: readonly PathPattern[];
  readonly cacheControl: string;
};

export type Redirect = { readonly from: string; readonly to: string; readonly status: 301 | 302 | 308 };

export type SiteRules = {
  /** Sent with every response, the 404 included. */
  readonly securityHeaders: readonly (readonly [name: string, value: string])[];
  /** By path; no two rules may match the same path (Cloudflare joins the values of all matches). */
  readonly cache: readonly CacheRule[];
  /** Pages and every other file no rule names: revalidated on each use (an ETag makes it a 304). */
  readonly defaultCacheControl: string;
  /** Types some hosts get wrong: Debian's nginx and Cloudflare Pages know no web app manifest. */
  readonly contentTypes: readonly { readonly path: string; readonly contentType: string }[];
  /** Appended to a path with no file of its own: /anime/hal is anime/hal.html. */
  readonly pageExtension: string;
  /** Served with status 404 for any path with no file. Never index.html: the build has a page per URL. */
  readonly notFoundPage: string;
  /** Files in the build that are instructions to a host, not part of the site. */
  readonly hostFiles: readonly string[];
  readonly redirects: readonly Redirect[];
};

/**
 * The Content-Security-Policy response header: the pages' own policy (their <meta>,
 * security-meta-plugin.ts) plus what a meta cannot carry, frame-ancestors. The one inline
 * script every page holds, the boot loader, is the same text on every page and in every
 * build (boot-loader.ts), so its hash is known here, and a page gets the same policy from
 * the header as from its meta.
 */
export const CONTENT_SECURITY_POLICY = [
  ...policyDirectives([`'${scriptHash(BOOT_LOADER)}'`]),
  "frame-ancestors 'none'",
].join("; ");

const YEAR = 31_536_000; // s
const DAY = 86_400; // s

export const SITE_RULES: SiteRules = {
  securityHeaders: [
    ["Content-Security-Policy", CONTENT_SECURITY_POLICY],
    ["X-Content-Type-Options", "nosniff"],
    // The same as the pages' <meta name="referrer">.
    ["Referrer-Policy", "strict-origin-when-cross-origin"],
    // Only features the app never uses, and only names every browser knows: Chromium logs
    // an unknown one (interest-cohort, say) as a console error. The clipboard stays allowed:
    // "Share my marks" copies its link.
    ["Permissions-Policy", "camera=(), microphone=(), geolocation=(), payment=(), usb=()"],
    ["Cross-Origin-Opener-Policy", "same-origin"],
  ],
  cache: [
    {
      // Names carry a hash of their content (Vite's assets, Workbox's runtime): a new
      // version is a new name, so a copy never needs checking.
      paths: [{ prefix: "/assets/" }, { prefix: "/workbox-" }],
      cacheControl: `public, max-age=${YEAR}, immutable`,
    },
    {
      // Artwork, link previews and icons keep their names from build to build.
      paths: [{ prefix: "/art/" }, { prefix: "/og/" }, { prefix: "/icons/" }],
      cacheControl: `public, max-age=${DAY}`,
    },
    {
      // The service worker and the manifest must be fresh for an update to arrive.
      paths: [{ exact: "/sw.js" }, { exact: "/manifest.webmanifest" }],
      cacheControl: "no-cache",
    },
  ],
  defaultCacheControl: "no-cache",
  contentTypes: [{ path: "/manifest.webmanifest", contentType: "application/manifest+json" }],
  pageExtension: ".html",
  notFoundPage: "/404.html",
  hostFiles: ["/_headers", "/_redirects"],
  // None: each host below already serves a page by its clean URL, and a .html URL as well.
  redirects: [],
};
