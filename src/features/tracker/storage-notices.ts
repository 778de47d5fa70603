import type { TrackerSnapshot } from "./tracker-types";

/** The storage notices there are, in the order they are shown (tracker-notices.tsx). */
export type StorageNotice = "corrupt" | "newer" | "unavailable" | "full";

/**
 * Which storage notices the person should see now. Usually none: the notices' own code
 * loads only when there is one.
 */
export function storageNotices({
  problem,
  storage,
  readOnly,
}: Pick<TrackerSnapshot, "problem" | "storage" | "readOnly">): StorageNotice[] {
  const notices: StorageNotice[] = [];
  if (problem?.kind === "corrupt") notices.push("corrupt");
  if (problem?.kind === "newer" && readOnly) notices.push("newer");
  if (storage === "unavailable") notices.push("unavailable");
  if (storage === "full") notices.push("full");
  return notices;
}
