import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import type { Plugin } from "vite";

// React Router 7's package exports only its development build, whose warnings are on
// (`ENABLE_DEV_WARNINGS = true`) in production too: remix-run/react-router#14102, still open.
// The build resolves `react-router` to the production build it also ships, which differs
// only in that flag, so the warnings and their messages drop out.
//
// React Router 7 ships its components as `var Link = React.forwardRef(…)` followed by
// `Link.displayName = "Link"`. A bundler must keep a statement that writes to an object,
// so every component and context in the file stays in the bundle whether the app uses it
// or not (`<Form>`, `<NavLink>`, `<ScrollRestoration>` and what they call: about 1.9 kB
// gzip here). Upstream: remix-run/react-router#14058 and the open pull request #15299,
// which wraps them in pure functions. Until that lands, the build does it for them: it
// drops the names (React DevTools' labels, unused in production) and marks the
// initializers pure, so the bundler keeps only what the app imports.

const require = createRequire(import.meta.url);
// dist/development/index.js (the "require" export) → dist/production/index.mjs
const PRODUCTION_ENTRY = join(dirname(dirname(require.resolve("react-router"))), "production", "index.mjs");

const CHUNK = /[\\/]node_modules[\\/]react-router[\\/]dist[\\/][^\\/]+[\\/]chunk-\w+\.mjs$/;
const DISPLAY_NAME = /^\w+\.displayName = "[^"\n]*";\n/gm;
const COMPONENT_OR_CONTEXT = /^(var \w+ = )(React\d*\.(?:forwardRef|createContext)\()/gm;

/** Drops top-level `X.displayName = "…"` lines and marks `forwardRef`/`createContext` initializers pure. */
export function markReactRouterPure(code: string): { code: string; names: number; marked: number } {
  let names = 0;
  let marked = 0;
  const out = code
    .replace(DISPLAY_NAME, () => {
      names += 1;
      return "";
    })
    .replace(COMPONENT_OR_CONTEXT, (_match, declaration: string, call: string) => {
      marked += 1;
      return `${declaration}/* @__PURE__ */ ${call}`;
    });
  return { code: out, names, marked };
}

export function reactRouterProductionPlugin(): Plugin {
  return {
    name: "made-us-cry:react-router-production",
    apply: "build",
    enforce: "pre",
    resolveId(source) {
      return source === "react-router" ? PRODUCTION_ENTRY : null;
    },
    transform(code, id) {
      if (!CHUNK.test(id)) return null;
      const result = markReactRouterPure(code);
      // The file that defines <Link> must match: if it no longer does, React Router's
      // output has changed (perhaps #15299 landed) and this plugin needs a look.
      if (code.includes("\nvar Link = ") && (result.names === 0 || result.marked === 0)) {
        this.error(
          `React Router's ${id} no longer has the shape scripts/react-router-production-plugin.ts expects. ` +
            "Check whether it tree-shakes on its own now, and update or remove the plugin.",
        );
      }
      return result.names + result.marked > 0 ? { code: result.code, map: null } : null;
    },
  };
}
