// An entry page opens its drawer, a lazy route with a chunk of its own. The app discovers
// that chunk only once its own code has run, a round trip after it arrives. The page
// names it instead, in an inert <template> that boot.ts turns into modulepreload links
// when it starts the app, so the drawer's code downloads beside the app's.
//
// The page's entry chunk (the boot module) is left out although the drawer imports it:
// boot.ts is that chunk, already running when it adds the links. Preloading it again
// only costs bytes, and Firefox fired `error` on that link (decision 011).

type ViteManifest = Record<string, { file: string; imports?: string[]; isEntry?: boolean }>;

/**
 * `<template data-deferred-modulepreload>` with a link for each chunk of `modules` and the
 * chunks they import, except the page's entry chunk.
 */
export function deferredModulePreloads(
  manifest: ViteManifest,
  modules: readonly string[],
  base = "/",
): string {
  const files = new Set<string>();
  for (const key of modules) {
    const chunk = manifest[key];
    if (!chunk) throw new Error(`${key} is not in Vite's build manifest`);
    for (const dependency of [key, ...(chunk.imports ?? [])]) {
      const imported = manifest[dependency];
      if (imported && !imported.isEntry) files.add(imported.file);
    }
  }
  if (files.size === 0) return "";
  const links = [...files].map((file) => `<link rel="modulepreload" crossorigin href="${base}${file}">`);
  return `<template data-deferred-modulepreload>${links.join("")}</template>`;
}
