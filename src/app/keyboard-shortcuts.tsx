import { useEffect, useState } from "react";
import { Modal } from "../components/ui/modal";
import { CARD_LINK_SELECTOR } from "../features/countdown/card-links";

const SHORTCUTS = [
  { keys: ["j", "↓"], what: "Next card (the arrow once a card has focus)" },
  { keys: ["k", "↑"], what: "Previous card" },
  { keys: ["Enter"], what: "Open the focused card" },
  { keys: ["j", "→"], what: "In an open entry: the next one" },
  { keys: ["k", "←"], what: "In an open entry: the previous one" },
  { keys: ["Esc"], what: "Close the open entry or panel" },
  { keys: ["/"], what: "Search titles" },
  { keys: ["?"], what: "Show these shortcuts" },
] as const;

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
  const calm = window.matchMedia("(prefers-reduced-motion: reduce)").matches;
  link.closest("article")?.scrollIntoView({ block: "center", behavior: calm ? "auto" : "smooth" });
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
      else if (event.key === "/") document.querySelector<HTMLInputElement>('input[type="search"]')?.focus();
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

function ShortcutsPanel({ onClose }: { onClose: () => void }) {
  return (
    <Modal title="Keyboard shortcuts" onClose={onClose}>
      <dl className="m-0 grid grid-cols-[auto_1fr] gap-x-6 gap-y-3">
        {SHORTCUTS.map((shortcut) => (
          <div key={shortcut.what} className="contents">
            <dt className="flex gap-1">
              {shortcut.keys.map((key) => (
                <kbd
                  key={key}
                  className="rounded border border-line bg-tag px-2 py-0.5 font-sans text-sm text-ink"
                >
                  {key}
                </kbd>
              ))}
            </dt>
            <dd className="m-0 text-ink">{shortcut.what}</dd>
          </div>
        ))}
      </dl>
      <p className="mt-4 text-sm text-muted">Shortcuts wait while you are typing in a field.</p>
    </Modal>
  );
}
