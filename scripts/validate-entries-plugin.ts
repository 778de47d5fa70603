import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { runnerImport, type Plugin } from "vite";
import type { parseEntriesForAuthoring } from "../src/features/entries/entry-authoring";

type ParseModule = { parseEntriesForAuthoring: typeof parseEntriesForAuthoring };

const ENTRIES_FILE = fileURLToPath(new URL("../data/entries.json", import.meta.url));
const PARSER_FILE = fileURLToPath(new URL("../src/features/entries/entry-authoring.ts", import.meta.url));

/**
 * Fails `vite build` when data/entries.json breaks the schema, with a message naming
 * each entry and field, warnings and spoiler guards included. The parser is loaded through Vite's module runner so the app's
 * own schema is the one that judges, with no second copy for the config.
 */
export function validateEntriesPlugin(): Plugin {
  return {
    name: "made-us-cry:validate-entries",
    async buildStart() {
      this.addWatchFile(ENTRIES_FILE);
      const { module } = await runnerImport<ParseModule>(PARSER_FILE, {
        configFile: false,
        logLevel: "silent",
      });
      try {
        module.parseEntriesForAuthoring(JSON.parse(readFileSync(ENTRIES_FILE, "utf8")));
      } catch (error) {
        this.error(error instanceof Error ? error.message : String(error));
      }
    },
  };
}
