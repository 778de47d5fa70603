/**
 * `npm run check:html [dir]`: every .html file of a build (dist/ unless a folder is named)
 * through the Nu HTML Checker, the W3C's own (vnu.jar, from the vnu-jar package, run by
 * the machine's Java). Prints every error with its file and line and exits non-zero if
 * there is one, setting aside only the messages about newer CSS the checker does not know
 * (KNOWN_NEWER_CSS). See docs/decisions/019-valid-html.md.
 */
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync } from "node:fs";
import { createRequire } from "node:module";
import { join, resolve } from "node:path";
import { formatVnuMessage, parseVnuReport, sortVnuMessages } from "./vnu-messages.ts";

const dir = resolve(process.argv[2] ?? "dist");
const jar = createRequire(import.meta.url).resolve("vnu-jar/build/dist/vnu.jar");

if (!existsSync(dir)) {
  console.error(`${dir} does not exist: run \`npm run build\` first, or name a build's folder.`);
  process.exit(1);
}
// Named one by one, not as the folder: a folder with no pages would otherwise pass.
const pages = readdirSync(dir, { recursive: true, encoding: "utf8" })
  .filter((file) => file.endsWith(".html"))
  .sort()
  .map((file) => join(dir, file));
if (pages.length === 0) {
  console.error(`No .html files in ${dir}: run \`npm run build\` first.`);
  process.exit(1);
}

const started = performance.now();
// --errors-only: its warnings are about the Content-Security-Policy as it would apply to a
// file: URL, not to the site (see the decision record). --exit-zero-always: the verdict is
// ours, once the newer CSS is set aside.
const checker = spawnSync(
  "java",
  [
    "-jar",
    jar,
    "--errors-only",
    "--asciiquotes",
    "--format",
    "json",
    "--stdout",
    "--exit-zero-always",
    ...pages,
  ],
  { encoding: "utf8", maxBuffer: 64 * 1024 * 1024 },
);
if (checker.error) {
  console.error(
    `Could not start Java (${checker.error.message}). The Nu HTML Checker needs Java 17 or later: ` +
      "on Debian, `apt-get install default-jre-headless` (scripts/browsers.sh does it as root).",
  );
  process.exit(1);
}
let messages;
try {
  messages = parseVnuReport(checker.stdout);
} catch {
  console.error(
    `The Nu HTML Checker gave no report (exit ${checker.status}):\n${checker.stderr}${checker.stdout}`,
  );
  process.exit(1);
}

const { failures, setAside } = sortVnuMessages(messages);
for (const message of failures) console.error(formatVnuMessage(message, process.cwd()));
const seconds = ((performance.now() - started) / 1000).toFixed(1);
const summary =
  `Nu HTML Checker: ${pages.length} pages in ${seconds} s, ${failures.length} error${failures.length === 1 ? "" : "s"}` +
  ` (${setAside.length} messages about newer CSS it does not know set aside)`;
if (failures.length > 0) {
  console.error(summary);
  process.exit(1);
}
console.log(summary);
