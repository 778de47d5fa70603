// Size budgets, computed from Vite's build manifest so they follow the real chunk graph:
// what a browser loads before the first interaction is the boot script, the app it
// starts, every chunk those import statically, and the ranking data.
// The JavaScript limits guard against regressions at today's size plus a little room; the
// goal of 120 kB is not met (React 67.7 + React Router 31.0 + TanStack Query 9.8 = 108.5 kB
// before any app code or data): see BENCHMARKS.md.
import { existsSync, readFileSync } from "node:fs";

const MANIFEST = "dist/.vite/manifest.json";
if (!existsSync(MANIFEST)) throw new Error(`${MANIFEST} is missing: run \`npm run build\` first.`);
const manifest = JSON.parse(readFileSync(MANIFEST, "utf8"));

/** The chunk files `keys` load, following static imports, as dist/ paths. */
function closure(keys) {
  const seen = new Set();
  const visit = (key) => {
    if (seen.has(key) || !manifest[key]) return;
    seen.add(key);
    for (const child of manifest[key].imports ?? []) visit(child);
  };
  keys.forEach(visit);
  return [...seen].map((key) => `dist/${manifest[key].file}`);
}

const keyOf = (suffix) => {
  const key = Object.keys(manifest).find((candidate) => candidate.endsWith(suffix));
  if (!key) throw new Error(`No chunk for ${suffix} in ${MANIFEST}`);
  return key;
};

// boot.ts is the page's only script; it imports the app (main.tsx) right after the first
// paint, and the app imports the ranking data as it starts.
const entry = Object.keys(manifest).find((key) => manifest[key].isEntry);
const firstLoad = [entry, keyOf("src/app/main.tsx"), keyOf("data/entries.json")];

export default [
  {
    // The first round trip (about 14 kB in TCP's first flight) should already show content.
    name: "HTML of / (gzip), holding the first entries' text",
    path: "dist/index.html",
    gzip: true,
    limit: "14 kB",
  },
  {
    name: "JavaScript before first interaction on / (gzip)",
    path: closure(firstLoad),
    gzip: true,
    limit: "175 kB",
  },
  {
    name: "JavaScript before first interaction on /anime/<slug> (gzip)",
    path: closure([...firstLoad, keyOf("src/app/routes/entry-drawer-route.tsx")]),
    gzip: true,
    limit: "180 kB",
  },
  {
    name: "Motion features, loaded after first paint (gzip)",
    path: closure([keyOf("src/lib/motion-features.ts")]).filter((file) => !closure(firstLoad).includes(file)),
    gzip: true,
    limit: "36 kB",
  },
  { name: "CSS (gzip)", path: "dist/assets/*.css", gzip: true, limit: "8 kB" },
];
