/**
 * How many shows the ranking holds: the schema expects exactly this many, ranked 1 to it.
 * Only the scale benchmark's build answers this module with another number (100 or 1,000
 * generated entries, vite.bench.config.ts); this file is the product's.
 */
export const ENTRY_COUNT = 21;
