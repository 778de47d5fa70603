import * as rules from "./marks";
import type { TrackerData } from "./tracker-blob";
import type { PersistenceState } from "./tracker-stored-text";
import type { TrackerSnapshot } from "./tracker-types";

// What the screen reads through useSyncExternalStore. A snapshot stays the same object
// until something in it changes, and so do its marks and avoid list, so React renders
// again only for a real change.

/** For getServerSnapshot: the page renders as if nothing were marked, then hydrates. */
export const SERVER_SNAPSHOT: TrackerSnapshot = Object.freeze({
  marks: rules.NO_MARKS,
  avoid: rules.NO_AVOID,
  storage: "ok",
  problem: null,
  readOnly: false,
  migratedFrom: null,
});

/** The snapshot of what is shown and of storage's state: `previous` itself when nothing changed. */
export function nextSnapshot(
  previous: TrackerSnapshot,
  { marks, preferences }: TrackerData,
  state: Readonly<PersistenceState>,
): TrackerSnapshot {
  const stableMarks = rules.sameMarks(marks, previous.marks) ? previous.marks : marks;
  const stableAvoid = rules.sameAvoid(preferences.avoid, previous.avoid) ? previous.avoid : preferences.avoid;
  const unchanged =
    stableMarks === previous.marks &&
    stableAvoid === previous.avoid &&
    state.health === previous.storage &&
    state.problem === previous.problem &&
    state.readOnly === previous.readOnly &&
    state.migratedFrom === previous.migratedFrom;
  if (unchanged) return previous;
  return {
    marks: stableMarks,
    avoid: stableAvoid,
    storage: state.health,
    problem: state.problem,
    readOnly: state.readOnly,
    migratedFrom: state.migratedFrom,
  };
}
