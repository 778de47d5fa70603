import { failedReading, parseMalExport, type MalReading } from "./mal-xml";

// Reads a MyAnimeList export (`animelist_*.xml.gz`, or the plain `.xml` inside it), in the
// browser: nothing is sent anywhere. The bytes are checked to be gzip or text, and the
// text goes to mal-xml.ts, which trusts nothing in it either. It never throws: every
// failure is a sentence for the person (decision 018).

/** A file as MyAnimeList gives it is far smaller; this also bounds the unzipped XML. */
export const MAX_MAL_BYTES = 20_000_000;
const TOO_LARGE = "It is larger than 20 MB, far more than any anime list.";

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

type ReadOptions = {
  /** Only these MyAnimeList ids matter (the list's shows and their other versions). */
  wanted?: ReadonlySet<number>;
  /** false: unzip with fflate, as where DecompressionStream is missing. */
  native?: boolean;
};

/** The bytes of a chosen file: gzip or plain XML. Never throws. */
export async function readMalBytes(bytes: Uint8Array, options: ReadOptions = {}): Promise<MalReading> {
  try {
    if (bytes.length > MAX_MAL_BYTES) return failedReading(TOO_LARGE);
    let xml = bytes;
    if (isGzip(bytes)) {
      try {
        xml = await gunzip(bytes, options.native);
      } catch (error) {
        return error instanceof TooLarge
          ? failedReading("Unzipped, it is larger than 20 MB, far more than any anime list.")
          : failedReading(
              "It looks compressed, but it is damaged or cut short. Try downloading the export again.",
            );
      }
    }
    let text: string;
    try {
      text = new TextDecoder("utf-8", { fatal: true }).decode(xml);
    } catch {
      return failedReading("It is neither text nor a gzip file, so it cannot be a MyAnimeList export.");
    }
    return await parseMalExport(text, options.wanted);
  } catch {
    return failedReading("Something in it stopped us reading it. Nothing was changed.");
  }
}

/** A file the person chose: its size is checked before a byte is read. Never throws. */
export async function readMalFile(file: Blob, options: ReadOptions = {}): Promise<MalReading> {
  if (file.size > MAX_MAL_BYTES) return failedReading(TOO_LARGE);
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await file.arrayBuffer());
  } catch {
    return failedReading("We could not open it. Try choosing it again.");
  }
  return readMalBytes(bytes, options);
}
