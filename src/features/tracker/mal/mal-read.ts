import * as v from "valibot";
import { isCalendarDay } from "../read-mark";

// Reads a MyAnimeList export (`animelist_*.xml.gz`, or the plain `.xml` inside it) into
// plain records, in the browser: nothing is sent anywhere. Nothing in the file is trusted:
// the bytes are checked to be gzip or text, the text to be XML without entity
// declarations, the XML to be an anime export, and every <anime> to fit a schema. It never
// throws: every failure is a sentence for the person (decision 018).

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

/** A file as MyAnimeList gives it is far smaller; this also bounds the unzipped XML. */
export const MAX_MAL_BYTES = 20_000_000;

const fail = (error: string): MalReading => ({ ok: false, error });

const isGzip = (bytes: Uint8Array) => bytes[0] === 0x1f && bytes[1] === 0x8b;

class TooLarge extends Error {}

/** Unzips with the browser's own DecompressionStream, or fflate where that is missing. */
export async function gunzip(
  bytes: Uint8Array,
  native = typeof DecompressionStream === "function",
): Promise<Uint8Array> {
  if (!native) {
    const { gunzipSync } = await import("fflate");
    const out = gunzipSync(bytes);
    if (out.length > MAX_MAL_BYTES) throw new TooLarge();
    return out;
  }
  const body = new Response(bytes as BlobPart).body;
  if (!body) throw new Error("no stream");
  const reader = body.pipeThrough(new DecompressionStream("gzip")).getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.length;
    if (total > MAX_MAL_BYTES) {
      await reader.cancel();
      throw new TooLarge();
    }
    chunks.push(value);
  }
  const out = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    out.set(chunk, offset);
    offset += chunk.length;
  }
  return out;
}

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
    return fail(
      "It declares its own XML entities, which a MyAnimeList export never does, so we left it alone.",
    );
  }
  let root: Element;
  try {
    const doc = new DOMParser().parseFromString(text, "application/xml");
    if (doc.getElementsByTagName("parsererror").length > 0) return fail(NOT_XML);
    root = doc.documentElement;
  } catch {
    return fail(NOT_XML);
  }
  if (root.localName !== "myanimelist") {
    return fail("It is XML, but not a MyAnimeList export: those start with <myanimelist>.");
  }
  const myinfo = Array.from(root.children).find((child) => child.localName === "myinfo");
  const exportType = myinfo ? childText(myinfo, "user_export_type")?.trim() : undefined;
  const items = Array.from(root.children);
  if (exportType === "2" || (exportType === undefined && items.some((item) => item.localName === "manga"))) {
    return fail(MANGA);
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

const nextTask = () => new Promise((resolve) => setTimeout(resolve, 0));

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
  if (!/<\/myanimelist>\s*$/.test(text)) return fail(NOT_XML);
  const kept: string[] = [];
  let at = first;
  let end = first;
  for (let blocks = 1; at !== -1; blocks++) {
    const close = text.indexOf(ANIME_CLOSE, at);
    const nextOpen = text.indexOf(ANIME_OPEN, at + ANIME_OPEN.length);
    if (close === -1 || (nextOpen !== -1 && nextOpen < close)) return fail(NOT_XML);
    end = close + ANIME_CLOSE.length;
    const block = text.slice(at, end);
    const id = ID.exec(block);
    if (!id || wanted.has(Number(id[1]))) kept.push(block); // an unreadable id is the schema's to report
    at = nextOpen;
    if (blocks % BLOCKS_PER_SLICE === 0) await nextTask();
  }
  return parseMalXml(`${text.slice(0, first)}${kept.join("\n")}${text.slice(end)}`);
}

type ReadOptions = {
  /** Only these MyAnimeList ids matter (the list's shows and their other versions). */
  wanted?: ReadonlySet<number>;
  /** false: unzip with fflate, as where DecompressionStream is missing. */
  native?: boolean;
};

/** The bytes of a chosen file: gzip or plain XML. Never throws. */
export async function readMalBytes(bytes: Uint8Array, options: ReadOptions = {}): Promise<MalReading> {
  try {
    if (bytes.length > MAX_MAL_BYTES) return fail("It is larger than 20 MB, far more than any anime list.");
    let xml = bytes;
    if (isGzip(bytes)) {
      try {
        xml = await gunzip(bytes, options.native);
      } catch (error) {
        return error instanceof TooLarge
          ? fail("Unzipped, it is larger than 20 MB, far more than any anime list.")
          : fail("It looks compressed, but it is damaged or cut short. Try downloading the export again.");
      }
    }
    let text: string;
    try {
      text = new TextDecoder("utf-8", { fatal: true }).decode(xml);
    } catch {
      return fail("It is neither text nor a gzip file, so it cannot be a MyAnimeList export.");
    }
    return await parseMalExport(text, options.wanted);
  } catch {
    return fail("Something in it stopped us reading it. Nothing was changed.");
  }
}

/** A file the person chose: its size is checked before a byte is read. Never throws. */
export async function readMalFile(file: Blob, options: ReadOptions = {}): Promise<MalReading> {
  if (file.size > MAX_MAL_BYTES) return fail("It is larger than 20 MB, far more than any anime list.");
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await file.arrayBuffer());
  } catch {
    return fail("We could not open it. Try choosing it again.");
  }
  return readMalBytes(bytes, options);
}
