import type { HitRating } from "../entries/watch-status";

/** The five steps of "How hard did it hit?", in words. */
export const HIT_LABELS: Record<HitRating, string> = {
  1: "A single tear",
  2: "Misty eyes",
  3: "Quiet sobbing",
  4: "Ugly crying",
  5: "A flood",
};
