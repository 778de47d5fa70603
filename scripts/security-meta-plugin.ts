import { createHash } from "node:crypto";
import type { Plugin } from "vite";

/**
 * The security a static host can carry without server headers: a Content-Security-Policy
 * and a referrer policy as <meta> tags, added to the built HTML only (the dev server's
 * hot-reload preamble is an inline script, which this policy rightly refuses).
 * Scripts: our own files, and inline scripts only by their hash (the boot loader of
 * scripts/boot-loader.ts), never 'unsafe-inline'. Styles allow inline attributes, which
 * React's `style` props and Motion's animations write. Fonts, fetches, the manifest and
 * the service worker fall back to default-src 'self', so they need no line of their own.
 */
export function contentSecurityPolicy(scriptHashes: readonly string[] = []): string {
  return policyDirectives(scriptHashes.map((hash) => `'${hash}'`)).join("; ");
}

/**
 * The policy's directives, with `scriptSources` after 'self' in script-src. Shared with the
 * response header that hosts send (scripts/host/site-rules.ts), so the two cannot differ.
 */
export function policyDirectives(scriptSources: readonly string[]): string[] {
  return [
    "default-src 'self'",
    ["script-src 'self'", ...scriptSources].join(" "),
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
  ];
}

// A classic inline script: no attributes but data- ones (the boot loader's), so not JSON-LD
// and not a module.
const INLINE_SCRIPT = /<script(?:\s+data-[a-z-]+="[^"]*")*>([\s\S]*?)<\/script>/g;
const POLICY_META = /(<meta http-equiv="Content-Security-Policy" content=")[^"]*(")/;

/** `sha256-…` of each inline script in `html`, as a CSP source expression wants it. */
export function inlineScriptHashes(html: string): string[] {
  return Array.from(html.matchAll(INLINE_SCRIPT), ([, code = ""]) => scriptHash(code));
}

/** `sha256-…` of a script's text, as a CSP source expression wants it. */
export function scriptHash(code: string): string {
  return `sha256-${createHash("sha256").update(code).digest("base64")}`;
}

/** Rewrites the page's policy so that it allows exactly the inline scripts the page holds. */
export function allowInlineScripts(html: string): string {
  if (!POLICY_META.test(html)) throw new Error("The page has no Content-Security-Policy <meta> to update");
  return html.replace(POLICY_META, (_tag, start: string, end: string) =>
    [start, contentSecurityPolicy(inlineScriptHashes(html)), end].join(""),
  );
}

export function securityMetaPlugin(): Plugin {
  return {
    name: "made-us-cry:security-meta",
    apply: "build",
    transformIndexHtml: {
      order: "post",
      // Right after the charset, before any script or link, so the policy covers them all.
      handler: (html) => {
        const charset = /<meta charset="[^"]*"\s*\/?>/i;
        if (!charset.test(html)) throw new Error("index.html needs a <meta charset> for the CSP to follow");
        return html.replace(
          charset,
          (tag) =>
            `${tag}\n    <meta http-equiv="Content-Security-Policy" content="${contentSecurityPolicy()}" />` +
            `\n    <meta name="referrer" content="strict-origin-when-cross-origin" />`,
        );
      },
    },
  };
}
