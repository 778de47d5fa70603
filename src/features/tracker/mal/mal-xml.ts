import * as v from "valibot";
import { nextTask } from "../../../lib/next-task";
import { isCalendarDay } from "../read-mark";

// What the text of a MyAnimeList export says, read into plain records. Nothing in it is
// trusted: the XML must declare no entities and be an anime export, and every <anime>
// must fit a schema. It never throws: every failure is a sentence for the person
// (decision 018). Getting the text out of the file is mal-read.ts.

export const MAL_STATUSES = ["Completed", "Watching", "On-Hold", "Dropped", "Plan to Watch"] as const;
export type MalStatus = (typeof MAL_STATUSES)[number];

export type MalRecord = {
  readonly id: number;
  readonly status: MalStatus;
  /** "2024-05-03", or null when the file has none (MyAnimeList writes 0000-00-00). */
  readonly finishDate: string | null;
};

export type MalReading =
  | { readonly ok: true; readonly records: readonly MalRecord[]; readonly unreadable: number }
  | { readonly ok: false; readonly error: string };

export const failedReading = (error: string): MalReading => ({ ok: false, error });

const AnimeSchema = v.object({
  id: v.pipe(v.string(), v.trim(), v.regex(/^\d{1,9}$/), v.transform(Number), v.minValue(1)),
  status: v.pipe(
    v.string(),
    v.trim(),
    v.transform((status) => MAL_STATUSES.find((known) => known.toLowerCase() === status.toLowerCase())),
    v.picklist(MAL_STATUSES),
  ),
  finishDate: v.pipe(
    v.optional(v.string(), ""),
    v.trim(),
    v.transform((date) => (isFinishDay(date) ? date : null)),
  ),
});

/** "2024-05-03": a real calendar day, as MyAnimeList writes a finish date (0000-00-00: none). */
const isFinishDay = (date: string) =>
  /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/.test(date) && isCalendarDay(date);

const childText = (parent: Element, name: string): string | undefined => {
  for (const child of Array.from(parent.children))
    if (child.localName === name) return child.textContent ?? "";
  return undefined;
};

const NOT_XML = "It is not readable XML: it may be damaged or cut short. Try downloading the export again.";
const MANGA =
  "It is a MyAnimeList manga list. Export your anime list instead (it is the other choice on the export page).";

/** The records of a MyAnimeList XML export, or why it is not one. */
export function parseMalXml(text: string): MalReading {
  // A MyAnimeList export never declares entities; refusing any DOCTYPE keeps entity
  // tricks (billion laughs, external files) away from every engine's parser.
  if (/<!DOCTYPE|<!ENTITY/i.test(text)) {
    return failedReading(
      "It declares its own XML entities, which a MyAnimeList export never does, so we left it alone.",
    );
  }
  let root: Element;
  try {
    const doc = new DOMParser().parseFromString(text, "application/xml");
    if (doc.getElementsByTagName("parsererror").length > 0) return failedReading(NOT_XML);
    root = doc.documentElement;
  } catch {
    return failedReading(NOT_XML);
  }
  if (root.localName !== "myanimelist") {
    return failedReading("It is XML, but not a MyAnimeList export: those start with <myanimelist>.");
  }
  const myinfo = Array.from(root.children).find((child) => child.localName === "myinfo");
  const exportType = myinfo ? childText(myinfo, "user_export_type")?.trim() : undefined;
  const items = Array.from(root.children);
  if (exportType === "2" || (exportType === undefined && items.some((item) => item.localName === "manga"))) {
    return failedReading(MANGA);
  }
  const records: MalRecord[] = [];
  let unreadable = 0;
  for (const item of items) {
    if (item.localName !== "anime") continue;
    const parsed = v.safeParse(AnimeSchema, {
      id: childText(item, "series_animedb_id"),
      status: childText(item, "my_status"),
      finishDate: childText(item, "my_finish_date"),
    });
    if (parsed.success) records.push(parsed.output);
    else unreadable += 1;
  }
  return { ok: true, records, unreadable };
}

const ANIME_OPEN = "<anime>";
const ANIME_CLOSE = "</anime>";
const ID = /<series_animedb_id>\s*(\d{1,9})\s*<\/series_animedb_id>/;
/** Blocks searched between two breaks for input: about 10 ms at 4× CPU. */
const BLOCKS_PER_SLICE = 400;

/**
 * A long export holds thousands of shows and only a few of ours. Parsing all of it held
 * a 4× slower phone's main thread for about two seconds (DOMParser has no Worker), so
 * the <anime> blocks are first found by plain string search, a slice at a time with a
 * break for input between slices, and only the document's head, the blocks whose id is
 * `wanted` and its end go to DOMParser and the schema. The whole text must still be an
 * export: it ends with </myanimelist>, and every <anime> is closed.
 */
export async function parseMalExport(text: string, wanted?: ReadonlySet<number>): Promise<MalReading> {
  const first = text.indexOf(ANIME_OPEN);
  if (!wanted || first === -1) return parseMalXml(text);
  if (!/<\/myanimelist>\s*$/.test(text)) return failedReading(NOT_XML);
  const kept: string[] = [];
  let at = first;
  let end = first;
  for (let blocks = 1; at !== -1; blocks++) {
    const close = text.indexOf(ANIME_CLOSE, at);
    const nextOpen = text.indexOf(ANIME_OPEN, at + ANIME_OPEN.length);
    if (close === -1 || (nextOpen !== -1 && nextOpen < close)) return failedReading(NOT_XML);
    end = close + ANIME_CLOSE.length;
    const block = text.slice(at, end);
    const id = ID.exec(block);
    if (!id || wanted.has(Number(id[1]))) kept.push(block); // an unreadable id is the schema's to report
    at = nextOpen;
    if (blocks % BLOCKS_PER_SLICE === 0) await nextTask();
  }
  return parseMalXml(`${text.slice(0, first)}${kept.join("\n")}${text.slice(end)}`);
}
