import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { expect, test } from "vitest";
import {
  criticalCssInliner,
  pruneInlineCustomProperties,
  pruneUnreadCustomProperties,
  unwrapWhere,
} from "./prerender-critical-css";

const STYLESHEET = [
  "@layer theme{:root{--spacing:.25rem;--unused-size:3rem;--color-ink:var(--c-ink)}}",
  "@layer utilities{.mt-4{margin-top:calc(var(--spacing)*4)}.text-ink{color:var(--color-ink)}",
  ":where(.space-y-4>:not(:last-child)){margin-block-end:1rem}",
  ":where(.space-y-8>:not(:last-child)){margin-block-end:2rem}}",
  ":root{--c-ink:#ece8f3}",
  "html[data-dialog-open]{overflow:hidden}",
  ".drawer-panel{position:absolute}",
].join("");

/** A build output with one stylesheet, and a page that links it. */
function buildWith(body: string): { outDir: string; html: string } {
  const outDir = mkdtempSync(join(tmpdir(), "critical-css-"));
  mkdirSync(join(outDir, "assets"));
  writeFileSync(join(outDir, "assets", "index.css"), STYLESHEET);
  const html = `<!doctype html><html lang="en"><head><meta charset="UTF-8"><script type="module" crossorigin src="/assets/boot.js"></script><link rel="stylesheet" crossorigin href="/assets/index.css"></head><body>${body}</body></html>`;
  return { outDir, html };
}

const inlineStyle = (html: string) => /<style>([^]*?)<\/style>/.exec(html)?.[1] ?? "";

test("a page gets the rules its HTML uses inline, and the full stylesheet held back", async () => {
  const { outDir, html } = buildWith('<div class="mt-4 text-ink space-y-4"><p>a</p><p>b</p></div>');
  const { html: page, inlined } = await criticalCssInliner(outDir)(html);
  expect(inlined).toBe(true);
  const css = inlineStyle(page);
  expect(css).toContain(".mt-4{");
  expect(css).toContain(".text-ink{");
  // Tailwind's :where() utilities are matched by what they wrap.
  expect(css).toContain(".space-y-4>");
  expect(css).not.toContain(".space-y-8");
  expect(css).not.toContain(".drawer-panel");
  expect(css).not.toContain("--unused-size");
  // Inert in a <template> until boot.ts adds it; a <noscript> copy for browsers without JavaScript.
  expect(page).toContain(
    '<template data-deferred-stylesheet><link rel="stylesheet" crossorigin href="/assets/index.css"></template>' +
      '<noscript><link rel="stylesheet" crossorigin href="/assets/index.css"></noscript>',
  );
  expect(page.match(/<link rel="stylesheet"/g)).toHaveLength(2);
  // The CSP refuses inline scripts: boot.ts applies the stylesheet instead.
  expect(page.match(/<script\b[^>]*>/g)).toEqual([
    '<script type="module" crossorigin src="/assets/boot.js">',
  ]);
  expect(page).toContain('<html lang="en">');
});

test("an entry page, prerendered with its drawer open, keeps the rule that stops the page scrolling", async () => {
  const { outDir, html } = buildWith('<dialog open><div class="drawer-panel"></div></dialog>');
  const css = inlineStyle((await criticalCssInliner(outDir)(html)).html);
  expect(css).toContain("html[data-dialog-open]{overflow:hidden}");
  expect(css).toContain(".drawer-panel{");
});

test("a page that would not fit the first round trip with its CSS inline keeps its stylesheet link", async () => {
  // 30 kB of random letters: about 18 kB once gzipped.
  let seed = 1;
  const noise = Array.from({ length: 30_000 }, () => {
    seed = (seed * 16807) % 2147483647;
    return String.fromCharCode(97 + (seed % 26));
  }).join("");
  const { outDir, html } = buildWith(`<p class="mt-4">${noise}</p>`);
  const result = await criticalCssInliner(outDir)(html);
  expect(result.inlined).toBe(false);
  expect(result.html).toBe(html);
});

test("custom properties nothing reads are dropped, following var() chains", () => {
  const css = [
    "@layer properties{@supports (x:y){*{--tw-unread:initial;--tw-leading:initial}}}",
    "@layer theme{:root{--color-ink:var(--c-ink);--color-unread:var(--c-unread)}}",
    "@layer base;",
    ":root{--c-ink:#eee;--c-unread:#000;--c-from-attribute:#f00}",
    "p{color:var(--color-ink);line-height:var(--tw-leading,1.5)}",
    "@property --tw-leading{syntax:'*';inherits:false}",
    "@property --tw-unread{syntax:'*';inherits:false}",
  ].join("");
  const pruned = pruneUnreadCustomProperties(css, new Set(["--c-from-attribute"]));
  expect(pruned).toContain("--color-ink:var(--c-ink)");
  expect(pruned).toContain("--c-ink:#eee");
  expect(pruned).toContain("--c-from-attribute:#f00");
  expect(pruned).toContain("@property --tw-leading");
  expect(pruned).not.toMatch(/--tw-unread|--color-unread|--c-unread/);
  // An empty @layer still fixes the layers' order, so it stays.
  expect(pruned).toContain("@layer theme{");
  expect(pruned).toContain("@layer base;");
});

test("a custom property read by a style attribute in the page is kept", () => {
  const html =
    '<html><head><style>:root{--glow:#fc0;--other:#000}</style></head><body><p style="color:var(--glow)">a</p></body></html>';
  expect(pruneInlineCustomProperties(html)).toContain("<style>:root{--glow:#fc0}</style>");
});

test(":where() and :is() around a whole selector are unwrapped, and nothing else", () => {
  expect(unwrapWhere(":where(.space-y-4>:not(:last-child))")).toBe(".space-y-4>:not(:last-child)");
  expect(unwrapWhere(":is(.a,.b)")).toBe(".a,.b");
  expect(unwrapWhere(":where(.a) .b:where(.c)")).toBe(":where(.a) .b:where(.c)");
  expect(unwrapWhere("abbr:where([title])")).toBe("abbr:where([title])");
  expect(unwrapWhere(".plain")).toBe(".plain");
});
