import { createHash } from "node:crypto";
import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures";

const meta = (page: Page, selector: string) => page.locator(`head ${selector}`).getAttribute("content");

async function jsonLd(page: Page): Promise<Record<string, unknown>> {
  const text = await page.locator('head script[type="application/ld+json"]').textContent();
  return JSON.parse(text ?? "{}");
}

test.describe("with JavaScript switched off", () => {
  test.use({ javaScriptEnabled: false });

  test("the countdown arrives as finished HTML with its preview tags", async ({ page }) => {
    await page.goto("/");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("21 anime that made us cry");
    const articles = page.getByRole("region", { name: /the countdown/i }).getByRole("article");
    await expect(articles).toHaveCount(21);
    await expect(articles.first()).toContainText("Millennium Actress");
    await expect(articles.first()).toContainText("A retired film star");
    // The countdown bar is in the HTML, but nothing in it could answer a tap without
    // JavaScript: it is left out, and the page keeps no room for it (decision 013).
    await expect(page.locator(".countdown-bar")).toHaveCount(1);
    await expect(page.locator(".countdown-bar")).toBeHidden();
    await page.setViewportSize({ width: 390, height: 844 }); // where the bar would be fixed at the foot
    await expect(page.locator(".countdown-bar")).toBeHidden();
    await expect(page.locator("body")).toHaveCSS("padding-bottom", "0px");
    await expect(page).toHaveTitle("Made Us Cry · 21 sad anime, counted down");
    expect(await meta(page, 'meta[property="og:type"]')).toBe("website");
    expect(await meta(page, 'meta[property="og:image"]')).toMatch(/\/og\/home\.png$/);
    expect(await meta(page, 'meta[name="twitter:card"]')).toBe("summary_large_image");
    expect(await page.locator('head link[rel="canonical"]').getAttribute("href")).toMatch(/\/$/);
    const list = await jsonLd(page);
    expect(list["@type"]).toBe("ItemList");
    expect(list.numberOfItems).toBe(21);
  });

  test("an entry page shows its drawer content and its own preview", async ({ page }) => {
    await page.goto("/anime/hal");
    const drawer = page.locator("dialog[open]");
    await expect(drawer.getByRole("heading", { name: "Hal", level: 2 })).toBeVisible();
    await expect(drawer).toContainText("Why it hurts");
    await expect(page).toHaveTitle("#14 Hal · Made Us Cry");
    expect(await meta(page, 'meta[property="og:title"]')).toBe("#14 Hal · Made Us Cry");
    expect(await meta(page, 'meta[property="og:type"]')).toBe("video.movie");
    expect(await meta(page, 'meta[property="og:url"]')).toMatch(/\/anime\/hal$/);
    expect(await meta(page, 'meta[property="og:image"]')).toMatch(/\/og\/hal\.png$/);
    expect(await meta(page, 'meta[name="description"]')).toContain("A robot is given the face");
    const movie = await jsonLd(page);
    expect(movie).toMatchObject({ "@type": "Movie", name: "Hal", duration: "PT60M" });
    const series = await page.goto("/anime/clannad-after-story").then(() => jsonLd(page));
    expect(series).toMatchObject({ "@type": "TVSeries", numberOfEpisodes: 24 });
  });

  test("a shared-marks link arrives on a page of its own that explains itself and unfurls as an invitation", async ({
    page,
  }) => {
    const response = await page.goto("/compare?marks=abc");
    expect(response?.status()).toBe(200);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("See whose tears match yours");
    await expect(page.getByText(/JavaScript switched off/)).toBeVisible();
    await expect(page.getByRole("link", { name: "Back to the countdown" })).toBeVisible();
    await expect(page).toHaveTitle("See whose tears match yours · Made Us Cry");
    expect(await meta(page, 'meta[property="og:image"]')).toMatch(/\/og\/compare\.png$/);
    expect(await meta(page, 'meta[name="twitter:image:alt"]')).toMatch(/theirs and yours/);
    expect(await meta(page, 'meta[name="robots"]')).toBe("noindex");
  });

  test("My order has a page of its own too", async ({ page }) => {
    const response = await page.goto("/my-order");
    expect(response?.status()).toBe(200);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Your own countdown");
    await expect(page.getByText(/JavaScript, which is switched off/)).toBeVisible();
    await expect(page).toHaveTitle("Your own countdown · Made Us Cry");
    expect(await meta(page, 'meta[property="og:image"]')).toMatch(/\/og\/my-order\.png$/);
  });

  test("the not-found page is prerendered too, and asks not to be indexed", async ({ page }) => {
    await page.goto("/404.html");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(/drifted away/i);
    expect(await meta(page, 'meta[name="robots"]')).toBe("noindex");
  });
});

test("the page hydrates the prerendered HTML instead of replacing it", async ({ page }) => {
  await page.addInitScript(() => {
    const flags = { replaced: false };
    Object.assign(window, { __hydration: flags });
    new MutationObserver((records) => {
      const root = document.getElementById("root");
      if (records.some((record) => record.target === root && record.removedNodes.length > 0))
        flags.replaced = true;
    }).observe(document, { childList: true, subtree: true });
  });
  await page.goto("/");
  // Interactive: the bar opens the filter sheet, and a chip in it filters without a reload.
  await page
    .getByRole("region", { name: "Countdown tools" })
    .getByRole("button", { name: /^Filter/ })
    .click();
  await page
    .getByRole("dialog", { name: "Find one for tonight" })
    .getByRole("button", { name: /^Film/ })
    .click();
  await expect(page.getByRole("region", { name: /the countdown/i }).getByRole("article")).toHaveCount(5);
  expect(await page.evaluate(() => Reflect.get(window, "__hydration"))).toEqual({ replaced: false });
});

test("the Content-Security-Policy allows only the page's own inline script and blocks nothing the app needs", async ({
  page,
}) => {
  const html = await (await page.request.get("/anime/your-lie-in-april")).text();
  // Classic inline scripts (the boot loader's tag carries only data- attributes).
  const inline = Array.from(
    html.matchAll(/<script(?: data-[a-z-]+="[^"]*")*>([\s\S]*?)<\/script>/g),
    ([, code]) => code ?? "",
  );
  expect(inline).toHaveLength(1); // the boot loader
  const hash = createHash("sha256")
    .update(inline[0] ?? "")
    .digest("base64");
  await page.goto("/anime/your-lie-in-april");
  const policy = await page
    .locator('head meta[http-equiv="Content-Security-Policy"]')
    .getAttribute("content");
  expect(policy).toMatch(new RegExp(`script-src 'self' 'sha256-${hash.replace(/[+/]/g, "\\$&")}'(;|$)`));
  expect(policy?.match(/script-src[^;]*/)?.[0]).not.toContain("unsafe-inline");
  expect(await meta(page, 'meta[name="referrer"]')).toBe("strict-origin-when-cross-origin");
  await expect(page.getByRole("dialog", { name: "Your Lie in April" })).toBeVisible();
  // The fixture fails the test on any console error, CSP violations included.
});

test("link-preview images are 1200×630 PNGs", async ({ request }) => {
  for (const slug of ["hal", "anohana-the-flower-we-saw-that-day", "home", "compare", "my-order"]) {
    const response = await request.get(`/og/${slug}.png`);
    expect(response.status()).toBe(200);
    expect(response.headers()["content-type"]).toBe("image/png");
    const png = await response.body();
    expect(png.subarray(1, 4).toString("ascii")).toBe("PNG");
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1200, 630]);
  }
});

test.describe("with its service worker", () => {
  test.use({ serviceWorkers: "allow" });

  test("after one visit, entries and marks work offline", async ({ page, context }) => {
    await page.goto("/");
    await page.evaluate(async () => {
      const registration = await navigator.serviceWorker.ready;
      if (!navigator.serviceWorker.controller) {
        await new Promise((resolve) => navigator.serviceWorker.addEventListener("controllerchange", resolve));
      }
      return registration.active?.state;
    });
    await context.setOffline(true);
    await page.goto("/anime/grave-of-the-fireflies");
    await expect(page.getByRole("dialog", { name: "Grave of the Fireflies" })).toBeVisible();
    await page.reload();
    const drawer = page.getByRole("dialog", { name: "Grave of the Fireflies" });
    await expect(drawer).toBeVisible();
    await drawer.getByRole("button", { name: "Cried" }).click();
    await expect(drawer.getByRole("button", { name: "Cried" })).toHaveAttribute("aria-pressed", "true");
    await page.goto("/anime/hal");
    await expect(page.getByRole("dialog", { name: "Hal" })).toBeVisible();
    await context.setOffline(false);
  });
});
