import { Image } from "lucide-react";
import { useState } from "react";
import { ACTION_BUTTON } from "../../components/ui/action-button";
import type { TearCardData } from "./tear-card-data";

const MESSAGES = {
  shared: "Shared.",
  downloaded: "Your tear card is saved to your downloads.",
  cancelled: "",
  failed: "We couldn't draw your card just now. Your marks are safe; please try again.",
} as const;

type Phase = "idle" | "working" | keyof typeof MESSAGES;

/**
 * Draws the person's tear card and shares or saves it. `data` is read on click, so the
 * card shows the marks as they are at that moment rather than when the page rendered.
 */
export function TearCardButton({ data }: { data: () => TearCardData }) {
  const [phase, setPhase] = useState<Phase>("idle");
  const working = phase === "working";

  const makeCard = async () => {
    setPhase("working");
    try {
      const card = data();
      // The drawing code (and the artwork it paints) loads on the first click, not with the page.
      const { renderTearCardBlob, shareOrDownloadTearCard, tearCardFileName } =
        await import("./make-tear-card");
      const blob = await renderTearCardBlob(card);
      setPhase(await shareOrDownloadTearCard(blob, tearCardFileName(card.date)));
    } catch {
      setPhase("failed");
    }
  };

  return (
    <div className="flex flex-col items-start gap-2">
      <button
        type="button"
        onClick={() => void makeCard()}
        disabled={working}
        aria-busy={working}
        className={`${ACTION_BUTTON} disabled:opacity-70`}
      >
        <Image aria-hidden="true" className="size-4" />
        {working ? "Drawing your card…" : "Make my tear card"}
      </button>
      {/* Always in the page, so screen readers announce each new message politely. */}
      <p role="status" className="text-sm text-muted">
        {phase === "idle" || phase === "working" ? "" : MESSAGES[phase]}
      </p>
    </div>
  );
}
