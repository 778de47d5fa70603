import { queryOptions } from "@tanstack/react-query";
import type { Entry } from "./entry-schema";
import { loadBundledEntries } from "./load-entries";
import { parseEntries } from "./parse-entries";

export const entriesQueryKey = ["entries"] as const;

export function entriesQueryOptions() {
  return queryOptions<Entry[]>({
    queryKey: entriesQueryKey,
    queryFn: async () => parseEntries(await loadBundledEntries()),
    staleTime: Infinity,
  });
}
