import { Droplet } from "lucide-react";
import { useId } from "react";
import { HIT_RATINGS } from "../entries/watch-status";
import { hitOf } from "./marks";
import { useTrackerSnapshot, useTrackerStore } from "./tracker-context";
import { HIT_LABELS } from "./hit-labels";

/** "How hard did it hit?" — five native radios, so arrow keys and screen readers just work. */
export function HitScale({ slug }: { slug: string }) {
  const store = useTrackerStore();
  const { marks } = useTrackerSnapshot();
  const hit = hitOf(marks, slug);
  const name = useId(); // a card and the drawer may show the same show's scale at once
  const labelId = useId();

  return (
    <div role="radiogroup" aria-labelledby={labelId} className="relative z-10 mt-3">
      <p id={labelId} className="text-xs tracking-[0.12em] text-muted uppercase">
        How hard did it hit?
      </p>
      <div className="mt-2 flex flex-wrap gap-1.5">
        {HIT_RATINGS.map((rating) => (
          <label key={rating} className="hit-option">
            <input
              type="radio"
              name={name}
              value={rating}
              checked={hit === rating}
              onChange={() => store.setHit(slug, rating)}
              className="absolute inset-0 cursor-pointer opacity-0"
            />
            <span className="hit-pill">
              <span aria-hidden="true" className="flex">
                {HIT_RATINGS.slice(0, rating).map((drop) => (
                  <Droplet key={drop} className="-mx-0.5 size-3" />
                ))}
              </span>
              {HIT_LABELS[rating]}
            </span>
          </label>
        ))}
      </div>
    </div>
  );
}
