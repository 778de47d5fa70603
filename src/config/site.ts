import { DEFAULT_ORIGIN } from "./origin";
import { paths } from "./paths";

// The public origin is set at build time (VITE_SITE_ORIGIN); in the browser the page's
// own origin is the fallback, so links copied from a preview server still work.

export function siteOrigin(): string {
  const configured: unknown = import.meta.env.VITE_SITE_ORIGIN;
  if (typeof configured === "string" && /^https?:\/\/[^/]+$/.test(configured)) return configured;
  if (typeof window !== "undefined") return window.location.origin;
  return DEFAULT_ORIGIN;
}

export function entryUrl(slug: string): string {
  return new URL(paths.entry.getHref(slug), siteOrigin()).href;
}

export function absoluteUrl(href: string): string {
  return new URL(href, siteOrigin()).href;
}
