import { expect, test } from "vitest";
import { deferredModulePreloads } from "./prerender-module-preload";

const manifest = {
  "src/app/routes/entry-drawer-route.tsx": {
    file: "assets/entry-drawer-route-abc.js",
    imports: ["_react-1.js", "_modal-2.js", "src/app/main.tsx", "index.html"],
  },
  "_react-1.js": { file: "assets/react-1.js" },
  "_router-5.js": { file: "assets/router-5.js", imports: ["_react-1.js"] },
  "_modal-2.js": { file: "assets/modal-2.js" },
  "src/app/main.tsx": { file: "assets/main-3.js", imports: ["_router-5.js", "_react-1.js", "index.html"] },
  "index.html": { file: "assets/index-4.js", isEntry: true },
};

test("a route's chunk and the chunks it imports but the boot module, inert until boot.ts adds them", () => {
  expect(deferredModulePreloads(manifest, ["src/app/routes/entry-drawer-route.tsx"])).toBe(
    "<template data-deferred-modulepreload>" +
      '<link rel="modulepreload" crossorigin href="/assets/entry-drawer-route-abc.js">' +
      '<link rel="modulepreload" crossorigin href="/assets/react-1.js">' +
      '<link rel="modulepreload" crossorigin href="/assets/modal-2.js">' +
      '<link rel="modulepreload" crossorigin href="/assets/main-3.js">' +
      '<link rel="modulepreload" crossorigin href="/assets/router-5.js">' +
      "</template>",
  );
});

test("the app's own chunks, each once, however deep it imports them", () => {
  expect(
    deferredModulePreloads(manifest, ["src/app/main.tsx", "src/app/routes/entry-drawer-route.tsx"]),
  ).toBe(
    "<template data-deferred-modulepreload>" +
      '<link rel="modulepreload" crossorigin href="/assets/main-3.js">' +
      '<link rel="modulepreload" crossorigin href="/assets/router-5.js">' +
      '<link rel="modulepreload" crossorigin href="/assets/react-1.js">' +
      '<link rel="modulepreload" crossorigin href="/assets/entry-drawer-route-abc.js">' +
      '<link rel="modulepreload" crossorigin href="/assets/modal-2.js">' +
      "</template>",
  );
});

test("no route, no template; an unknown route is an error", () => {
  expect(deferredModulePreloads(manifest, [])).toBe("");
  expect(() => deferredModulePreloads(manifest, ["src/nowhere.tsx"])).toThrow(/not in Vite's build manifest/);
});
