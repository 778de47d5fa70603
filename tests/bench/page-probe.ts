// Installed in the page before any of its scripts (Playwright's addInitScript). It keeps
// these clocks, all on the page's performance.now() timeline:
// - the timeStamp of the last `click` (the start of an interaction);
// - the paint after the page first showed the result: the harness sets `readySelector`
//   (say, the chip with its new aria-pressed); the first DOM change after which it matches
//   is noted, then a requestAnimationFrame + setTimeout(0) marks the moment just after the
//   next frame was painted;
// - the paint after the DOM last changed, marked the same way. Style-only changes are
//   ignored: those are animation frames, not updates;
// - Event Timing entries (PerformanceObserver, type "event", durationThreshold 16 — the
//   API's floor), whose per-interaction duration is what INP is built from.
// Keep this function self-contained: Playwright sends its source text to the page.

export type EventTimingRecord = { interactionId: number; name: string; startTime: number; duration: number };

export type ProbeState = {
  clickAt: number | null;
  readySelector: string | null;
  readyAt: number;
  paintAfterReadyAt: number;
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
  const state: ProbeState = {
    clickAt: null,
    readySelector: null,
    readyAt: 0,
    paintAfterReadyAt: 0,
    lastMutationAt: 0,
    paintAfterMutationAt: 0,
    events: [],
  };
  const afterNextPaint = (callback: () => void) =>
    requestAnimationFrame(() => {
      setTimeout(callback, 0);
    });
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
    const at = performance.now();
    if (state.readySelector !== null && state.readyAt === 0 && document.querySelector(state.readySelector)) {
      state.readyAt = at;
      afterNextPaint(() => {
        state.paintAfterReadyAt = performance.now();
      });
    }
    if (records.every((record) => record.type === "attributes" && record.attributeName === "style")) return;
    state.lastMutationAt = at;
    afterNextPaint(() => {
      if (state.lastMutationAt === at) state.paintAfterMutationAt = performance.now();
    });
  }).observe(document, { subtree: true, childList: true, characterData: true, attributes: true });
}
