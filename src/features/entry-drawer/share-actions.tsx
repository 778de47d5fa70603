import { Link2, Share2 } from "lucide-react";
import { useEffect, useRef, useState } from "react";
import { useIsClient } from "../../lib/use-is-client";

type CopyState = "idle" | "copied" | "failed";
const CONFIRMATION_MS = 4000; // long enough to read, short enough to reset before the next copy

export function ShareActions({ url, title }: { url: string; title: string }) {
  const [copyState, setCopyState] = useState<CopyState>("idle");
  const resetTimer = useRef<number | undefined>(undefined);
  // Prerendered HTML has no Share button; it appears once the page is live, where supported.
  const canShare = useIsClient() && typeof navigator.share === "function";

  useEffect(() => () => window.clearTimeout(resetTimer.current), []);

  const copy = async () => {
    window.clearTimeout(resetTimer.current);
    try {
      await navigator.clipboard.writeText(url);
      setCopyState("copied");
    } catch {
      setCopyState("failed");
    }
    resetTimer.current = window.setTimeout(() => setCopyState("idle"), CONFIRMATION_MS);
  };

  const share = async () => {
    try {
      await navigator.share({ title, url });
    } catch {
      // Closing the share sheet rejects too; there is nothing to tell the person.
    }
  };

  return (
    <div>
      <div className="flex flex-wrap gap-3">
        <button
          type="button"
          onClick={() => void copy()}
          className="inline-flex items-center gap-2 rounded-full border border-line px-4 py-2 text-sm text-ink hover:border-glow"
        >
          <Link2 aria-hidden="true" className="size-4" />
          Copy link
        </button>
        {canShare && (
          <button
            type="button"
            onClick={() => void share()}
            className="inline-flex items-center gap-2 rounded-full border border-line px-4 py-2 text-sm text-ink hover:border-glow"
          >
            <Share2 aria-hidden="true" className="size-4" />
            Share
          </button>
        )}
      </div>
      <p role="status" className="mt-2 min-h-6 text-sm text-muted">
        {copyState === "copied" && "Link copied. Paste it anywhere to open this entry."}
        {copyState === "failed" && `Your browser would not let us copy. The link is ${url}`}
      </p>
    </div>
  );
}
