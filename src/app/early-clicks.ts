// Until the app is live, the page is plain HTML: its buttons (marks, chips, Pick for me)
// do nothing. A tap on one before then is kept and, once the app is live, replayed on the
// same button: hydration reuses the prerendered elements, so they are still the ones that
// were tapped. A toggle is not clicked blindly: it is set to the state the person asked for
// (see KeptIntent). The startup pipeline (boot.ts) calls these in order: keepEarlyTaps,
// firstUse, takeEarlyTaps just before React takes over, replayTaps once the app is live.
//
// The page's inline boot loader (src/app/boot-loader.js) starts keeping taps before this
// module has loaded, in `window.earlyTaps`; without it (the dev server) keepEarlyTaps starts.

import { nextTask } from "../lib/next-task";

declare global {
  interface Window {
    /** Targets of the clicks made before the app was live; null once they are handed over. */
    earlyTaps?: EventTarget[] | null;
  }
}

function keepTap(event: MouseEvent): void {
  if (event.target) window.earlyTaps?.push(event.target);
}

/** Whether a button is an enabled button in the page's root. */
function canReplay(button: HTMLButtonElement): boolean {
  return button.isConnected && !button.disabled && !!document.getElementById("root")?.contains(button);
}

/**
 * Where a tapped button sits, to find it again if the app renders the page afresh rather
 * than hydrating it (an address with a query string: main.tsx). Its own id (the countdown
 * bar's buttons have one), or the nearest element with an id (a card: "entry-hal"), its
 * place among that element's buttons and its label ("Watched").
 */
type ButtonAddress =
  { readonly id: string } | { readonly within: string; readonly index: number; readonly label: string };

function addressOf(button: HTMLButtonElement): ButtonAddress | undefined {
  if (button.id) return { id: button.id };
  const landmark = button.parentElement?.closest("[id]");
  if (!landmark || landmark.id === "root") return undefined;
  const index = [...landmark.querySelectorAll("button")].indexOf(button);
  return { within: landmark.id, index, label: button.textContent ?? "" };
}

/** The tapped button if it is still in the page, else the one now at its address. */
function findAgain(button: HTMLButtonElement, address: ButtonAddress | undefined): HTMLButtonElement | null {
  if (button.isConnected || !address) return button;
  if ("id" in address) {
    const found = document.getElementById(address.id);
    return found instanceof HTMLButtonElement ? found : null;
  }
  const found = document.getElementById(address.within)?.querySelectorAll("button")[address.index];
  return found && found.textContent === address.label ? found : null;
}

/**
 * What a kept tap asked for: a click on `button`, or, on a toggle (`aria-pressed`: marks,
 * chips), the state `pressed`, the opposite of what the button showed when it was tapped.
 * Before the app is live a toggle cannot show the saved state (the prerendered HTML does not
 * know the person's marks), so a click replayed as is could undo a saved mark.
 */
export type KeptIntent = {
  readonly button: HTMLButtonElement;
  readonly pressed?: boolean;
  readonly address?: ButtonAddress;
};

/**
 * Called before React has rendered anything, while each button still shows what the person
 * saw when they tapped it. A toggle tapped twice or more is asked once: it looked the same
 * after every tap, so each one asked for the same thing.
 */
function intentsOf(kept: readonly EventTarget[]): KeptIntent[] {
  const intents: KeptIntent[] = [];
  const toggles = new Set<HTMLButtonElement>();
  for (const target of kept) {
    const button = target instanceof Element ? target.closest("button") : null;
    if (!button || toggles.has(button)) continue;
    const shown = button.getAttribute("aria-pressed");
    const address = addressOf(button);
    if (shown === null) {
      intents.push({ button, address });
    } else {
      toggles.add(button);
      intents.push({ button, pressed: shown !== "true", address });
    }
  }
  return intents;
}

/**
 * Clicks each button still in the page, and each toggle only where the live app does not
 * already show what was asked for (a saved mark stays as saved). One task apart, so that
 * the app has rendered each click before the next toggle is read (Cried marks Watched too).
 */
async function replay(intents: readonly KeptIntent[]): Promise<void> {
  for (const { button: tapped, pressed, address } of intents) {
    const button = findAgain(tapped, address);
    if (!button || !canReplay(button)) continue;
    if (pressed !== undefined && (button.getAttribute("aria-pressed") === "true") === pressed) continue;
    button.click();
    await nextTask();
  }
}

/** Keeps taps on the page's buttons, where the inline loader has not started to already. */
export function keepEarlyTaps(): void {
  if (window.earlyTaps) return;
  window.earlyTaps = [];
  document.addEventListener("click", keepTap, true);
}

/** Resolves at the first sign that someone is using the page: a pointer or a key pressed. */
export function firstUse(): Promise<void> {
  return new Promise((resolve) => {
    const stop = new AbortController();
    const used = () => {
      stop.abort();
      resolve();
    };
    for (const type of ["pointerdown", "keydown"] as const) {
      document.addEventListener(type, used, { capture: true, passive: true, signal: stop.signal });
    }
  });
}

/**
 * Just before React takes over the page (from then on it sees every tap): stops keeping
 * taps and reads what each tapped toggle showed, while it still shows that.
 */
export function takeEarlyTaps(): readonly KeptIntent[] {
  const kept = window.earlyTaps ?? [];
  window.earlyTaps = null;
  document.removeEventListener("click", keepTap, true);
  return intentsOf(kept);
}

/** Once the app is live: a task later, so the saved marks it renders at once are on screen. */
export async function replayTaps(intents: readonly KeptIntent[]): Promise<void> {
  if (intents.length === 0) return;
  await nextTask();
  await replay(intents);
}
