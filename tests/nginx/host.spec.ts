import { test as bare, type APIRequestContext, type Page } from "@playwright/test";
import entries from "../../data/entries.json" with { type: "json" };
import { SITE_RULES } from "../../scripts/host/site-rules";
import { NOT_FOUND_TITLE } from "../../src/app/page-meta";
import { paths } from "../../src/config/paths";
import { encodeShareCode } from "../../src/features/tracker/share-code";
import { expect, test, waitForApp } from "../e2e/fixtures";

// The build as nginx serves it with deploy/nginx.conf (scripts/serve-nginx.sh): what a
// visitor's browser and a link-preview crawler get from a real host.

const IMMUTABLE = "public, max-age=31536000, immutable";
const A_DAY = "public, max-age=86400";

// A friend's link, as "Share my marks" makes it: Clannad: After Story cried at, Hal watched.
const slugsInRankOrder = [...entries].sort((a, b) => a.rank - b.rank).map((entry) => entry.slug);
const marked = "2026-11-30T20:00:00.000Z";
const SHARE_CODE = encodeShareCode(
  { "clannad-after-story": { watchedAt: marked, criedAt: marked }, hal: { watchedAt: marked } },
  slugsInRankOrder,
);

/** A hashed file of the build, as the home page names it. */
async function hashedStylesheet(request: APIRequestContext): Promise<string> {
  const html = await (await request.get("/")).text();
  const href = /\/assets\/[\w-]+\.css/.exec(html)?.[0];
  if (!href) throw new Error("The home page names no stylesheet under /assets/");
  return href;
}

/** Collects the page's Content-Security-Policy violations from its first script on. */
async function recordViolations(page: Page): Promise<() => Promise<unknown>> {
  await page.addInitScript(() => {
    const seen: string[] = [];
    Object.assign(window, { cspViolations: seen });
    document.addEventListener("securitypolicyviolation", (event) =>
      seen.push(`${event.effectiveDirective} blocked ${event.blockedURI || "inline"}`),
    );
  });
  return () => page.evaluate(() => Reflect.get(window, "cspViolations"));
}

test("each kind of path answers with its status, caching and every security header", async ({ request }) => {
  const stylesheet = await hashedStylesheet(request);
  const cases: readonly [path: string, status: number, cacheControl: string][] = [
    ["/", 200, "no-cache"],
    ["/anime/hal", 200, "no-cache"],
    ["/compare?marks=abc", 200, "no-cache"],
    ["/my-order", 200, "no-cache"],
    // The service worker precaches pages by their file names: those answer too, no redirect.
    ["/anime/hal.html", 200, "no-cache"],
    ["/404.html", 200, "no-cache"],
    [stylesheet, 200, IMMUTABLE],
    ["/sw.js", 200, "no-cache"],
    ["/manifest.webmanifest", 200, "no-cache"],
    ["/og/hal.png", 200, A_DAY],
    ["/icons/icon-192.png", 200, A_DAY],
    ["/nope", 404, "no-cache"],
    // A missing hashed file is a 404 page like any other, never cached for a year.
    ["/assets/nope-12345678.js", 404, "no-cache"],
    // Instructions for other hosts, not part of the site.
    ["/_headers", 404, "no-cache"],
  ];
  for (const [path, status, cacheControl] of cases) {
    const response = await request.get(path, { maxRedirects: 0 });
    const headers = response.headers();
    expect.soft(response.status(), path).toBe(status);
    expect.soft(headers["cache-control"], path).toBe(cacheControl);
    for (const [name, value] of SITE_RULES.securityHeaders) {
      expect.soft(headers[name.toLowerCase()], `${name} on ${path}`).toBe(value);
    }
    expect.soft(headers["content-security-policy"], path).toContain("frame-ancestors 'none'");
    expect.soft(headers["x-content-type-options"], path).toBe("nosniff");
    expect.soft(headers["cross-origin-opener-policy"], path).toBe("same-origin");
  }
});

test("pages are HTML in UTF-8, gzipped for a browser that accepts it; the manifest has its own type", async ({
  request,
}) => {
  for (const path of ["/", "/anime/hal", "/nope"]) {
    const response = await request.get(path, { headers: { "Accept-Encoding": "gzip" } });
    expect.soft(response.headers()["content-type"], path).toBe("text/html; charset=utf-8");
    expect.soft(response.headers()["content-encoding"], path).toBe("gzip");
    expect.soft(response.headers()["vary"], path).toBe("Accept-Encoding");
  }
  const stylesheet = await request.get(await hashedStylesheet(request), {
    headers: { "Accept-Encoding": "gzip" },
  });
  expect(stylesheet.headers()["content-encoding"]).toBe("gzip");
  const manifest = await request.get("/manifest.webmanifest");
  expect(manifest.headers()["content-type"]).toMatch(/^application\/manifest\+json/);
});

test("a deep link opens its entry in the drawer, and the CSP header blocks nothing the app needs", async ({
  page,
}) => {
  const violations = await recordViolations(page);
  const response = await page.goto("/anime/hal");
  expect(response?.status()).toBe(200);
  expect(response?.headers()["content-security-policy"]).toContain("frame-ancestors 'none'");
  await expect(page.getByRole("dialog", { name: "Hal" })).toBeVisible();
  expect(await violations()).toEqual([]);
  // The fixture fails the test on any console error, CSP reports included.
});

// Chromium logs the 404 of the page itself as a console error: the fixture would fail it.
bare("an unknown path shows the not-found page with status 404", async ({ page, baseURL }) => {
  const url = `${baseURL}/no-such-page`;
  const problems: string[] = [];
  page.on("console", (message) => {
    if (message.type() === "error" && message.location().url !== url) problems.push(message.text());
  });
  page.on("pageerror", (error) => problems.push(error.message));
  const violations = await recordViolations(page);
  const response = await page.goto(url);
  await waitForApp(page);
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(/drifted away/i);
  await expect(page).toHaveTitle(NOT_FOUND_TITLE);
  expect(await violations()).toEqual([]);
  expect(problems).toEqual([]);
});

test("a share-my-marks link opens the comparison with status 200", async ({ page }) => {
  const violations = await recordViolations(page);
  const response = await page.goto(paths.compare.getHref(SHARE_CODE));
  expect(response?.status()).toBe(200);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Their tears beside yours");
  await expect(page).not.toHaveTitle(NOT_FOUND_TITLE);
  await expect(page.getByRole("row", { name: /Hal/ })).toContainText("Watched");
  expect(await violations()).toEqual([]);
});

// Both expect a refusal, which Chromium logs as a console error: no fixture page.
bare("with both policies, an inline script the page did not ship is still refused", async ({ page }) => {
  await page.goto("/anime/hal");
  const refused = await page.evaluate(
    () =>
      new Promise<string>((resolve) => {
        document.addEventListener("securitypolicyviolation", (event) => resolve(event.effectiveDirective), {
          once: true,
        });
        const script = document.createElement("script");
        script.textContent = "window.injectedRan = true";
        document.body.append(script);
      }),
  );
  expect(refused).toBe("script-src-elem");
  expect(await page.evaluate(() => Reflect.get(window, "injectedRan"))).toBeUndefined();
});

bare("no page can be framed, not even by the site itself", async ({ page }) => {
  await page.goto("/nope");
  const framedTitle = await page.evaluate(
    () =>
      new Promise<string | null>((resolve) => {
        const frame = document.createElement("iframe");
        frame.src = "/anime/hal";
        // A refused frame holds an error page of another origin: no document to read.
        frame.addEventListener("load", () => resolve(frame.contentDocument?.title ?? null));
        document.body.append(frame);
      }),
  );
  expect(framedTitle).toBeNull();
});

test.describe("with its service worker", () => {
  test.use({ serviceWorkers: "allow" });

  test("after one visit, an entry opens offline", async ({ page, context }) => {
    await page.goto("/anime/hal");
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
      if (!navigator.serviceWorker.controller) {
        await new Promise((resolve) => navigator.serviceWorker.addEventListener("controllerchange", resolve));
      }
    });
    await context.setOffline(true);
    await page.reload();
    await expect(page.getByRole("dialog", { name: "Hal" })).toBeVisible();
    await context.setOffline(false);
  });
});
