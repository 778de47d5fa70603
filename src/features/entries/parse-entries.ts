import * as v from "valibot";
import { ENTRY_COUNT } from "./entry-count";
import { EntryListSchema, entryListSchema, listProblems, type Entry } from "./entry-schema";
import { countdownOrder } from "./rank-order";

export class EntryDataError extends Error {
  readonly problems: readonly string[];

  constructor(problems: readonly string[]) {
    super(`The ranking data is invalid:\n${problems.map((p) => `  - ${p}`).join("\n")}`);
    this.name = "EntryDataError";
    this.problems = problems;
  }
}

export type Problem = { path: readonly PropertyKey[]; message: string; wrongType: boolean };

function fromIssue(issue: v.BaseIssue<unknown>): Problem {
  return {
    path: issue.path?.map((item) => item.key as PropertyKey) ?? [],
    message: issue.message,
    wrongType: issue.kind === "schema",
  };
}

type ParseOptions = { expectedCount?: number };

/** The entries, sorted #21 to #1, or every problem found, each with its path in `input`. */
export function checkEntries(
  input: unknown,
  { expectedCount = ENTRY_COUNT }: ParseOptions = {},
): { entries: Entry[]; problems: [] } | { entries: null; problems: Problem[] } {
  const schema = expectedCount === ENTRY_COUNT ? EntryListSchema : entryListSchema(expectedCount);
  const result = v.safeParse(schema, input);
  if (!result.success) return { entries: null, problems: result.issues.map(fromIssue) };
  const problems = listProblems(result.output, expectedCount).map((problem) => ({
    ...problem,
    wrongType: false,
  }));
  if (problems.length > 0) return { entries: null, problems };
  return { entries: countdownOrder(result.output), problems: [] };
}

/**
 * Validates raw ranking data; throws an EntryDataError listing every problem by its path
 * ("3.hook: hook must not be empty"). The build checks the same data first and names
 * each entry and field for whoever edits it (entry-authoring.ts), so a browser only
 * meets a problem when the file it fetched is not the one that was built.
 */
export function parseEntries(input: unknown, options: ParseOptions = {}): Entry[] {
  const { entries, problems } = checkEntries(input, options);
  if (entries) return entries;
  throw new EntryDataError(problems.map(({ path, message }) => `${path.map(String).join(".")}: ${message}`));
}
