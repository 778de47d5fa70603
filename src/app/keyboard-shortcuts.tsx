import { useEffect, useState } from "react";
import { CARD_LINK_SELECTOR } from "../features/countdown/card-links";
import { lazyComponent } from "../lib/lazy-component";
import { prefersReducedMotion } from "../lib/use-prefers-reduced-motion";

// The list of shortcuts is read rarely: it loads when first asked for.
const ShortcutsPanel = lazyComponent(() =>
  import("./shortcuts-panel").then((module) => ({ default: module.ShortcutsPanel })),
);

function isTypingIn(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ["INPUT", "TEXTAREA", "SELECT"].includes(target.tagName);
}

function moveCardFocus(step: 1 | -1): void {
  const links = [...document.querySelectorAll<HTMLElement>(CARD_LINK_SELECTOR)];
  if (links.length === 0) return;
  const current = links.findIndex((link) => link === document.activeElement);
  // From outside the list, start at the first card that is on screen.
  const firstOnScreen = Math.max(
    0,
    links.findIndex((link) => link.getBoundingClientRect().bottom > 0),
  );
  const next = current === -1 ? firstOnScreen : Math.min(links.length - 1, Math.max(0, current + step));
  const link = links[next];
  if (!link) return;
  link.focus({ preventScroll: true });
  link.closest("article")?.scrollIntoView({
    block: "center",
    behavior: prefersReducedMotion() ? "auto" : "smooth",
  });
}

function openSearch(): void {
  const search = document.querySelector<HTMLElement>('[data-shortcut="search"]');
  search?.focus({ preventScroll: true });
  search?.click();
}

/** j / k and the arrows move between cards, / goes to search, ? lists the shortcuts. */
export function KeyboardShortcuts() {
  const [helpOpen, setHelpOpen] = useState(false);

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.metaKey || event.ctrlKey || event.altKey) return;
      if (isTypingIn(event.target) || document.querySelector("dialog[open]")) return;
      const onCard = document.activeElement?.matches(CARD_LINK_SELECTOR) ?? false;

      if (event.key === "j" || (event.key === "ArrowDown" && onCard)) moveCardFocus(1);
      else if (event.key === "k" || (event.key === "ArrowUp" && onCard)) moveCardFocus(-1);
      // Search lives in the countdown bar's filter sheet: its Search button opens it, focused,
      // and has focus itself, so focus returns there when the sheet closes.
      else if (event.key === "/") openSearch();
      else if (event.key === "?") setHelpOpen(true);
      else return;
      event.preventDefault();
    };
    document.addEventListener("keydown", onKeyDown);
    return () => document.removeEventListener("keydown", onKeyDown);
  }, []);

  return (
    <>
      <button
        type="button"
        onClick={() => setHelpOpen(true)}
        className="rounded-full border border-line px-4 py-2 text-sm text-ink hover:border-glow"
      >
        Keyboard shortcuts <kbd className="ml-1 font-sans text-muted">?</kbd>
      </button>
      {helpOpen && <ShortcutsPanel onClose={() => setHelpOpen(false)} />}
    </>
  );
}
