// The controlled vocabularies the data may use. Filter chips are built from these,
// so a new theme or note is added here once, with its label, and nowhere else.

/** A vocabulary's ids in its order, as the non-empty list valibot's picklist takes. */
function idsOf<Id extends string>(labels: Readonly<Record<Id, string>>): [Id, ...Id[]] {
  return Object.keys(labels) as [Id, ...Id[]];
}

export const THEMES = {
  grief: "Grief",
  "first-love": "First love",
  "star-crossed": "Star-crossed love",
  family: "Family",
  friendship: "Friendship",
  "growing-up": "Growing up",
  "time-and-distance": "Time and distance",
  war: "War",
  sacrifice: "Sacrifice",
  androids: "Androids",
  supernatural: "The supernatural",
} as const;

export type Theme = keyof typeof THEMES;
export const THEME_IDS = idsOf(THEMES);

// Content categories warn without telling the story: "Bereavement" says that someone
// dies, not who or when. They are shown openly, drive the Avoid chips, and each one an
// entry shows is explained by a sentence behind "What it deals with" (issue 16).
export const CONTENT_CATEGORIES = {
  war: "War",
  disaster: "Disaster",
  bereavement: "Bereavement",
  "child-death": "Death of a child",
  "serious-illness": "Serious illness",
  violence: "Violence",
  "body-horror": "Body horror",
  "sexual-violence": "Sexual violence",
  abuse: "Abuse",
  suicide: "Suicide",
  depression: "Depression",
  nudity: "Nudity",
} as const;

export type ContentCategory = keyof typeof CONTENT_CATEGORIES;
export const CONTENT_CATEGORY_IDS = idsOf(CONTENT_CATEGORIES);

/**
 * The content notes' names before issue 16, which Avoid choices saved in a browser, in
 * an export file or in a shared link may still use, and the category that now covers
 * each. Every one maps to a category at least as wide, so nobody sees more than they
 * chose to avoid.
 */
export const RETIRED_CONTENT_NOTES: Readonly<Record<string, ContentCategory>> = {
  "graphic-violence": "violence",
  "terminal-illness": "serious-illness",
  "parent-death": "bereavement",
  "child-abuse": "abuse",
};

/** A category by its id, or by the name it had before issue 16; undefined otherwise. */
export function contentCategoryNamed(id: string): ContentCategory | undefined {
  if (Object.hasOwn(CONTENT_CATEGORIES, id)) return id as ContentCategory;
  return Object.hasOwn(RETIRED_CONTENT_NOTES, id) ? RETIRED_CONTENT_NOTES[id] : undefined;
}

export const FORMATS = {
  film: "Film",
  tv: "TV series",
  ova: "OVA",
} as const;

export type Format = keyof typeof FORMATS;
export const FORMAT_IDS = idsOf(FORMATS);
