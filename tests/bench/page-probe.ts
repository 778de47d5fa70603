// Installed in the page before any of its scripts (Playwright's addInitScript). It keeps
// these clocks, all on the page's performance.now() timeline:
// - the start of an interaction: the timeStamp of the first pointerdown or keydown after
//   the harness reset the probe;
// - the paint after the page first showed the result: the harness sets `readyCheck`, the
//   source of a function of no arguments (say, "the list differs from before"); after each
//   DOM change it is asked again until it answers true, then a requestAnimationFrame +
//   setTimeout(0) marks the moment just after the next frame was painted;
// - the paint after the DOM last changed, marked the same way. Style-only changes are
//   ignored: those are animation frames, not updates;
// - Event Timing entries (PerformanceObserver, type "event", durationThreshold 16, the
//   API's floor), whose per-interaction duration is what INP is built from.
// Keep this function self-contained: Playwright sends its source text to the page. The
// check is compiled with `new Function`, so the benchmark's pages bypass the page's CSP.

export type EventTimingRecord = { interactionId: number; name: string; startTime: number; duration: number };

export type ProbeState = {
  startAt: number | null;
  readyCheck: string | null;
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
    startAt: null,
    readyCheck: null,
    readyAt: 0,
    paintAfterReadyAt: 0,
    lastMutationAt: 0,
    paintAfterMutationAt: 0,
    events: [],
  };
  let compiled: { source: string; check: () => boolean } | null = null;
  const isReady = () => {
    if (state.readyCheck === null) return false;
    if (compiled?.source !== state.readyCheck) {
      compiled = {
        source: state.readyCheck,
        check: new Function(`return (${state.readyCheck})();`) as () => boolean,
      };
    }
    return compiled.check();
  };
  const afterNextPaint = (callback: () => void) =>
    requestAnimationFrame(() => {
      setTimeout(callback, 0);
    });
  window.__benchProbe = state;
  const start = (event: Event) => {
    if (state.startAt === null) state.startAt = event.timeStamp;
  };
  window.addEventListener("pointerdown", start, { capture: true });
  window.addEventListener("keydown", start, { capture: true });

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
    if (state.startAt !== null && state.readyAt === 0 && isReady()) {
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
