// An entry page opens its drawer, a lazy route with a chunk of its own. The app discovers
// that chunk only once its own code has run, a round trip after it arrives. The page
// names it instead, in an inert <template> that boot.ts turns into modulepreload links
// when it starts the app, so the drawer's code downloads beside the app's.

type ViteManifest = Record<string, { file: string; imports?: string[] }>;

/** `<template data-deferred-modulepreload>` with a link for each chunk of `modules` and the chunks they import. */
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
      const file = manifest[dependency]?.file;
      if (file) files.add(file);
    }
  }
  if (files.size === 0) return "";
  const links = [...files].map((file) => `<link rel="modulepreload" crossorigin href="${base}${file}">`);
  return `<template data-deferred-modulepreload>${links.join("")}</template>`;
}
