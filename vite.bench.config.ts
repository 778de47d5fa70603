/**
 * Build config for the scale benchmark (`npm run bench`, tests/bench/run-bench.ts) only.
 *
 *   BENCH_ENTRIES=1000 vite build --config vite.bench.config.ts   →   dist-bench-1000/
 *
 * It is vite.config.ts plus two things, so the app under test is the product's own code:
 * - the app's one import of data/entries.json (`?url`, the file it fetches) is answered
 *   with N generated entries (tests/fixtures/generate-entries.ts), emitted as that file;
 * - the count the schema expects (src/features/entries/entry-count.ts) is answered with N.
 * - each generated entry gets the artwork file of the real entry it copies (/art/<slug>.svg,
 *   which the build writes for the real slugs only), so the page loads what it would load.
 * The build's own data check (scripts/validate-entries-plugin.ts) still validates the real
 * data/entries.json against the 21-entry rule: it runs the parser outside this config.
 *
 * For every N, 21 included, the prerender step is left out: it renders the real data
 * outside this config, so its HTML would not match N generated entries and hydration would
 * fail. The benchmark times interactions after the app has rendered, which prerendering
 * does not change; leaving it out of all three builds keeps them alike.
 * With BENCH_ENTRIES=21 the data is the real file: only the output folder and prerender differ.
 */
import { fileURLToPath } from "node:url";
import {
  defineConfig,
  mergeConfig,
  type ConfigEnv,
  type Plugin,
  type PluginOption,
  type UserConfig,
} from "vite";
import { ENTRY_COUNT } from "./src/features/entries/entry-count.ts";
import { generateEntries, REAL_ENTRIES_FILE } from "./tests/fixtures/generate-entries.ts";
import baseConfig from "./vite.config.ts";

const ENTRY_COUNT_FILE = fileURLToPath(new URL("./src/features/entries/entry-count.ts", import.meta.url));
const PRERENDER_PLUGIN = "made-us-cry:prerender"; // scripts/prerender-plugin.ts
const SERIAL_SUFFIX = /-\d{4,}$/; // generate-entries.ts: "hal-0042" copies "hal"

const entryCount = Number(process.env.BENCH_ENTRIES ?? ENTRY_COUNT);
if (!Number.isInteger(entryCount) || entryCount < 1) {
  throw new Error(`BENCH_ENTRIES must be a whole number ≥ 1, got "${process.env.BENCH_ENTRIES}"`);
}

function benchEntriesPlugin(count: number): Plugin {
  const moduleId = `\0made-us-cry:bench-entries-${count}`;
  const entries = generateEntries(count);
  return {
    name: "made-us-cry:bench-entries",
    enforce: "pre",
    async resolveId(source, importer, options) {
      if (source.endsWith("/entry-count")) {
        const resolved = await this.resolve(source, importer, { ...options, skipSelf: true });
        return resolved?.id === ENTRY_COUNT_FILE ? `${moduleId}-count` : null;
      }
      const [path = "", query] = source.split("?");
      if (!path.endsWith("entries.json") || (query !== undefined && query !== "url")) return null;
      const resolved = await this.resolve(path, importer, { ...options, skipSelf: true });
      if (resolved?.id !== REAL_ENTRIES_FILE) return null;
      return query === "url" ? `${moduleId}-url` : moduleId;
    },
    load(id) {
      if (id === `${moduleId}-count`) return `export const ENTRY_COUNT = ${count};`;
      // The app fetches the list from a URL (data/entries.json?url): emit N entries as that file.
      if (id === `${moduleId}-url`) {
        const ref = this.emitFile({ type: "asset", name: "entries.json", source: JSON.stringify(entries) });
        return `export default import.meta.ROLLUP_FILE_URL_${ref};`;
      }
      if (id !== moduleId) return null;
      // JSON.parse of a string literal, as Vite's JSON plugin emits for large files.
      return `export default JSON.parse(${JSON.stringify(JSON.stringify(entries))});`;
    },
    generateBundle: {
      order: "post",
      handler(_options, bundle) {
        for (const { slug } of entries) {
          const original = bundle[`art/${slug.replace(SERIAL_SUFFIX, "")}.svg`];
          if (original?.type !== "asset") continue;
          this.emitFile({ type: "asset", fileName: `art/${slug}.svg`, source: original.source });
        }
      },
    },
  };
}

function withoutPlugin(plugins: readonly PluginOption[], name: string): PluginOption[] {
  return plugins
    .map((plugin) => (Array.isArray(plugin) ? withoutPlugin(plugin, name) : plugin))
    .filter((plugin) => !(plugin && typeof plugin === "object" && "name" in plugin && plugin.name === name));
}

const benchOverrides: UserConfig = {
  build: { outDir: `dist-bench-${entryCount}`, emptyOutDir: true },
  ...(entryCount === ENTRY_COUNT
    ? {}
    : {
        plugins: [benchEntriesPlugin(entryCount)],
      }),
};

// vite.config.ts may export an object or a function of the command; accept both.
type BaseExport = UserConfig | Promise<UserConfig> | ((env: ConfigEnv) => UserConfig | Promise<UserConfig>);

export default defineConfig(async (env) => {
  const base = baseConfig as BaseExport;
  const resolved = typeof base === "function" ? await base(env) : await base;
  const merged = mergeConfig(resolved, benchOverrides);
  return { ...merged, plugins: withoutPlugin(merged.plugins ?? [], PRERENDER_PLUGIN) };
});
