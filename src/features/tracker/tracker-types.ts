import type { ContentCategory } from "../entries/vocabulary";
import type { HitRating } from "../entries/watch-status";

// The shapes the tracker shares with its UI. Timestamps are ISO 8601 strings (UTC).

export type Mark = {
  /** When the show was marked Watched. Cried implies Watched, so this is always set. */
  readonly watchedAt: string;
  /** When it was marked Cried; absent when it was not. */
  readonly criedAt?: string;
  /** How hard it hit. Only with criedAt: un-crying clears it. */
  readonly hit?: HitRating;
  /**
   * When the rating was last set or cleared, so merging keeps the newest rating. Only with
   * criedAt; present without `hit` when a rating was cleared.
   */
  readonly ratedAt?: string;
};

/** Marks by entry slug. A slug with no mark is "not watched yet". */
export type Marks = Readonly<Record<string, Mark>>;

/** What the person has told us about themselves, kept in the same blob as the marks. */
export type TrackerPreferences = {
  /** Content notes they would rather avoid, in the vocabulary's order, each once. */
  readonly avoid: readonly ContentCategory[];
};

/** What localStorage let us do on the last try. */
export type StorageHealth = "ok" | "unavailable" | "full";

export type TrackerProblem =
  /** The stored blob was not JSON or not any shape we know. Its raw text is kept. */
  | { readonly kind: "corrupt"; readonly raw: string; readonly backedUp: boolean }
  /** Written by a newer version: read what we could, and write nothing until the person chooses. */
  | { readonly kind: "newer"; readonly version: number; readonly raw: string };

export type TrackerSnapshot = {
  readonly marks: Marks;
  /** The avoid preference; stable between changes like `marks`. */
  readonly avoid: readonly ContentCategory[];
  readonly storage: StorageHealth;
  readonly problem: TrackerProblem | null;
  /** True while a newer blob is protected: marks work for this visit but are not saved. */
  readonly readOnly: boolean;
  /** Set when a stored blob was migrated from an older version on load. */
  readonly migratedFrom: number | null;
};
