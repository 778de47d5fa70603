// The data ships as its own chunk: the app shell paints first, and the loader can
// later be fed prerendered data without touching any component.
export function loadBundledEntries(): Promise<unknown> {
  return import("../../../data/entries.json").then((module) => module.default);
}
