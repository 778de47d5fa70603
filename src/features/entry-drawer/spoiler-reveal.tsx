import { useId, useState } from "react";

export function SpoilerReveal({ spoiler }: { spoiler: string }) {
  const [revealed, setRevealed] = useState(false);
  const regionId = useId();

  return (
    <div className="rounded-xl border border-dashed border-line p-4">
      <p className="text-sm text-muted">
        This part gives away how the story turns. Open it only if you have watched it, or do not mind knowing.
      </p>
      <button
        type="button"
        aria-expanded={revealed}
        aria-controls={regionId}
        onClick={() => setRevealed((value) => !value)}
        className="mt-3 rounded-full border border-line px-4 py-2 text-sm text-ink hover:border-glow"
      >
        {revealed ? "Hide spoiler" : "Reveal spoiler"}
      </button>
      <div id={regionId} hidden={!revealed} className="mt-3">
        <p className="text-xs tracking-[0.15em] text-rose uppercase">Spoiler</p>
        <p className="mt-1 text-ink">{spoiler}</p>
      </div>
    </div>
  );
}
