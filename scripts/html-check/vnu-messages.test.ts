import { expect, test } from "vitest";
import { formatVnuMessage, KNOWN_NEWER_CSS, parseVnuReport, sortVnuMessages } from "./vnu-messages";

const error = (message: string) => ({
  type: "error",
  url: "file:/work/dist/anime/hal.html",
  lastLine: 31,
  firstColumn: 5,
  message,
  extract: '<img alt\n  width="640">',
});

test("only the exact messages about newer CSS are set aside; anything else fails", () => {
  const property = error("CSS: Unrecognized at-rule '@property'");
  const missingSrc = error(
    "Element 'img' is missing one or more of the following attributes: 'src', 'srcset'.",
  );
  // Another unknown at-rule is not on the list: someone reads it before it is set aside.
  const otherAtRule = error("CSS: Unrecognized at-rule '@starting-style'");
  const notice = { type: "non-document-error", subType: "io", message: "File not found" };
  expect(sortVnuMessages([property, missingSrc, otherAtRule, notice])).toEqual({
    failures: [missingSrc, otherAtRule, notice],
    setAside: [property],
  });
  // A warning with the same words would still count: only errors are set aside.
  const warning = { ...error(KNOWN_NEWER_CSS[1] ?? ""), type: "info", subType: "warning" };
  expect(sortVnuMessages([warning]).failures).toEqual([warning]);
});

test("a message reads as file:line:column, relative to the folder it runs in, with its extract", () => {
  const [message] = parseVnuReport(JSON.stringify({ messages: [error("Bad value.")] }));
  if (!message) throw new Error("one message");
  expect(formatVnuMessage(message, "/work")).toBe(
    'dist/anime/hal.html:31:5: error: Bad value.\n    <img alt width="640">',
  );
  expect(formatVnuMessage(message, "/elsewhere")).toMatch(/^\/work\/dist\/anime\/hal\.html:31:5: /);
  expect(formatVnuMessage({ type: "non-document-error", message: "No input." }, "/work")).toBe(
    "(no file): non-document-error: No input.",
  );
});

test("a report that is not the checker's is refused", () => {
  expect(() => parseVnuReport("Error: Unable to access jarfile")).toThrow();
  expect(() => parseVnuReport('{"messages":[{"type":"error"}]}')).toThrow();
});
