import { expect, test } from "vitest";
import rawEntries from "../../../data/entries.json";
import type { Entry } from "./entry-schema";
import { listWarningProblems, parseEntriesForAuthoring } from "./entry-authoring";
import type { ContentCategory } from "./vocabulary";

const entries = parseEntriesForAuthoring(rawEntries);
const hal = entries.find((entry) => entry.slug === "hal") as Entry;

// When a note or the spoiler says one of these things, the entry must carry one of the
// categories beside it: openly for a note, openly or with the spoiler for the spoiler.
// A note that names a rape with no "Sexual violence" chip, say, fails here.
const CALLS_FOR: readonly { says: RegExp; needs: readonly ContentCategory[] }[] = [
  { says: /\bsexual|\brap(e|ed|es)\b/i, needs: ["sexual-violence"] },
  { says: /suicide|own life|by (his|her|their) own hand/i, needs: ["suicide"] },
  { says: /\bwar\b|wartime|air raid|firebomb|bombing/i, needs: ["war"] },
  { says: /earthquake|\bquake\b|tsunami/i, needs: ["disaster"] },
  { says: /tortur/i, needs: ["violence", "abuse"] },
  { says: /abuse|mistreat|kidnap|brainwash|hitting (his|her) (young )?(son|daughter)/i, needs: ["abuse"] },
  { says: /\bnud(e|ity)\b/i, needs: ["nudity"] },
  { says: /depress|shut (himself|herself|someone) away|withdrawn/i, needs: ["depression"] },
  { says: /\b(ill|illness|disease)\b/i, needs: ["serious-illness", "bereavement"] },
  {
    says: /\b(child|children|daughter|son|sister|baby)('s)?\b[^.]*\b(dies|died|dying|killed|drowning|starve)/i,
    needs: ["child-death"],
  },
  {
    says: /\b(dies|died|dying|death|killed|slaughtered|drown\w*|shot)\b/i,
    needs: ["bereavement", "child-death", "violence", "suicide"],
  },
];

function missingCategories(text: string, carried: readonly ContentCategory[]): string[] {
  return CALLS_FOR.filter(
    ({ says, needs }) => says.test(text) && !needs.some((c) => carried.includes(c)),
  ).map(({ says, needs }) => `${says.source} needs ${needs.join(" or ")}`);
}

test.each(entries.map((entry) => [`#${entry.rank} ${entry.slug}`, entry] as const))(
  "%s carries every category its notes and spoiler call for",
  (_, entry) => {
    const all = [...entry.contentCategories, ...entry.spoilerCategories];
    for (const note of entry.contentNotes) {
      expect(missingCategories(note.text, entry.contentCategories), note.text).toEqual([]);
    }
    expect(missingCategories(entry.spoiler ?? "", all), entry.spoiler ?? "").toEqual([]);
  },
);

test("the rules catch a note that names something with no category for it", () => {
  expect(missingCategories("Sexual assault recurs.", ["violence"])).toHaveLength(1);
  expect(missingCategories("A child drowning is recalled.", ["bereavement"])).toHaveLength(1);
  expect(missingCategories("A child drowning is recalled.", ["child-death"])).toEqual([]);
});

test("the notes explain every open category, and only those", () => {
  for (const entry of entries) {
    expect(new Set(entry.contentNotes.map((note) => note.category))).toEqual(
      new Set(entry.contentCategories),
    );
  }
});

test.each([
  [
    "a note whose category is not shown",
    { ...hal, contentNotes: [...hal.contentNotes, { category: "war" as const, text: "Planes." }] },
    'needs "war" in contentCategories',
  ],
  [
    "a shown category with no note",
    { ...hal, contentCategories: [...hal.contentCategories, "nudity" as const] },
    "contentNotes needs a sentence",
  ],
  [
    "a category both shown and kept with the spoiler",
    { ...hal, spoilerCategories: ["depression" as const] },
    "must not be open",
  ],
  [
    "a guard word the spoiler does not say",
    { ...hal, spoilerGuard: ["Ferris wheel"] },
    "is not in the spoiler",
  ],
  [
    "a guard word in the hook",
    { ...hal, hook: "It was Kurumi who died, and a robot knows it." },
    'hook says "Kurumi who died"',
  ],
  [
    "a guard word in a note",
    {
      ...hal,
      contentNotes: [{ category: "bereavement" as const, text: "Q01 helps." }, ...hal.contentNotes.slice(1)],
    },
    'contentNotes.0 says "Q01"',
  ],
])("the data check refuses %s", (_, entry, message) => {
  const problems = listWarningProblems(entry, 7);
  expect(problems.map((problem) => problem.message).join("\n")).toContain(message);
  expect(problems.every((problem) => problem.path[0] === 7)).toBe(true);
  expect(listWarningProblems(hal, 7)).toEqual([]);
});

test("the build's data check names the entry and field when a hook says a guarded word", () => {
  const edited = rawEntries.map((raw) =>
    raw.slug === "hal"
      ? { ...raw, hook: "A robot wears the face of Kurumi, but it was Kurumi who died." }
      : raw,
  );
  expect(() => parseEntriesForAuthoring(edited)).toThrow(
    'entry #14 (hal), field hook: hook says "Kurumi who died", which only the spoiler may say',
  );
});
