import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { expect, test } from "@playwright/test";
import sdtt from "structured-data-testing-tool";
import presets from "structured-data-testing-tool/presets.js";

// CommonJS modules: their exports are read off the default import.
const { structuredDataTest } = sdtt;
const { Facebook, Google, SocialMedia, Twitter } = presets;

// Every page the build writes, read as a link-preview crawler and a search engine read it:
// the HTML as served, no JavaScript. No browser needed.
const DIST = join(process.cwd(), "dist");

function builtPages(dir = DIST): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((item) => {
    const path = join(dir, item.name);
    if (item.isDirectory()) return builtPages(path);
    return item.name.endsWith(".html") ? [path] : [];
  });
}

type Check = { test: string; description?: string; preset?: string };
type TestResult = { passed: Check[]; failed: Check[]; warnings: Check[] };

async function structuredData(html: string): Promise<TestResult> {
  try {
    return await structuredDataTest(html, { presets: [Google, Twitter, Facebook, SocialMedia] });
  } catch (error) {
    // The tool rejects when a check fails, with the full result attached.
    const failed = error as { type?: string; res?: TestResult };
    if (failed.type === "VALIDATION_FAILED" && failed.res) return failed.res;
    throw error;
  }
}

const NO_ACCOUNT = ['"twitter:site"', '"twitter:creator"'];

const describeCheck = (check: Check) => `${check.preset ?? ""}: ${check.description ?? check.test}`;

const pages = builtPages();

test("the build has every page: the countdown, 21 entries, the two share pages and the not-found page", () => {
  const names = pages.map((page) => relative(DIST, page)).sort();
  expect(names).toHaveLength(25);
  expect(names).toEqual(expect.arrayContaining(["index.html", "compare.html", "my-order.html", "404.html"]));
});

for (const page of pages) {
  const name = relative(DIST, page);

  test(`${name}: its link preview and structured data pass the Google, Twitter, Facebook and social media checks`, async () => {
    const result = await structuredData(readFileSync(page, "utf8"));
    expect(result.failed.map(describeCheck)).toEqual([]);
    // The only warnings allowed: no X (Twitter) account for the site or its writers. We
    // have none, and a made-up handle would point a preview at a stranger.
    const warnings = result.warnings.filter((check) => !NO_ACCOUNT.includes(check.test));
    expect(warnings.map(describeCheck)).toEqual([]);
    expect(result.passed.length).toBeGreaterThan(10);
  });

  test(`${name}: its description names a format as the cards do`, () => {
    const html = readFileSync(page, "utf8");
    const descriptions = Array.from(
      html.matchAll(
        /<meta (?:name|property)="(?:description|og:description|twitter:description)" content="([^"]*)"/g,
      ),
      ([, content]) => content ?? "",
    );
    expect(descriptions).toHaveLength(3);
    for (const description of descriptions) {
      // Not "a 2005 tv series" or "a 2002 ova", as the descriptions once read.
      expect(description).not.toMatch(/\btv series\b|\bova\b/);
    }
  });
}
