import js from "@eslint/js";
import prettier from "eslint-config-prettier";
import reactHooks from "eslint-plugin-react-hooks";
import * as espree from "espree";
import globals from "globals";
import tseslint from "typescript-eslint";

// Imports flow one way: shared (components, lib, config) → features → app.
// Features do not import each other, except the shared domain in features/entries.
const FEATURES = ["countdown", "filters", "entry-drawer", "tracker", "tear-card", "pick"];

// Storage is reached only through src/lib/safe-storage.ts, which survives storage that is
// blocked, missing or full; a bare localStorage call can throw and take the page down.
const STORAGE_MESSAGE = "Use browserStorage() from src/lib/safe-storage.ts: it never throws.";
const STORAGE_GLOBALS = ["localStorage", "sessionStorage"];

const noImportsFrom = (message, ...groups) => ({
  "no-restricted-imports": ["error", { patterns: [{ group: groups, message }] }],
});

export default tseslint.config(
  {
    ignores: [
      "dist",
      "dist-*",
      "coverage",
      "playwright-report",
      "test-results",
      "perf-results",
      "node_modules",
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    files: ["**/*.{ts,tsx}"],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    plugins: { "react-hooks": reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      "@typescript-eslint/no-explicit-any": "error",
      "@typescript-eslint/consistent-type-imports": "error",
      "no-restricted-syntax": [
        "error",
        {
          selector: "ExportDefaultDeclaration",
          message: "Use named exports (default exports only in route modules).",
        },
      ],
    },
  },
  {
    files: ["src/components/**", "src/lib/**", "src/config/**"],
    rules: noImportsFrom(
      "Shared code must not depend on features or the app.",
      "**/features/**",
      "**/app/**",
    ),
  },
  {
    files: ["src/features/entries/**"],
    rules: noImportsFrom(
      "features/entries is the shared domain: it must not depend on other features or the app.",
      ...FEATURES.map((f) => `**/${f}/**`),
      "**/app/**",
    ),
  },
  ...FEATURES.map((feature) => ({
    files: [`src/features/${feature}/**`],
    rules: noImportsFrom(
      "Features must not import each other or the app; compose them in src/app.",
      ...FEATURES.filter((f) => f !== feature).flatMap((f) => [`**/features/${f}/**`, `../${f}/**`]),
      "**/app/**",
    ),
  })),
  {
    rules: {
      "no-restricted-globals": [
        "error",
        ...STORAGE_GLOBALS.map((name) => ({ name, message: STORAGE_MESSAGE })),
      ],
      "no-restricted-properties": [
        "error",
        ...["window", "globalThis", "self"].flatMap((object) =>
          STORAGE_GLOBALS.map((property) => ({ object, property, message: STORAGE_MESSAGE })),
        ),
      ],
    },
  },
  {
    // The one wrapper, its test, and Playwright specs (page.evaluate runs in the browser).
    files: ["src/lib/safe-storage.ts", "src/lib/safe-storage.test.ts", "tests/e2e/**", "tests/engines/**"],
    rules: { "no-restricted-globals": "off", "no-restricted-properties": "off" },
  },
  {
    // Playwright fixtures call `use`, which is not React's hook.
    files: ["tests/e2e/**", "tests/engines/**"],
    rules: { "react-hooks/rules-of-hooks": "off" },
  },
  {
    // The inline boot loader runs before anything else, in any browser: ES5, a classic script.
    files: ["src/app/boot-loader.js"],
    languageOptions: { parser: espree, ecmaVersion: 5, sourceType: "script", globals: globals.browser },
    rules: { "@typescript-eslint/no-unused-vars": ["error", { caughtErrors: "none" }] },
  },
  {
    files: ["*.config.{ts,js}", "eslint.config.js"],
    rules: { "no-restricted-syntax": "off" },
  },
  prettier,
);
