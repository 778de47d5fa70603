import type { Plugin } from "vite";

/**
 * The security a static host can carry without server headers: a Content-Security-Policy
 * and a referrer policy as <meta> tags, added to the built HTML only (the dev server's
 * hot-reload preamble is an inline script, which this policy rightly refuses).
 * Scripts: our own files only, no 'unsafe-inline'. Styles allow inline attributes,
 * which React's `style` props and Motion's animations write.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "manifest-src 'self'",
  "worker-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join("; ");

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
            `${tag}\n    <meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}" />` +
            `\n    <meta name="referrer" content="strict-origin-when-cross-origin" />`,
        );
      },
    },
  };
}
