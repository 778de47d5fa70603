// Until the app is live, the page is plain HTML: its buttons (marks, chips, Pick for me)
// do nothing. A tap on one before then starts the app at once and is kept. Once the app
// has taken over the page, the kept taps are replayed on the same buttons: hydration
// reuses the prerendered elements, so they are still the ones that were tapped.

let held: HTMLButtonElement[] | null = null;

function onEarlyClick(event: MouseEvent): void {
  const button = event.target instanceof Element ? event.target.closest("button") : null;
  if (!held || !button || button.disabled || !document.getElementById("root")?.contains(button)) return;
  held.push(button);
}

/** From the boot script: keeps taps on the page's buttons, and calls `start` on the first sign of use. */
export function holdEarlyClicks(start: () => void): void {
  held = [];
  document.addEventListener("click", onEarlyClick, true);
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
  const kept = held ?? [];
  held = null;
  document.removeEventListener("click", onEarlyClick, true);
  if (kept.length === 0) return;
  const root = document.documentElement;
  const replay = () => {
    for (const button of kept) if (button.isConnected && !button.disabled) button.click();
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
