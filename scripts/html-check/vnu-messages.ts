import { relative } from "node:path";
import { fileURLToPath } from "node:url";
import * as v from "valibot";

// What the Nu HTML Checker prints with `--format json` (one object, a list of messages).
const VnuMessageSchema = v.object({
  // "error", "info" (a warning, set apart by subType) or "non-document-error" (the checker
  // could not read a file, say).
  type: v.string(),
  subType: v.optional(v.string()),
  url: v.optional(v.string()),
  lastLine: v.optional(v.number()),
  firstColumn: v.optional(v.number()),
  message: v.string(),
  extract: v.optional(v.string()),
});
const VnuReportSchema = v.object({ messages: v.array(VnuMessageSchema) });

export type VnuMessage = v.InferOutput<typeof VnuMessageSchema>;

/** The checker's JSON report, read as untrusted text: throws when it is not one. */
export function parseVnuReport(json: string): VnuMessage[] {
  return v.parse(VnuReportSchema, JSON.parse(json)).messages;
}

/**
 * Messages about CSS the checker's CSS parser predates, word for word (as printed with
 * `--asciiquotes`). Each is valid CSS that the browsers we support read, or skip safely:
 * Tailwind 4 registers its variables with @property and tests browsers with margin-trim in
 * an @supports; the cards' scroll-driven reveal sits in `@supports (animation-timeline:
 * view())` (src/styles/countdown-cards.css); and transition-property may name a custom
 * property, as Tailwind's `transition` utility does. Only these exact messages are set aside:
 * any other message, about CSS or HTML, fails the check, and a newer feature the checker
 * does not know is added here by name once someone has read its message.
 */
export const KNOWN_NEWER_CSS: readonly string[] = [
  "CSS: Unrecognized at-rule '@property'",
  "CSS: 'margin-trim': Property 'margin-trim' doesn't exist.",
  "CSS: 'animation-timeline': Property 'animation-timeline' doesn't exist.",
  "CSS: 'animation-range': Property 'animation-range' doesn't exist.",
  "CSS: 'transition-property': '--tw-gradient-from' is not a 'transition-property' value.",
];

/** Splits the checker's messages into those that fail the check and those set aside. */
export function sortVnuMessages(messages: readonly VnuMessage[]): {
  failures: VnuMessage[];
  setAside: VnuMessage[];
} {
  const failures: VnuMessage[] = [];
  const setAside: VnuMessage[] = [];
  for (const message of messages) {
    const newerCss = message.type === "error" && KNOWN_NEWER_CSS.includes(message.message);
    (newerCss ? setAside : failures).push(message);
  }
  return { failures, setAside };
}

/**
 * One message as `file:line:column: type: message`, then its extract. A file inside `cwd`
 * is named from there, as editors and terminals link it.
 */
export function formatVnuMessage(message: VnuMessage, cwd: string): string {
  let file = message.url ?? "(no file)";
  if (file.startsWith("file:")) {
    const path = fileURLToPath(file);
    const inside = relative(cwd, path);
    file = inside.startsWith("..") ? path : inside;
  }
  const place = [file, message.lastLine, message.firstColumn].filter((part) => part !== undefined).join(":");
  const type = message.subType ?? message.type;
  const extract = message.extract === undefined ? "" : `\n    ${message.extract.replace(/\s+/g, " ").trim()}`;
  return `${place}: ${type}: ${message.message}${extract}`;
}
