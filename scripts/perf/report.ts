// Shared by `npm run perf` and `npm run bench`: statistics, Markdown tables, and writing
// one section of BENCHMARKS.md while keeping every other section as it is.
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { format, resolveConfig } from "prettier";
import { CHROME_PATH } from "../chromium.ts";
import { ROOT } from "./servers.ts";

export const BENCHMARKS_FILE = join(ROOT, "BENCHMARKS.md");
export const RESULTS_DIR = join(ROOT, "perf-results");
export { CHROME_PATH };

/** The p-th percentile (0–100) by linear interpolation between closest ranks. */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const position = (sorted.length - 1) * (p / 100);
  const low = Math.floor(position);
  const high = Math.ceil(position);
  const lowValue = sorted[low] ?? Number.NaN;
  const highValue = sorted[high] ?? Number.NaN;
  return lowValue + (highValue - lowValue) * (position - low);
}

export const median = (values: readonly number[]): number => percentile(values, 50);

export function markdownTable(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const line = (cells: readonly string[]) => `| ${cells.join(" | ")} |`;
  return [line(header), line(header.map(() => "---")), ...rows.map(line)].join("\n");
}

/** "Chromium 156.0.8078.108" from the binary the scripts drive. */
export function chromiumVersion(): string {
  try {
    const out = execFileSync(CHROME_PATH, ["--version"], {
      encoding: "utf8",
      stdio: ["ignore", "pipe", "ignore"],
    });
    return out.match(/(?:Chromium|Chrome)\s+[\d.]+/)?.[0] ?? out.trim();
  } catch {
    return "unknown";
  }
}

export function today(): string {
  return new Date().toISOString().slice(0, 10);
}

/**
 * Replaces the section that starts with `heading` (up to the next `## ` heading) with
 * `body`, or appends it; everything else in BENCHMARKS.md stays as it was. The file is
 * then formatted with the project's Prettier settings, which `npm run lint` checks.
 */
export async function writeBenchmarksSection(heading: string, body: string): Promise<void> {
  const current = existsSync(BENCHMARKS_FILE) ? readFileSync(BENCHMARKS_FILE, "utf8") : "# Benchmarks\n";
  const section = `${heading}\n\n${body.trim()}\n`;
  const lines = current.split("\n");
  const start = lines.findIndex((line) => line.trim() === heading);
  let next: string;
  if (start === -1) {
    next = `${current.trimEnd()}\n\n${section}`;
  } else {
    const after = lines.findIndex((line, index) => index > start && line.startsWith("## "));
    const before = lines.slice(0, start).join("\n").trimEnd();
    const rest = after === -1 ? "" : lines.slice(after).join("\n").trimEnd();
    next = [before, section.trimEnd(), rest].filter((part) => part !== "").join("\n\n") + "\n";
  }
  const options = (await resolveConfig(BENCHMARKS_FILE)) ?? {};
  writeFileSync(BENCHMARKS_FILE, await format(next, { ...options, filepath: BENCHMARKS_FILE }));
}

export function writeJson(file: string, value: unknown): void {
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, `${JSON.stringify(value, null, 2)}\n`);
}
