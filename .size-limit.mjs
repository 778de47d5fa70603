// Size budgets, computed from Vite's build manifest so they follow the real chunk graph:
// the JavaScript a browser loads before the first interaction is the boot script, the app
// it starts, and every chunk those import statically (plus, on an entry page, the drawer).
// The ranking itself is a JSON file fetched beside them, measured on its own line.
// See docs/decisions/008 for how the first load got under 120 kB.
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

// boot.ts is the page's only script; it imports the app (main.tsx) right after the first paint.
const entry = Object.keys(manifest).find((key) => manifest[key].isEntry);
const firstLoad = [entry, keyOf("src/app/main.tsx")];

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
    limit: "120 kB",
  },
  {
    name: "JavaScript before first interaction on /anime/<slug> (gzip)",
    path: closure([...firstLoad, keyOf("src/app/routes/entry-drawer-route.tsx")]),
    gzip: true,
    limit: "120 kB",
  },
  {
    name: "Ranking data, a JSON file fetched beside the app (gzip)",
    path: "dist/assets/entries-*.json",
    gzip: true,
    // 12 kB until issue 16 gave each entry its content categories, a note per category
    // and the words its spoiler guards (11.46 → 12.98 kB).
    limit: "13.5 kB",
  },
  {
    // Motion's animate loads the first time something moves (src/lib/load-motion.ts): the
    // countdown bar's place, a dragged sheet, Firefox's card reveal.
    name: "Motion's animate (motion/mini), loaded when something first moves (gzip)",
    path: closure([keyOf("node_modules/motion/dist/es/mini.mjs")]).filter(
      (file) => !closure([...firstLoad, keyOf("src/app/routes/entry-drawer-route.tsx")]).includes(file),
    ),
    gzip: true,
    limit: "4 kB",
  },
  { name: "CSS (gzip)", path: "dist/assets/*.css", gzip: true, limit: "8 kB" },
];
