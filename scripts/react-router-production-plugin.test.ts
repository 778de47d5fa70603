import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { expect, test } from "vitest";
import { markReactRouterPure } from "./react-router-production-plugin";

// Vitest runs from the repository root.
const DIST = join(process.cwd(), "node_modules/react-router/dist/production/");

test("names go, initializers become pure, and nothing else changes", () => {
  const code = [
    "var Ctx = React.createContext(null);",
    'Ctx.displayName = "Ctx";',
    "var Link = React10.forwardRef(",
    "  function LinkWithRef(props, ref) {",
    '    inner.displayName = "kept";',
    "  }",
    ");",
    'Link.displayName = "Link";',
    "var other = makeThing();",
    "",
  ].join("\n");
  const result = markReactRouterPure(code);
  expect(result).toMatchObject({ names: 2, marked: 2 });
  expect(result.code).toBe(
    [
      "var Ctx = /* @__PURE__ */ React.createContext(null);",
      "var Link = /* @__PURE__ */ React10.forwardRef(",
      "  function LinkWithRef(props, ref) {",
      '    inner.displayName = "kept";',
      "  }",
      ");",
      "var other = makeThing();",
      "",
    ].join("\n"),
  );
});

test("the installed React Router still has the shape the plugin expects", () => {
  const chunk = readdirSync(DIST)
    .filter((file) => /^chunk-\w+\.mjs$/.test(file))
    .map((file) => readFileSync(join(DIST, file), "utf8"))
    .find((code) => code.includes("\nvar Link = "));
  expect(chunk, "the file that defines <Link>").toBeDefined();
  const result = markReactRouterPure(chunk ?? "");
  expect(result.names).toBeGreaterThanOrEqual(10);
  expect(result.marked).toBeGreaterThanOrEqual(10);
  expect(result.code).not.toMatch(/^(Link|NavLink|Form)\.displayName/m);
});
