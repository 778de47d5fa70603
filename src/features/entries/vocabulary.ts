// The controlled vocabularies the data may use. Filter chips are built from these,
// so a new theme or note is added here once, with its label, and nowhere else.

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
  illness: "Illness",
} as const;

export type Theme = keyof typeof THEMES;
export const THEME_IDS = Object.keys(THEMES) as [Theme, ...Theme[]];

export const CONTENT_NOTES = {
  war: "War",
  "graphic-violence": "Graphic violence",
  "sexual-violence": "Sexual violence",
  "child-death": "Death of a child",
  suicide: "Suicide",
  "body-horror": "Body horror",
  nudity: "Nudity",
  disaster: "Natural disaster",
  "terminal-illness": "Terminal illness",
  "parent-death": "Death of a parent",
  "child-abuse": "Child abuse",
  depression: "Depression",
} as const;

export type ContentNote = keyof typeof CONTENT_NOTES;
export const CONTENT_NOTE_IDS = Object.keys(CONTENT_NOTES) as [ContentNote, ...ContentNote[]];

export const FORMATS = {
  film: "Film",
  tv: "TV series",
  ova: "OVA",
} as const;

export type Format = keyof typeof FORMATS;
export const FORMAT_IDS = Object.keys(FORMATS) as [Format, ...Format[]];
