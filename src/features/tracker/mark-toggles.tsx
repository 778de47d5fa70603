import { Check, Droplet } from "lucide-react";
import { lazyComponent } from "../../lib/lazy-component";
import { useMarkStatus, useOfferUndo, useTrackerStore } from "./tracker-context";

// The scale shows only on a show marked Cried, which the prerendered page never has (marks
// live in this browser), so its code is not needed to start: it is fetched when the
// browser is idle (preloadHitScale, from the countdown bar) or at the first Cried.
const HitScale = lazyComponent(() => import("./hit-scale").then((module) => ({ default: module.HitScale })));

export const preloadHitScale = (): Promise<void> => HitScale.preload();

const TOGGLE =
  "inline-flex min-h-11 items-center gap-2 rounded-full border px-4 py-2 text-sm aria-pressed:border-glow aria-pressed:bg-glow aria-pressed:text-night";

/** Two toggles, Watched and Cried. Crying marks Watched too; un-watching clears Cried, with Undo. */
export function MarkToggles({ slug, title }: { slug: string; title: string }) {
  const store = useTrackerStore();
  const offerUndo = useOfferUndo();
  const status = useMarkStatus(slug);
  const watched = status !== "unwatched";
  const cried = status === "cried";

  const toggleWatched = () => {
    if (!watched) return store.setWatched(slug, true);
    const before = store.getSnapshot().marks;
    store.setWatched(slug, false);
    offerUndo(cried ? `${title}: Watched and Cried are cleared.` : `${title}: Watched is cleared.`, before);
  };

  return (
    <div>
      <div role="group" aria-label={`Your marks for ${title}`} className="relative z-10 flex flex-wrap gap-2">
        <button
          type="button"
          aria-pressed={watched}
          onClick={toggleWatched}
          className={`${TOGGLE} ${watched ? "" : "border-line text-ink hover:border-glow"}`}
        >
          <Check aria-hidden="true" className="size-4" />
          Watched
        </button>
        <button
          type="button"
          aria-pressed={cried}
          onClick={() => store.setCried(slug, !cried)}
          className={`${TOGGLE} ${cried ? "" : "border-line text-ink hover:border-glow"}`}
        >
          <Droplet aria-hidden="true" className="size-4" />
          Cried
        </button>
      </div>
      {cried && <HitScale slug={slug} />}
    </div>
  );
}
