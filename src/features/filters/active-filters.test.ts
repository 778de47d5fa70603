import fc from "fast-check";
import { expect, test } from "vitest";
import { describeActiveFilters } from "./active-filters";
import { activeFilterCount } from "./apply-filters";
import { parseFilterSearch } from "./filter-search";
import { FILTER_GROUP_IDS, FILTER_GROUPS, optionLabel } from "./filter-groups";
import { EMPTY_FILTERS } from "./filter-state";

const describe = (search: string) => describeActiveFilters(parseFilterSearch(new URLSearchParams(search)));

test("nothing active: nothing to say", () => {
  expect(describeActiveFilters(EMPTY_FILTERS)).toBe("");
});

test("groups read in page order, options within a group with “or”", () => {
  expect(describe("?theme=war&format=film")).toBe("Film · War");
  expect(describe("?format=ova,film")).toBe("Film or OVA");
});

test("an exclusion says what is left out, and the search is quoted as typed", () => {
  expect(describe("?avoid=suicide&q=%20Clannad%20")).toBe("without Suicide · “Clannad”");
});

const anyFilters = fc
  .record({
    selections: fc.tuple(
      ...FILTER_GROUP_IDS.map((groupId) =>
        fc.subarray(FILTER_GROUPS[groupId].options.map((option) => option.value)),
      ),
    ),
    q: fc.string({ maxLength: 20 }),
  })
  .map(({ selections, q }) => {
    const params = new URLSearchParams();
    FILTER_GROUP_IDS.forEach((groupId, index) => {
      const values = selections[index] ?? [];
      if (values.length > 0) params.set(groupId, values.join(","));
    });
    if (q !== "") params.set("q", q);
    return parseFilterSearch(params);
  });

test("every active filter is named: each chosen option's label, and the search", () => {
  fc.assert(
    fc.property(anyFilters, (state) => {
      const line = describeActiveFilters(state);
      expect(line === "").toBe(activeFilterCount(state) === 0);
      for (const groupId of FILTER_GROUP_IDS) {
        for (const value of state[groupId]) expect(line).toContain(optionLabel(groupId, value));
      }
      if (state.q.trim() !== "") expect(line).toContain(state.q.trim());
    }),
  );
});
