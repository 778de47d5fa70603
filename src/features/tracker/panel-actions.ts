import { paths } from "../../config/paths";
import { absoluteUrl } from "../../config/site";
import { downloadText } from "../../lib/download";
import { formatCount } from "../entries/format-entry";
import type { ContentCategory } from "../entries/vocabulary";
import type { MalExportEntry } from "./mal/mal-export";
import type { MalEntry, MalPlan } from "./mal/mal-plan";
import type { Marks, TrackerPreferences } from "./tracker-types";

// What the Your marks panel's buttons do with files and links, apart from the panel. Each
// step answers with a line for the panel's status, or with what an import would change,
// for the person to confirm first. The codecs load when first used, not with the page.

const loadExportFile = () => import("./export-file");
const loadShareCode = () => import("./share-code");
// MyAnimeList's format: reading, matching and the export.
const loadMal = () =>
  Promise.all([import("./mal/mal-read"), import("./mal/mal-plan"), import("./mal/mal-export")]);

export type PanelMessage = { readonly tone: "info" | "problem"; readonly text: string };
export type FileImport = {
  readonly incoming: Marks;
  readonly skipped: readonly string[];
  readonly preferences: TrackerPreferences | undefined;
};
export type MalImport = { readonly fileName: string; readonly plan: MalPlan; readonly unreadable: number };
/** What a chosen file would import, or why it cannot. */
export type Reading<T> =
  { readonly ok: true; readonly preview: T } | { readonly ok: false; readonly message: PanelMessage };

const info = (text: string): PanelMessage => ({ tone: "info", text });
const problem = (text: string): Reading<never> => ({ ok: false, message: { tone: "problem", text } });

/** The files each import takes, for the file picker. */
export const MARKS_FILE = { accept: ".json,application/json", fileLabel: "Made Us Cry export file" };
export const MAL_FILE = {
  accept: ".xml,.gz,application/xml,text/xml,application/gzip",
  fileLabel: "MyAnimeList export file",
};

/** Downloads the marks, and the avoid list, as a Made Us Cry export file. */
export async function exportMarksFile(
  marks: Marks,
  avoid: readonly ContentCategory[],
): Promise<PanelMessage> {
  const { buildExportFile, exportFileName } = await loadExportFile();
  const now = new Date();
  downloadText(exportFileName(now), buildExportFile(marks, now, { avoid }));
  return info(`Saved ${formatCount(Object.keys(marks).length, "mark", "marks")} to a file.`);
}

/** Reads a Made Us Cry export file, for the import preview. */
export async function readMarksFile(
  file: File,
  slugsInRankOrder: readonly string[],
): Promise<Reading<FileImport>> {
  const { MAX_IMPORT_BYTES, parseExportFile } = await loadExportFile();
  if (file.size > MAX_IMPORT_BYTES) {
    return problem(
      `“${file.name}” is larger than ${MAX_IMPORT_BYTES / 1000} kB, so it cannot be one of our exports.`,
    );
  }
  let text: string;
  try {
    text = await file.text();
  } catch {
    return problem(`We could not open “${file.name}”. Try choosing it again.`);
  }
  const result = parseExportFile(text, slugsInRankOrder);
  if (!result.ok) return problem(`We could not import “${file.name}”. ${result.error}`);
  return {
    ok: true,
    preview: { incoming: result.marks, skipped: result.skipped, preferences: result.preferences },
  };
}

/** Reads a MyAnimeList export, and works out what it would add here, for its preview. */
export async function readMalExport(
  file: File,
  entries: readonly MalEntry[],
  marks: Marks,
): Promise<Reading<MalImport>> {
  const [{ readMalFile }, { planMalImport, planIsEmpty, wantedIds }] = await loadMal();
  const reading = await readMalFile(file, { wanted: wantedIds(entries) });
  if (!reading.ok) return problem(`We could not import “${file.name}”. ${reading.error}`);
  const plan = planMalImport(reading.records, entries, marks, new Date());
  if (planIsEmpty(plan)) {
    return problem(
      `“${file.name}” has none of the ${entries.length} shows on this list, so there is nothing to add.`,
    );
  }
  return { ok: true, preview: { fileName: file.name, plan, unreadable: reading.unreadable } };
}

/** The marks a confirmed MyAnimeList import adds, and the sentence that says so. */
export async function addedFromMal(plan: MalPlan): Promise<{ readonly marks: Marks; readonly done: string }> {
  const [, { marksToAdd }] = await loadMal();
  const done = `${formatCount(plan.add.length, "show", "shows")} marked Watched from MyAnimeList.`;
  return { marks: marksToAdd(plan), done };
}

/** Downloads the Watched shows as a MyAnimeList export, which AniList and Kitsu read too. */
export async function exportMalFile(marks: Marks, entries: readonly MalExportEntry[]): Promise<PanelMessage> {
  const [, , { buildMalExport, malExportFileName }] = await loadMal();
  downloadText(malExportFileName(new Date()), buildMalExport(marks, entries), "application/xml");
  const shows = formatCount(Object.keys(marks).length, "show", "shows");
  return info(`Saved ${shows} as Completed, for MyAnimeList, AniList or Kitsu to import.`);
}

/** The comparison page's address, carrying the marks. */
export async function shareUrlFor(marks: Marks, slugsInRankOrder: readonly string[]): Promise<string> {
  const { encodeShareCode } = await loadShareCode();
  return absoluteUrl(paths.compare.getHref(encodeShareCode(marks, slugsInRankOrder)));
}

/** Copies the link where the browser lets us; otherwise the panel shows it to copy by hand. */
export async function copyShareUrl(url: string): Promise<PanelMessage> {
  try {
    await navigator.clipboard.writeText(url);
    return info("Link copied. Whoever opens it sees your marks beside their own.");
  } catch {
    return info("Here is your link to share. Copy it from the box below.");
  }
}
