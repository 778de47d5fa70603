import * as v from "valibot";
import {
  ENTRY_COUNT,
  EntryListSchema,
  entryListSchema,
  listProblems,
  listWarningProblems,
  type Entry,
} from "./entry-schema";

export class EntryDataError extends Error {
  readonly problems: readonly string[];

  constructor(problems: readonly string[]) {
    super(`The ranking data is invalid:\n${problems.map((p) => `  - ${p}`).join("\n")}`);
    this.name = "EntryDataError";
    this.problems = problems;
  }
}

function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  let current: unknown = input;
  for (const key of path) {
    if (current === null || typeof current !== "object") return undefined;
    current = Reflect.get(current, key);
  }
  return current;
}

function describeEntry(input: unknown, index: number): string {
  const entry = valueAt(input, [index]);
  const rank = valueAt(entry, ["rank"]);
  const slug = valueAt(entry, ["slug"]);
  const name = typeof slug === "string" ? ` (${slug})` : "";
  return typeof rank === "number" ? `entry #${rank}${name}` : `entry ${index + 1}${name}`;
}

type Problem = { path: readonly PropertyKey[]; message: string; wrongType: boolean };

function fromIssue(issue: v.BaseIssue<unknown>): Problem {
  return {
    path: issue.path?.map((item) => item.key as PropertyKey) ?? [],
    message: issue.message,
    wrongType: issue.kind === "schema",
  };
}

/** Turns schema problems into sentences that name the entry and the field. */
export function describeIssues(input: unknown, problems: readonly Problem[]): string[] {
  return problems.map(({ path, message, wrongType }) => {
    const [first, ...rest] = path;
    if (typeof first !== "number") return message;
    const where = describeEntry(input, first);
    const field = rest.map(String).join(".") || "(the whole entry)";
    const missing = wrongType && valueAt(input, path) === undefined;
    return `${where}, field ${field}: ${missing ? "is missing" : message}`;
  });
}

/**
 * How many entries the list must hold. Only the scale benchmark's build defines
 * `import.meta.env.BENCH_ENTRY_COUNT` (vite.bench.config.ts, to load 100 or 1,000 generated
 * entries); everywhere else, tests and the build's own data check included, it is 21. The
 * name has no VITE_ prefix, so a shell variable cannot leak into a product build.
 */
function defaultExpectedCount(): number {
  // `?.`: the parser also runs where import.meta.env does not exist (plain Node scripts).
  const benchCount: unknown = import.meta.env?.BENCH_ENTRY_COUNT;
  const count = typeof benchCount === "string" ? Number(benchCount) : benchCount;
  return typeof count === "number" && Number.isInteger(count) && count > 0 ? count : ENTRY_COUNT;
}

type ParseOptions = {
  expectedCount?: number;
  /**
   * Also check how each entry's warnings and spoiler guard fit (listWarningProblems): the
   * build and the tests do, for whoever edits the data; the browser trusts the build.
   */
  checkWarnings?: boolean;
};

/** Validates raw ranking data; throws an EntryDataError listing every problem. */
export function parseEntries(
  input: unknown,
  { expectedCount = defaultExpectedCount(), checkWarnings = false }: ParseOptions = {},
): Entry[] {
  const schema = expectedCount === ENTRY_COUNT ? EntryListSchema : entryListSchema(expectedCount);
  const result = v.safeParse(schema, input);
  if (!result.success) throw new EntryDataError(describeIssues(input, result.issues.map(fromIssue)));
  const problems = [
    ...listProblems(result.output, expectedCount),
    ...(checkWarnings ? result.output.flatMap(listWarningProblems) : []),
  ];
  if (problems.length > 0) {
    throw new EntryDataError(
      describeIssues(
        input,
        problems.map((problem) => ({ ...problem, wrongType: false })),
      ),
    );
  }
  return [...result.output].sort((a, b) => b.rank - a.rank);
}
