// The ranking ships as data, not code: a JSON file with a content hash in its name
// (so it always matches the build that reads it, and caches forever), fetched once.
import entriesUrl from "../../../data/entries.json?url";

let early: Promise<unknown> | undefined;

function fetchEntries(): Promise<unknown> {
  return fetch(entriesUrl).then((response) => {
    if (!response.ok) throw new Error(`The list answered ${response.status}`);
    return response.json() as Promise<unknown>;
  });
}

/**
 * Starts the download before the app's code has arrived (the boot script calls this),
 * so the two travel side by side. Errors wait for `loadBundledEntries` to report them.
 */
export function requestEntriesEarly(): void {
  early ??= fetchEntries();
  early.catch(() => undefined);
}

/** The raw list: the early request if one is under way, else a fresh one (a retry, say). */
export function loadBundledEntries(): Promise<unknown> {
  const pending = early ?? fetchEntries();
  early = undefined;
  return pending;
}
