// A page names the code the app will ask for, in an inert <template> that the inline loader
// (src/app/boot-loader.js) adds to <head>, as modulepreload links, with the boot module at
// the first paint, so it all downloads side by side:
// - the app itself (src/app/main.tsx and the chunks it imports): boot.ts evaluates it in
//   steps, React first (decision 014), and each step would otherwise wait to download;
// - a lazy route the page renders: an entry page opens its drawer, a chunk of its own that
//   the app would discover only once its own code has run, a round trip later.
//
// The page's entry chunk (the boot module) is left out although the app imports it: the
// loader adds it as a module script beside the links. Preloading it again only costs
// bytes, and Firefox fired `error` on that link (decision 011).

type ViteManifest = Record<string, { file: string; imports?: string[]; isEntry?: boolean }>;

/** The module whose chunk is the app: boot.ts imports it once the page has painted. */
export const APP_MODULE = "src/app/main.tsx";

/**
 * `<template data-deferred-modulepreload>` with a link for each chunk of `modules` and every
 * chunk they import, directly or not, except the page's entry chunk.
 */
export function deferredModulePreloads(
  manifest: ViteManifest,
  modules: readonly string[],
  base = "/",
): string {
  for (const key of modules) {
    if (!manifest[key]) throw new Error(`${key} is not in Vite's build manifest`);
  }
  const files = new Set<string>();
  const seen = new Set<string>();
  const visit = (key: string) => {
    const chunk = manifest[key];
    if (!chunk || chunk.isEntry || seen.has(key)) return;
    seen.add(key);
    files.add(chunk.file);
    chunk.imports?.forEach(visit);
  };
  modules.forEach(visit);
  if (files.size === 0) return "";
  const links = [...files].map((file) => `<link rel="modulepreload" crossorigin href="${base}${file}">`);
  return `<template data-deferred-modulepreload>${links.join("")}</template>`;
}
