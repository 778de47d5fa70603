import { Modal } from "../components/ui/modal";

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

/** The keyboard shortcuts, in a dialog. */
export function ShortcutsPanel({ onClose }: { onClose: () => void }) {
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
