// Installed in the page before any of its scripts (Playwright's addInitScript). It keeps
// three clocks, all on the page's performance.now() timeline:
// - the timeStamp of the last `click` (the start of an interaction);
// - the paint after the DOM last changed: a MutationObserver notes each change, then a
//   requestAnimationFrame + setTimeout(0) marks the moment just after the next frame was
//   painted. Style-only changes are ignored: those are animations, not React's updates;
// - Event Timing entries (PerformanceObserver, type "event", durationThreshold 16 — the
//   API's floor), whose per-interaction duration is what INP is built from.
// Keep this function self-contained: Playwright sends its source text to the page.

export type EventTimingRecord = { interactionId: number; name: string; startTime: number; duration: number };

export type ProbeState = {
  clickAt: number | null;
  lastMutationAt: number;
  paintAfterMutationAt: number;
  events: EventTimingRecord[];
};

declare global {
  interface Window {
    __benchProbe?: ProbeState;
  }
}

export function installProbe(): void {
  const state: ProbeState = { clickAt: null, lastMutationAt: 0, paintAfterMutationAt: 0, events: [] };
  window.__benchProbe = state;
  window.addEventListener("click", (event) => (state.clickAt = event.timeStamp), { capture: true });

  new PerformanceObserver((list) => {
    for (const entry of list.getEntries() as PerformanceEventTiming[]) {
      if (entry.interactionId > 0) {
        const { interactionId, name, startTime, duration } = entry;
        state.events.push({ interactionId, name, startTime, duration });
      }
    }
  }).observe({ type: "event", durationThreshold: 16, buffered: true } as PerformanceObserverInit);

  new MutationObserver((records) => {
    if (records.every((record) => record.type === "attributes" && record.attributeName === "style")) return;
    const at = performance.now();
    state.lastMutationAt = at;
    requestAnimationFrame(() =>
      setTimeout(() => {
        if (state.lastMutationAt === at) state.paintAfterMutationAt = performance.now();
      }, 0),
    );
  }).observe(document, { subtree: true, childList: true, characterData: true, attributes: true });
}
