// Until the app is live, the page is plain HTML: its buttons (marks, chips, Pick for me)
// do nothing. A tap on one before then is kept and, once the app has taken over the page,
// replayed on the same button: hydration reuses the prerendered elements, so they are still
// the ones that were tapped.
//
// The page's inline boot loader (scripts/boot-loader.ts) starts keeping taps before this
// module has loaded, in `window.earlyTaps`; without it (the dev server) this module starts.

declare global {
  interface Window {
    /** Targets of the clicks made before the app was live; null once they are handed over. */
    earlyTaps?: EventTarget[] | null;
  }
}

function keepTap(event: MouseEvent): void {
  if (event.target) window.earlyTaps?.push(event.target);
}

/** The enabled button in the page's root that a kept tap landed on, if any. */
function tappedButton(target: EventTarget): HTMLButtonElement | null {
  const button = target instanceof Element ? target.closest("button") : null;
  if (!button?.isConnected || button.disabled || !document.getElementById("root")?.contains(button))
    return null;
  return button;
}

/** From the boot script: keeps taps on the page's buttons, and calls `start` on the first sign of use. */
export function holdEarlyClicks(start: () => void): void {
  if (!window.earlyTaps) {
    window.earlyTaps = [];
    document.addEventListener("click", keepTap, true);
  }
  for (const type of ["pointerdown", "keydown"] as const) {
    document.addEventListener(type, start, { capture: true, once: true, passive: true });
  }
}

/**
 * From the app, just before React takes over the page (from then on React sees every
 * tap): stops keeping taps, and replays the kept ones once the app is live
 * (`html[data-ready]`, set by RootLayout).
 */
export function replayEarlyClicksWhenLive(): void {
  const kept = window.earlyTaps ?? [];
  window.earlyTaps = null;
  document.removeEventListener("click", keepTap, true);
  if (kept.length === 0) return;
  const root = document.documentElement;
  const replay = () => {
    for (const target of kept) tappedButton(target)?.click();
  };
  if (root.hasAttribute("data-ready")) {
    replay();
    return;
  }
  const observer = new MutationObserver(() => {
    if (!root.hasAttribute("data-ready")) return;
    observer.disconnect();
    replay();
  });
  observer.observe(root, { attributes: true, attributeFilter: ["data-ready"] });
}
