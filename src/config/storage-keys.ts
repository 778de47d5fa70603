// Every key this app writes to localStorage, in one place.
export const STORAGE_KEYS = {
  tracker: "made-us-cry:tracker",
  trackerBackup: "made-us-cry:tracker:backup",
} as const;

export type StorageKey = (typeof STORAGE_KEYS)[keyof typeof STORAGE_KEYS];
