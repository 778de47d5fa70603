import { Shuffle } from "lucide-react";
import { useEffect, useRef, useState } from "react";
import { ACTION_BUTTON, ActionButton } from "../../components/ui/action-button";
import { usePrefersReducedMotion } from "../../lib/use-prefers-reduced-motion";
import type { NamedEntry } from "../entries/rank-order";
import type { WatchStatus } from "../entries/watch-status";
import { pickEntry } from "./pick-entry";

type Candidate = Pick<NamedEntry, "slug" | "title">;

type PickForMeProps = {
  /** The entries the person is looking at, after filters. */
  candidates: readonly Candidate[];
  statusOf: (slug: string) => WatchStatus;
  /** Opens the chosen entry (a normal navigation, so Back returns to the list). */
  onPick: (slug: string) => void;
  random?: () => number;
};

const SHUFFLE_STEP = 90; // ms between the titles that flicker past
const SHUFFLE_STEPS = 7; // about two thirds of a second in all

export function PickForMe({ candidates, statusOf, onPick, random = Math.random }: PickForMeProps) {
  const reduceMotion = usePrefersReducedMotion();
  const [message, setMessage] = useState<string | null>(null);
  const [anyway, setAnyway] = useState<Candidate | null>(null);
  const [shuffling, setShuffling] = useState<string | null>(null);
  const timer = useRef<number | undefined>(undefined);
  useEffect(() => () => window.clearInterval(timer.current), []);

  // A short shuffle through the candidates' titles before the drawer opens; none at all
  // for people who ask for less motion.
  const reveal = (chosen: Candidate) => {
    if (reduceMotion || candidates.length < 2) return onPick(chosen.slug);
    let step = 0;
    window.clearInterval(timer.current);
    timer.current = window.setInterval(() => {
      step += 1;
      if (step >= SHUFFLE_STEPS) {
        window.clearInterval(timer.current);
        setShuffling(null);
        onPick(chosen.slug);
        return;
      }
      const flicker = candidates[Math.floor(random() * candidates.length)];
      setShuffling(flicker?.title.english ?? null);
    }, SHUFFLE_STEP);
  };

  const pick = () => {
    setAnyway(null);
    const result = pickEntry(candidates, statusOf, random);
    if (result.kind === "empty") {
      setMessage("There is nothing here to pick from. Try letting go of a filter.");
      return;
    }
    if (result.kind === "all-watched") {
      const count = candidates.length;
      setMessage(
        count === 1
          ? "You have already watched this one."
          : `You have already watched all ${count} of these.`,
      );
      setAnyway(result.entry);
      return;
    }
    setMessage(null);
    reveal(result.entry);
  };

  return (
    <div className="flex flex-wrap items-center gap-x-4 gap-y-2">
      <ActionButton icon={Shuffle} onClick={pick} disabled={shuffling !== null}>
        Pick for me
      </ActionButton>
      {shuffling !== null && (
        <span aria-hidden="true" className="font-serif text-glow italic">
          {shuffling}
        </span>
      )}
      <p role="status" className="text-sm text-muted empty:hidden">
        {message}
      </p>
      {anyway && (
        <button
          type="button"
          onClick={() => {
            setMessage(null);
            setAnyway(null);
            reveal(anyway);
          }}
          className={ACTION_BUTTON}
        >
          Pick one to rewatch anyway
        </button>
      )}
    </div>
  );
}
