/**
 * `npm run bench:import` — how long importing a large MyAnimeList export takes on a
 * phone's CPU (issue 17), and how long the main thread is held.
 *
 * Serves the production build in dist/ (run `npm run build` first), opens it in Debian's
 * Chromium at CPU slowdown 4× (CDP Emulation.setCPUThrottlingRate, DevTools' mid-tier
 * phone), and runs the import's own code from the build (the lazy chunks named in
 * dist/.vite/manifest.json): unzip, find the blocks of the shows it looks for, parse those with
 * DOMParser, check them and plan against the 21 entries, for a
 * gzipped export of 5,000 anime written by tests (src/features/tracker/testing/mal-fixtures.ts).
 * Reports the median and slowest of BENCH_IMPORT_RUNS (default 7) runs after one warm-up,
 * and the longest main-thread task the page saw (PerformanceObserver "longtask").
 * Writes the `## Importing a MyAnimeList export` section of BENCHMARKS.md.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { chromium } from "@playwright/test";
import { CHROMIUM_FLAGS } from "../../scripts/chromium.ts";
import {
  CHROME_PATH,
  chromiumVersion,
  markdownTable,
  median,
  today,
  writeBenchmarksSection,
} from "../../scripts/perf/report.ts";
import { ROOT, startPreview, stopAllServers } from "../../scripts/perf/servers.ts";
import entries from "../../data/entries.json" with { type: "json" };
import type * as PlanCode from "../../src/features/tracker/mal/mal-plan.ts";
import type * as ReadCode from "../../src/features/tracker/mal/mal-read.ts";
import { malExport, noiseIds } from "../../src/features/tracker/testing/mal-fixtures.ts";

const RUNS = Number(process.env.BENCH_IMPORT_RUNS ?? 7);
const SIZE = 5000;
const RATE = 4;
const PORT = 4191;

type ReadModule = typeof ReadCode;
type PlanModule = typeof PlanCode;
type Manifest = Record<string, { file: string; imports?: string[] }>;

function chunkOf(manifest: Manifest, source: string): string {
  const chunk = manifest[source];
  if (!chunk) throw new Error(`${source} is not in dist/.vite/manifest.json: run npm run build first`);
  return `/${chunk.file}`;
}

/** The gzip size of a lazy chunk and the chunks it imports that the first load does not. */
function gzipBytes(manifest: Manifest, source: string): number {
  const file = manifest[source]?.file;
  return file ? gzipSync(readFileSync(join(ROOT, "dist", file)), { level: 9 }).length : 0;
}

async function main(): Promise<void> {
  const manifest = JSON.parse(readFileSync(join(ROOT, "dist/.vite/manifest.json"), "utf8")) as Manifest;
  const sources = [
    "src/features/tracker/mal/mal-read.ts",
    "src/features/tracker/mal/mal-plan.ts",
    "src/features/tracker/mal/mal-export.ts",
    "src/features/tracker/mal/mal-import-dialog.tsx",
  ];
  const readChunk = chunkOf(manifest, "src/features/tracker/mal/mal-read.ts");
  const planChunk = chunkOf(manifest, "src/features/tracker/mal/mal-plan.ts");
  const codeBytes = sources.map((source) => gzipBytes(manifest, source));

  const anime = [
    ...entries.map((entry, index) => ({
      id: entry.ids.myAnimeList,
      finish: index % 2 ? "2023-04-01" : "0000-00-00",
    })),
    ...noiseIds(SIZE - entries.length).map((id, index) => ({
      id,
      status: ["Completed", "Watching", "Dropped", "Plan to Watch", "On-Hold"][index % 5],
    })),
  ];
  const xml = malExport(anime);
  const gz = gzipSync(xml);
  const server = await startPreview("dist", PORT);
  const browser = await chromium.launch({ executablePath: CHROME_PATH, args: [...CHROMIUM_FLAGS] });
  try {
    const context = await browser.newContext({ serviceWorkers: "block" });
    const page = await context.newPage();
    await page.goto(`${server.url}/`);
    await page.locator("html[data-ready]").waitFor({ state: "attached" });
    const cdp = await context.newCDPSession(page);
    await cdp.send("Emulation.setCPUThrottlingRate", { rate: RATE });
    const result = await page.evaluate(
      async ({ base64, readChunk, planChunk, runs, slugs }) => {
        const longest = { ms: 0 };
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries()) longest.ms = Math.max(longest.ms, entry.duration);
        }).observe({ type: "longtask" });
        const bytes = Uint8Array.from(atob(base64), (char) => char.charCodeAt(0));
        const read = (await import(readChunk)) as ReadModule;
        const plan = (await import(planChunk)) as PlanModule;
        const times: number[] = [];
        let added = 0;
        for (let run = 0; run <= runs; run++) {
          const start = performance.now();
          const reading = await read.readMalBytes(bytes, { wanted: plan.wantedIds(slugs) });
          if (!reading.ok) throw new Error(reading.error);
          added = plan.planMalImport(reading.records, slugs, {}, new Date()).add.length;
          if (run > 0) times.push(performance.now() - start);
          await new Promise((resolve) => setTimeout(resolve, 50));
        }
        return { times, longestTask: longest.ms, added };
      },
      {
        base64: gz.toString("base64"),
        readChunk,
        planChunk,
        runs: RUNS,
        slugs: entries.map((entry) => ({
          slug: entry.slug,
          rank: entry.rank,
          ids: entry.ids,
          related: entry.related,
          title: entry.title,
        })),
      },
    );
    if (result.added !== entries.length)
      throw new Error(`expected all ${entries.length} to be added, got ${result.added}`);
    const row = [
      `${SIZE.toLocaleString("en")} anime (${(xml.length / 1e6).toFixed(1)} MB of XML, ${(gz.length / 1e3).toFixed(0)} kB gzip)`,
      `${median(result.times).toFixed(0)} ms`,
      `${Math.max(...result.times).toFixed(0)} ms`,
      `${result.longestTask.toFixed(0)} ms`,
    ];
    const body = `Measured ${today()} with \`npm run build && npm run bench:import\` on ${chromiumVersion()}, CPU slowdown
${RATE}× (\`Emulation.setCPUThrottlingRate\`). The build's own import code (unzip with DecompressionStream, a string
search for the list's shows with a break for input every 400 blocks, DOMParser and the schema on those, the plan), ${RUNS} runs after a warm-up. The import code loads on first use, not with
the page: ${codeBytes.map((bytes) => `${(bytes / 1000).toFixed(2)} kB`).join(" + ")} gzip (reading, plan, export,
preview; fflate loads only where DecompressionStream is missing).

${markdownTable(["export", "median", "slowest", "longest main-thread task"], [row])}
`;
    console.log(body);
    await writeBenchmarksSection("Importing a MyAnimeList export (npm run bench:import)", body);
  } finally {
    await browser.close();
    await server.stop();
    await stopAllServers();
  }
}

await main();
