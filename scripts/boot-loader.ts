import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { minify_sync } from "terser";

// The prerendered pages start their app from a small inline script, the first stage of
// startup (docs/startup.md). Its readable source is src/app/boot-loader.js; here it is
// minified for the pages, and the tests run this minified text.

// The page's one script tag, as Vite writes it for the boot module (src/app/boot.ts). The
// loader adds the module with the same attributes, `crossorigin` included.
const BOOT_TAG = /\s*<script type="module" crossorigin src="([^"]+)"><\/script>/;

// A path, not a URL object: the loader's tests run in jsdom, whose URL Node does not accept.
const SOURCE = readFileSync(
  join(dirname(fileURLToPath(import.meta.url)), "../src/app/boot-loader.js"),
  "utf8",
);

/**
 * The inline script: the same text on every page and in every build, so one hash allows it,
 * in the pages' <meta> policy and in the response header hosts send
 * (scripts/host/site-rules.ts). Terser, as it keeps ES5 as ES5 (esbuild cannot run in the
 * loader's jsdom tests; Vite's own minifier writes ES2015).
 */
export const BOOT_LOADER = minifiedLoader();

function minifiedLoader(): string {
  const { code } = minify_sync(SOURCE, { ecma: 5, format: { comments: false } });
  if (!code) throw new Error("src/app/boot-loader.js minified to nothing");
  return code;
}

const attribute = (value: string) => value.replace(/&/g, "&amp;").replace(/"/g, "&quot;");

/** The loader's tag: BOOT_LOADER with this page's boot module and card to scroll to. */
export function bootLoaderTag(bootSrc: string, scroll?: { path: string; cardId: string }): string {
  const data = [`data-boot="${attribute(bootSrc)}"`];
  if (scroll) {
    data.push(
      `data-scroll-path="${attribute(scroll.path)}"`,
      `data-scroll-card="${attribute(scroll.cardId)}"`,
    );
  }
  return `<script ${data.join(" ")}>${BOOT_LOADER}</script>`;
}

/** Replaces the boot module's tag in <head> with the inline loader at the end of <body>. */
export function loadBootAfterPaint(html: string, scroll?: { path: string; cardId: string }): string {
  const tag = BOOT_TAG.exec(html);
  if (!tag?.[1]) throw new Error("The page has no boot module tag for the boot loader to replace");
  if (!html.includes("</body>")) throw new Error("The page needs a </body> for the boot loader");
  return html.replace(tag[0], "").replace("</body>", `${bootLoaderTag(tag[1], scroll)}\n  </body>`);
}
