let resolveLive: () => void = () => {};

/** Resolves the first time the app is live: the page hydrated (or rendered) and React listening. */
export const appLive = new Promise<void>((resolve) => {
  resolveLive = resolve;
});

/**
 * Called by RootLayout once it has committed. `html[data-ready]` is for the end-to-end
 * tests, which wait for it before pressing keys (nothing but React listens for them);
 * `npm run perf` times the mark (scripts/perf/time-to-live.ts).
 */
export function markAppLive(): void {
  document.documentElement.dataset.ready = "";
  performance.mark("made-us-cry:live");
  resolveLive();
}
