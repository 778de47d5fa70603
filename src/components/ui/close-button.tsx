import { X } from "lucide-react";

type CloseButtonProps = {
  onClick: () => void;
  /** Its accessible name: "Close" for a dialog, "Dismiss" for a notice. */
  label: string;
  className: string;
  iconClassName?: string;
};

/** The round × button of dialogs, sheets and the undo bar. */
export function CloseButton({ onClick, label, className, iconClassName = "size-5" }: CloseButtonProps) {
  return (
    <button type="button" onClick={onClick} aria-label={label} className={className}>
      <X aria-hidden="true" className={iconClassName} />
    </button>
  );
}
