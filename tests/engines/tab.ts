import type { EnginePage } from "./browsers";

// What a journey does with a tab, in any engine: open a page and wait until the app is
// live, find an element as a person names it, tap it for real, and wait for a state.

/** An element as a person finds it: its tag or role, its name, inside a named region. */
export type Target = {
  css: string;
  /** The accessible name, exactly; or, with `startsWith`, its beginning ("Film" for "Film 5"). */
  name?: string;
  startsWith?: boolean;
  within?: { css: string; name: string };
};

const LIVE = () => document.documentElement.hasAttribute("data-ready");

/**
 * In the page: the first visible element matching the target, scrolled to the middle of
 * the viewport, and the point at its centre, once a tap there would land on it: it has
 * stopped moving (a sheet sliding in carries its buttons along: no transition or animation
 * on it or around it is running, and it stood still for two frames) and nothing covers it.
 * Null until then. Self-contained: engines send it as source.
 */
async function locate(target: Target): Promise<{ x: number; y: number } | null> {
  const nameOf = (element: Element) => {
    const label = element.getAttribute("aria-label");
    if (label) return label.trim();
    const by = element.getAttribute("aria-labelledby");
    const labelled = by ? document.getElementById(by) : null;
    return (labelled ?? element).textContent?.replace(/\s+/g, " ").trim() ?? "";
  };
  const visible = (element: Element) => element.getClientRects().length > 0;
  const matches = (element: Element, name: string | undefined, prefix = false) =>
    visible(element) &&
    (name === undefined || (prefix ? nameOf(element).startsWith(name) : nameOf(element) === name));
  const scopes = target.within
    ? Array.from(document.querySelectorAll(target.within.css)).filter((scope) =>
        matches(scope, target.within?.name),
      )
    : [document.documentElement];
  for (const scope of scopes) {
    const element = Array.from(scope.querySelectorAll(target.css)).find((candidate) =>
      matches(candidate, target.name, target.startsWith),
    );
    if (!element) continue;
    element.scrollIntoView({ block: "center", inline: "center" });
    // A box still sliding in: on a loaded machine WebKitGTK has held a sheet's transition
    // for two frames, so the stillness check below passed mid-slide and the tap landed on
    // what the chip's place held a moment later. Time-based and finite only: the cards'
    // scroll-driven reveal and the fireflies' endless drift never end.
    const sliding = document.getAnimations().some((animation) => {
      const target = animation.effect instanceof KeyframeEffect ? animation.effect.target : null;
      return (
        animation.playState === "running" &&
        animation.timeline === document.timeline &&
        Number.isFinite(animation.effect?.getComputedTiming().endTime) &&
        target instanceof Element &&
        target.contains(element)
      );
    });
    if (sliding) return null;
    const box = element.getBoundingClientRect();
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    const later = element.getBoundingClientRect();
    if (later.x !== box.x || later.y !== box.y || later.width !== box.width) return null;
    const point = { x: later.left + later.width / 2, y: later.top + later.height / 2 };
    const hit = document.elementFromPoint(point.x, point.y);
    return hit && element.contains(hit) ? point : null;
  }
  return null;
}

export class Tab {
  /** Errors recorded by pages this tab has left (each document keeps its own). */
  private readonly earlier: string[] = [];

  constructor(
    readonly page: EnginePage,
    private readonly origin: string,
  ) {}

  /** Opens a path of the site and, unless told not to, waits until the app is live. */
  async open(path: string, { live = true } = {}): Promise<void> {
    this.earlier.push(...(await this.recorded()));
    await this.page.goto(`${this.origin}${path}`);
    if (live) await this.waitFor(LIVE);
  }

  async reload({ live = true } = {}): Promise<void> {
    this.earlier.push(...(await this.recorded()));
    await this.page.reload();
    if (live) await this.waitFor(LIVE);
  }

  isLive(): Promise<boolean> {
    return this.page.evaluate(LIVE);
  }

  evaluate<A extends unknown[], R>(fn: (...args: A) => R | Promise<R>, ...args: A): Promise<R> {
    return this.page.evaluate(fn, ...args);
  }

  /** Polls `fn` in the page until it returns (or resolves to) something truthy, and returns that. */
  async waitFor<A extends unknown[], R>(
    fn: (...args: A) => R | Promise<R>,
    ...args: A
  ): Promise<NonNullable<R>> {
    const timeoutMs = 20_000; // the app goes live after the first paint; give a busy machine room
    const deadline = Date.now() + timeoutMs;
    let last: R | undefined;
    let failure: unknown;
    while (Date.now() < deadline) {
      // A navigation in flight can drop one evaluation; the next poll tries again.
      last = await this.page.evaluate(fn, ...args).catch((error: unknown) => {
        failure = error;
        return undefined;
      });
      if (last) return last;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    throw new Error(
      `Still not true after ${timeoutMs} ms: ${String(fn)} (last: ${String(last)}; last error: ${String(failure)})`,
    );
  }

  /** Taps the element as a person would: a real pointer click at its centre. */
  async tap(target: Target): Promise<void> {
    const point = await this.waitFor(locate, target);
    await this.page.clickAt(point.x, point.y);
  }

  private recorded(): Promise<string[]> {
    return this.page
      .evaluate(() => (window as unknown as { __pageErrors?: string[] }).__pageErrors ?? [])
      .catch(() => []);
  }

  /** Errors recorded in every page this tab showed, and those the engine reported. */
  async errors(): Promise<string[]> {
    return [...this.page.nativeErrors, ...this.earlier, ...(await this.recorded())];
  }
}
