/**
 * `npm run size`: runs size-limit over `.size-limit.mjs` (run `npm run build` first), prints
 * each figure beside its limit and, where issue #5 sets one, its goal, and rewrites the
 * `## Bundle sizes (npm run size)` section of BENCHMARKS.md. Exits non-zero when a limit
 * or a goal is missed. The limits guard against regressions; the goals are the budgets.
 */
import { execFileSync } from "node:child_process";
import { join } from "node:path";
import { markdownTable, today, writeBenchmarksSection } from "../perf/report.ts";
import { ROOT } from "../perf/servers.ts";

type Check = { name: string; passed: boolean; size: number; sizeLimit: number };

/** Issue #5's budgets, by the start of the check's name in `.size-limit.mjs`. */
const GOALS: readonly { startsWith: string; bytes: number }[] = [
  { startsWith: "HTML of /", bytes: 14_000 },
  { startsWith: "JavaScript before first interaction", bytes: 120_000 },
];

const kB = (bytes: number) => `${(bytes / 1000).toFixed(2)} kB`;

function runSizeLimit(): Check[] {
  let out: string;
  try {
    out = execFileSync(join(ROOT, "node_modules/.bin/size-limit"), ["--json"], {
      cwd: ROOT,
      encoding: "utf8",
    });
  } catch (error) {
    // size-limit exits 1 when a limit is missed, still printing its JSON.
    out = String((error as { stdout?: unknown }).stdout ?? "");
    if (!out.trim().startsWith("[")) throw error;
  }
  return JSON.parse(out) as Check[];
}

const checks = runSizeLimit();
const missed: string[] = [];
const rows = checks.map((check) => {
  // "(gzip)" is said once above the table; paths read as code, so "<slug>" is not taken for HTML.
  const name = check.name.replace(" (gzip)", "").replace(/(^|\s)(\/[^\s,]*)/g, "$1`$2`");
  const goal = GOALS.find((candidate) => check.name.startsWith(candidate.startsWith))?.bytes;
  if (!check.passed) missed.push(`${name}: ${kB(check.size)} over its limit of ${kB(check.sizeLimit)}`);
  let verdict = "—";
  if (goal !== undefined) {
    const met = check.size <= goal;
    verdict = met
      ? `≤ ${goal / 1000} kB: met`
      : `≤ ${goal / 1000} kB: **missed** by ${kB(check.size - goal)}`;
    if (!met) missed.push(`${name}: ${kB(check.size)}, goal ${kB(goal)}`);
  }
  return [name, kB(check.size), kB(check.sizeLimit), verdict];
});

const body = `Measured ${today()} with \`npm run build && npm run size\` (scripts/size/run-size.ts), gzip.
Computed from Vite's build manifest (\`.size-limit.mjs\`), so each figure is what a browser
really loads. The JavaScript before the first interaction is the boot script, the app it
starts, and every chunk those import; on an entry page, the drawer too. The ranking data is
a JSON file fetched beside them, on its own line. The limits guard against regressions; the
goals are issue #5's budgets. Decisions 008 and 009 say where the bytes go and what changed.

${markdownTable(["what", "gzip", "limit (.size-limit.mjs)", "goal (issue #5)"], rows)}

The comparison, My order, the tear card, the import dialog, the shortcuts list, the reset
question, the empty-result message, the storage notices and the long-list virtualizer all
load on demand.`;

await writeBenchmarksSection("## Bundle sizes (npm run size)", body);
for (const [name, size, limit, verdict] of rows)
  console.log(`${name}\n  ${size} (limit ${limit}) ${verdict}`);
if (missed.length > 0) {
  console.log(`\nMissed:\n${missed.map((line) => `  ${line}`).join("\n")}`);
  process.exitCode = 1;
}
console.log("Wrote BENCHMARKS.md (## Bundle sizes)");
