import "@testing-library/jest-dom/vitest";
import { cleanup, configure } from "@testing-library/react";
import { afterEach, beforeEach, vi } from "vitest";

// A route's lazy code is transformed on first import: on a loaded 2-core machine that alone
// can pass Testing Library’s 1 s default for findBy*. Waiting longer never hides a bug
// (a findBy* that should fail still fails), it only stops the machine's load failing tests.
configure({ asyncUtilTimeout: 3000 });

// Any console.error during a test is a bug: fail the test that caused it.
beforeEach(() => {
  vi.spyOn(console, "error").mockImplementation((...args: unknown[]) => {
    throw new Error(`console.error was called: ${args.map(String).join(" ")}`);
  });
});

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

// Pure logic runs in Node (no window); what follows is for the files that run in jsdom.
const dom = typeof window !== "undefined";

// jsdom has neither matchMedia nor IntersectionObserver; give components the
// "no preference" answer and an observer that never fires.
if (dom && !window.matchMedia) {
  Object.defineProperty(window, "matchMedia", {
    writable: true,
    value: (query: string): MediaQueryList => ({
      matches: false,
      media: query,
      onchange: null,
      addEventListener: () => undefined,
      removeEventListener: () => undefined,
      addListener: () => undefined,
      removeListener: () => undefined,
      dispatchEvent: () => false,
    }),
  });
}

if (dom && !("IntersectionObserver" in window)) {
  class NoopIntersectionObserver {
    readonly root = null;
    readonly rootMargin = "0px";
    readonly thresholds: readonly number[] = [];
    observe(): void {}
    unobserve(): void {}
    disconnect(): void {}
    takeRecords(): IntersectionObserverEntry[] {
      return [];
    }
  }
  Object.defineProperty(window, "IntersectionObserver", { writable: true, value: NoopIntersectionObserver });
  Object.defineProperty(globalThis, "IntersectionObserver", {
    writable: true,
    value: NoopIntersectionObserver,
  });
}

// jsdom has <dialog> but not its modal behaviour. This mirrors what browsers do, so
// components can be tested by role: showModal() opens it and moves focus to the first
// focusable element inside; Escape fires a cancelable `cancel` event, closing unless
// prevented; close() restores focus to what had it before. Real browsers are covered
// by the Playwright specs.
if (dom && !HTMLDialogElement.prototype.showModal) {
  const FOCUSABLE = 'a[href], button:not([disabled]), input:not([disabled]), [tabindex]:not([tabindex="-1"])';
  const previousFocus = new WeakMap<HTMLDialogElement, Element | null>();
  const onKeyDown = function (this: HTMLDialogElement, event: KeyboardEvent) {
    if (event.key !== "Escape") return;
    const cancel = new Event("cancel", { cancelable: true });
    if (this.dispatchEvent(cancel)) this.close();
  };
  HTMLDialogElement.prototype.showModal = function (this: HTMLDialogElement) {
    previousFocus.set(this, document.activeElement);
    this.setAttribute("open", "");
    this.addEventListener("keydown", onKeyDown);
    this.querySelector<HTMLElement>(`[autofocus], ${FOCUSABLE}`)?.focus();
  };
  HTMLDialogElement.prototype.close = function (this: HTMLDialogElement) {
    if (!this.hasAttribute("open")) return;
    this.removeAttribute("open");
    this.removeEventListener("keydown", onKeyDown);
    const before = previousFocus.get(this);
    if (before instanceof HTMLElement) before.focus();
  };
}

// jsdom does no layout, so it has no scrolling either.
if (dom && !Element.prototype.scrollIntoView) Element.prototype.scrollIntoView = () => undefined;
