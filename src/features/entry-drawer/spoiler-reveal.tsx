import { formatList } from "../entries/format-entry";
import { useId, useState } from "react";

type SpoilerRevealProps = {
  spoiler: string;
  /** The content categories kept back with the spoiler, as labels ("Death of a child"). */
  alsoDealsWith: readonly string[];
  /** The person has watched this show: show the spoiler without the extra step. */
  unlocked: boolean;
};

/** A spoiler stays behind a button until the show is marked Watched; it is always labelled. */
export function SpoilerReveal({ spoiler, alsoDealsWith, unlocked }: SpoilerRevealProps) {
  const [revealed, setRevealed] = useState(false);
  const regionId = useId();
  const labelId = useId();
  const open = unlocked || revealed;

  return (
    <section aria-labelledby={labelId} className="rounded-xl border border-dashed border-line p-4">
      <h3 id={labelId} className="text-xs tracking-[0.15em] text-rose uppercase">
        Spoiler
      </h3>
      {unlocked ? (
        <p className="mt-1 text-sm text-muted">You have watched this one, so here is how it turns.</p>
      ) : (
        <>
          <p className="mt-1 text-sm text-muted">
            This part gives away how the story turns. It opens by itself once you mark the show Watched.
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
        </>
      )}
      <div id={regionId} hidden={!open} className="mt-3">
        <p className="text-ink">{spoiler}</p>
        {alsoDealsWith.length > 0 && (
          <p className="mt-3 text-sm text-ink">
            <span className="font-semibold text-rose">Also deals with:</span> {formatList(alsoDealsWith)}
          </p>
        )}
      </div>
    </section>
  );
}
