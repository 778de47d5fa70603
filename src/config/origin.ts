// The site's public origin when none is configured (VITE_SITE_ORIGIN). No imports: the
// build's prerender plugin (scripts/prerender-plugin.ts) reads it too.
export const DEFAULT_ORIGIN = "https://made-us-cry.example";
