import { gzipSync } from "node:zlib";
import Beasties from "beasties";
import postcss from "postcss";

// The first round trip of a response carries TCP's initial congestion window, 10 segments
// of 1460 bytes (RFC 6928), headers included; a page larger than that costs another one.
const FIRST_FLIGHT = 14_600; // bytes
const RESPONSE_HEADERS = 400; // bytes, a generous allowance

// Two methods Beasties has but does not declare in its types. The version is pinned, and
// prerender-critical-css.test.ts fails if an update renames or changes them.
declare module "beasties" {
  // eslint-disable-next-line no-restricted-syntax -- describes beasties' own default export
  export default interface Beasties {
    /** Appends the inline script of the "media-script" strategy to <body>. */
    injectDeferredMediaScript(document: unknown): void;
    /** The selector Beasties looks for in the page, without pseudo-classes and -elements. */
    normalizeCssSelector(selector: string): string;
  }
}

/**
 * Beasties for a page under our CSP, with Tailwind 4's selectors:
 * - the "media-script" strategy (a marked link plus a <noscript> copy) without the inline
 *   script it appends to <body>, which the CSP would refuse: the marked link is held in a
 *   <template> instead (holdDeferredStylesheets), and src/app/boot.ts adds it;
 * - `:where(X)` is looked for as X. Beasties strips every pseudo-class with its argument,
 *   which leaves nothing of Tailwind's `:where(.space-y-4>:not(:last-child))`: the rule
 *   would be dropped and the page would grow when the full stylesheet arrives.
 */
class TailwindStrictCspBeasties extends Beasties {
  override injectDeferredMediaScript(): void {
    // Deliberately nothing: see the class comment.
  }

  override normalizeCssSelector(selector: string): string {
    return super.normalizeCssSelector(unwrapWhere(selector));
  }
}

/** `:where(X)` or `:is(X)` as the whole selector gives X; any other selector stays as it is. */
export function unwrapWhere(selector: string): string {
  const open = /^:(?:where|is)\(/.exec(selector)?.[0].length;
  if (open === undefined) return selector;
  let depth = 1;
  for (let i = open; i < selector.length; i += 1) {
    if (selector[i] === "(") depth += 1;
    if (selector[i] === ")") depth -= 1;
    if (depth === 0) return i === selector.length - 1 ? selector.slice(open, i) : selector;
  }
  return selector;
}

const OPTIONS = {
  preload: "media-script",
  noscriptFallback: true,
  // The full stylesheet stays whole: every page shares it, and the app's later views
  // (drawer, dialogs, filters) need the rules this page does not use.
  pruneSource: false,
  keyframes: "critical",
  logLevel: "warn",
  allowRules: [
    // Beasties matches selectors inside <html>, so `html[data-dialog-open]` (no scrolling
    // behind an open drawer: on an entry page the drawer is open in the prerendered HTML),
    // `html[data-countdown-bar]` (room for the bar) and `html:focus-within` would be left out.
    /^html[:[]/,
    // A lone pseudo-class matches nothing once Beasties strips pseudo-classes: the focus ring.
    ":focus-visible",
  ],
} satisfies ConstructorParameters<typeof Beasties>[0];

// Beasties marks <html> as the container it matched selectors in, and leaves the mark.
const CONTAINER_MARK = /(<html\b[^>]*?) data-beasties-container(?:="")?/;

// The link Beasties' "media-script" strategy leaves: it would be fetched at once.
const DEFERRED_LINK = /<link rel="stylesheet"([^>]*?) media="print" data-beasties-media="all">/g;

/**
 * Puts each deferred stylesheet link in a <template>: inert there, so the browser does not
 * fetch it while the page is still arriving and painting. src/app/boot.ts adds it to <head>
 * once the page has loaded. (A media="print" link would be fetched at once, and on a slow
 * connection that request competes with the page's own.)
 */
export function holdDeferredStylesheets(html: string): string {
  return html.replace(
    DEFERRED_LINK,
    '<template data-deferred-stylesheet><link rel="stylesheet"$1></template>',
  );
}

export type CriticalCssResult = { html: string; inlined: boolean; gzipBytes: number };

/**
 * For pages whose stylesheets are files under `outDir` (the build output): a function that
 * inlines the CSS rules a page's HTML uses into one <style> in <head>, and replaces the
 * stylesheet <link> by a <template> holding it (added by boot.ts once the page has loaded)
 * and a <noscript> copy for browsers without JavaScript.
 *
 * Only when the page then still arrives in the first round trip (gzip, as a server sends
 * it): otherwise the inline CSS would cost the whole page a round trip to save the
 * stylesheet's, which runs alongside the page's other first requests anyway (an entry
 * page's artwork). Such a page keeps its stylesheet link as it was.
 */
export function criticalCssInliner(outDir: string): (html: string) => Promise<CriticalCssResult> {
  const beasties = new TailwindStrictCspBeasties({ ...OPTIONS, path: outDir });
  return async (html) => {
    const processed = (await beasties.process(html)).replace(CONTAINER_MARK, "$1");
    const inlined = pruneInlineCustomProperties(holdDeferredStylesheets(processed));
    const gzipBytes = gzipSync(inlined).length;
    if (gzipBytes <= FIRST_FLIGHT - RESPONSE_HEADERS) return { html: inlined, inlined: true, gzipBytes };
    return { html, inlined: false, gzipBytes };
  };
}

/**
 * Tailwind declares every theme variable and registers every `--tw-*` property the whole
 * stylesheet uses; the rules one page needs read only some of them. Drops, from the inlined
 * <style>, custom properties nothing reads: no var() in that CSS nor in the page's style
 * attributes. The full stylesheet declares them all again when it loads.
 */
export function pruneInlineCustomProperties(html: string): string {
  const open = html.indexOf("<style>");
  const close = html.indexOf("</style>", open);
  if (open === -1 || close === -1) return html;
  const start = open + "<style>".length;
  const css = html.slice(start, close);
  const outsideStyle = html.slice(0, start) + html.slice(close);
  const pruned = pruneUnreadCustomProperties(css, readCustomProperties(outsideStyle));
  return html.slice(0, start) + pruned + html.slice(close);
}

const VAR_REFERENCE = /var\(\s*(--[\w-]+)/g;

function readCustomProperties(text: string): Set<string> {
  return new Set(Array.from(text.matchAll(VAR_REFERENCE), (match) => match[1] ?? ""));
}

/** Removes declarations and @property rules of custom properties nothing reads, to a fixed point. */
export function pruneUnreadCustomProperties(
  css: string,
  readElsewhere: ReadonlySet<string> = new Set(),
): string {
  const root = postcss.parse(css);
  for (let removed = true; removed;) {
    removed = false;
    const read = new Set(readElsewhere);
    root.walkDecls((decl) => {
      for (const name of readCustomProperties(decl.value)) read.add(name);
    });
    root.walkDecls(/^--/, (decl) => {
      if (read.has(decl.prop)) return;
      decl.remove();
      removed = true;
    });
    root.walkAtRules("property", (rule) => {
      if (read.has(rule.params.trim())) return;
      rule.remove();
      removed = true;
    });
  }
  // Rules left empty (a :root that only declared theme variables) go too, then their
  // wrappers; but not an empty @layer, whose first mention fixes the layers' order.
  for (let removed = true; removed;) {
    removed = false;
    root.walk((node) => {
      const empty = (node.type === "rule" || node.type === "atrule") && node.nodes?.length === 0;
      if (empty && !(node.type === "atrule" && node.name === "layer")) {
        node.remove();
        removed = true;
      }
    });
  }
  return root.toString();
}
