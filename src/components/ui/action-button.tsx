import type { LucideIcon } from "lucide-react";
import { useRef, type ReactNode } from "react";

/** A quiet pill of a button: the tools around the list (Pick for me, the tear card, Your marks). */
export const ACTION_BUTTON =
  "inline-flex min-h-11 items-center gap-2 rounded-full border border-line px-4 py-2 text-sm text-ink hover:border-glow";

type ActionButtonProps = { icon: LucideIcon; onClick: () => void; disabled?: boolean; children: ReactNode };

/** An action button, its icon before its words. */
export function ActionButton({ icon: Icon, onClick, disabled, children }: ActionButtonProps) {
  return (
    <button type="button" className={ACTION_BUTTON} onClick={onClick} disabled={disabled}>
      <Icon aria-hidden="true" className="size-4" />
      {children}
    </button>
  );
}

type ChooseFileProps = {
  /** The file types the picker offers, as the input's `accept` attribute. */
  accept: string;
  /** The hidden input's name, for screen readers and tests. */
  fileLabel: string;
  icon: LucideIcon;
  onFile: (file: File) => void;
  children: ReactNode;
};

/** An action button that opens the file picker; the chosen file goes to `onFile`, and the same file can be chosen again. */
export function ChooseFile({ accept, fileLabel, icon, onFile, children }: ChooseFileProps) {
  const input = useRef<HTMLInputElement>(null);
  return (
    <>
      <ActionButton icon={icon} onClick={() => input.current?.click()}>
        {children}
      </ActionButton>
      <input
        ref={input}
        type="file"
        accept={accept}
        aria-label={fileLabel}
        hidden
        onChange={(event) => {
          const file = event.target.files?.[0];
          event.target.value = "";
          if (file) onFile(file);
        }}
      />
    </>
  );
}
