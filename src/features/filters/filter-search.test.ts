import fc from "fast-check";
import { expect, test } from "vitest";
import { buildFilterSearch, parseFilterSearch } from "./filter-search";
import { EMPTY_FILTERS, MAX_QUERY_LENGTH, type FilterState } from "./filter-state";
import { normalizeFilters } from "./filter-edits";
import { filterStateArbitrary } from "./testing/filter-arbitraries";

// Any selection, in any order, with duplicates: the builder must canonicalize it.
const filterState = filterStateArbitrary(
  (values) => fc.array(fc.constantFrom(...values), { maxLength: 8 }),
  fc.oneof(
    fc.constant(""),
    fc.string({ maxLength: 20 }),
    fc.string({ unit: "grapheme", maxLength: 120 }),
    fc.string({ unit: "binary", maxLength: 20 }),
  ),
);

const queryish = fc
  .array(
    fc.oneof(
      fc.constantFrom(
        "format",
        "theme",
        "era",
        "time",
        "status",
        "avoid",
        "q",
        "Q",
        "?",
        "=",
        "&",
        "%",
        ",",
        "+",
        "%E0%A4%A",
        "%%",
        "%2C",
      ),
      fc.constantFrom(
        "film",
        "tv",
        "war",
        "grief",
        "2010s",
        "1980s",
        "evening",
        "long-haul",
        "FILM",
        " war ",
      ),
      fc.string({ maxLength: 6 }),
      fc.string({ unit: "binary", maxLength: 6 }),
    ),
    { maxLength: 20 },
  )
  .map((parts) => parts.join(""));

test("building then parsing gives back the canonical state", () => {
  fc.assert(
    fc.property(filterState, (state) => {
      expect(parseFilterSearch(buildFilterSearch(state))).toEqual(normalizeFilters(state));
    }),
    { numRuns: 500 },
  );
});

test("the builder's output is a fixed point", () => {
  fc.assert(
    fc.property(filterState, (state) => {
      const search = buildFilterSearch(state);
      expect(buildFilterSearch(parseFilterSearch(search))).toBe(search);
    }),
  );
});

test("parsing never throws on arbitrary text", () => {
  const anyText = fc.oneof(
    fc.string(),
    fc.string({ unit: "binary" }),
    fc.string({ unit: "grapheme-composite" }),
    queryish,
  );
  fc.assert(
    fc.property(anyText, (search) => {
      const state = parseFilterSearch(search);
      expect(state).toEqual(normalizeFilters(state));
      expect(Array.from(state.q).length).toBeLessThanOrEqual(MAX_QUERY_LENGTH);
    }),
    { numRuns: 1000 },
  );
});

test("an empty state builds an empty search", () => {
  expect(buildFilterSearch(EMPTY_FILTERS)).toBe("");
  expect(parseFilterSearch("")).toEqual(EMPTY_FILTERS);
  expect(parseFilterSearch("?")).toEqual(EMPTY_FILTERS);
});

test("the builder writes groups and values in canonical order with plain commas", () => {
  const state: FilterState = { ...EMPTY_FILTERS, q: "hal", theme: ["war", "grief", "war"], format: ["film"] };
  expect(buildFilterSearch(state)).toBe("?format=film&theme=grief,war&q=hal");
  expect(
    buildFilterSearch({ ...EMPTY_FILTERS, time: ["long-haul", "evening"], era: ["2010s", "1980s"] }),
  ).toBe("?era=1980s,2010s&time=evening,long-haul");
});

test("the builder encodes the query", () => {
  expect(buildFilterSearch({ ...EMPTY_FILTERS, q: "a&b=c d,é" })).toBe("?q=a%26b%3Dc+d%2C%C3%A9");
  expect(parseFilterSearch("?q=a%26b%3Dc+d%2C%C3%A9").q).toBe("a&b=c d,é");
});

test("the parser accepts a leading ?, repeated keys and commas alike", () => {
  const expected = { ...EMPTY_FILTERS, theme: ["grief", "war"] };
  expect(parseFilterSearch("?theme=war,grief")).toEqual(expected);
  expect(parseFilterSearch("theme=war&theme=grief")).toEqual(expected);
  expect(parseFilterSearch("theme=war%2Cgrief")).toEqual(expected);
  expect(parseFilterSearch(new URLSearchParams("theme=grief&theme=war"))).toEqual(expected);
});

test("the parser ignores unknown keys, unknown values, duplicates and empty values", () => {
  expect(parseFilterSearch("?utm_source=x&format=film,film,movie,,&theme=&era=1990&time=forever")).toEqual({
    ...EMPTY_FILTERS,
    format: ["film"],
  });
  expect(parseFilterSearch("?era=1850s,1980s,2010s&era=-10s&era=1.50s")).toEqual({
    ...EMPTY_FILTERS,
    era: ["1980s", "2010s"],
  });
});

test("the parser forgives case and stray spaces in keys and values", () => {
  expect(parseFilterSearch("?Format=%20FILM%20&THEME=War")).toEqual({
    ...EMPTY_FILTERS,
    format: ["film"],
    theme: ["war"],
  });
});

test("malformed percent-encoding is repaired, not thrown", () => {
  expect(() => parseFilterSearch("?q=%E0%A4%A")).not.toThrow();
  expect(parseFilterSearch("?q=%E0%A4%A").q).toBe("\uFFFD%A");
  expect(parseFilterSearch("?format=%E0%A4%A&theme=war%")).toEqual(EMPTY_FILTERS);
  expect(parseFilterSearch("?%=%&&==&q=%zz")).toEqual({ ...EMPTY_FILTERS, q: "%zz" });
});

test("an absurdly long query is cut to 100 characters", () => {
  const long = "泣".repeat(5000);
  expect(parseFilterSearch(`?q=${long}`).q).toBe("泣".repeat(MAX_QUERY_LENGTH));
  // Astral characters are not split in half.
  expect(parseFilterSearch(`?q=${"😢".repeat(150)}`).q).toBe("😢".repeat(MAX_QUERY_LENGTH));
});

test("lone surrogates and control characters in the query are repaired", () => {
  const state: FilterState = { ...EMPTY_FILTERS, q: "\uD800hal\nice" };
  expect(parseFilterSearch(buildFilterSearch(state)).q).toBe("\uFFFDhal ice");
});

test("a blank query, or the second of two, is ignored", () => {
  expect(parseFilterSearch("?q=+++")).toEqual(EMPTY_FILTERS);
  expect(parseFilterSearch("?q=&q=hal&q=air").q).toBe("hal");
});

test("keys the filters do not own are kept after the filters when asked", () => {
  const others = new URLSearchParams("ref=share&theme=war&q=old");
  expect(buildFilterSearch({ ...EMPTY_FILTERS, format: ["ova"] }, others)).toBe("?format=ova&ref=share");
  expect(buildFilterSearch(EMPTY_FILTERS, others)).toBe("?ref=share");
});

test("a saved Avoid preference applies when the URL says nothing about it", () => {
  expect(parseFilterSearch("?theme=war", { avoid: ["suicide"] }).avoid).toEqual(["suicide"]);
  expect(parseFilterSearch("?avoid=war", { avoid: ["suicide"] }).avoid).toEqual(["war"]);
  expect(parseFilterSearch("?avoid=", { avoid: ["suicide"] }).avoid).toEqual([]);
  expect(parseFilterSearch("?avoid=dragons,war").avoid).toEqual(["war"]);
});

test("links made before the content categories keep working: old Avoid names read as their new category", () => {
  const state = parseFilterSearch("?avoid=graphic-violence,child-abuse,violence");
  expect(state.avoid).toEqual(["violence", "abuse"]);
  expect(buildFilterSearch(state)).toBe("?avoid=violence,abuse");
  // Only own names: a name Object.prototype has is no option.
  expect(parseFilterSearch("?avoid=constructor,toString").avoid).toEqual([]);
});
