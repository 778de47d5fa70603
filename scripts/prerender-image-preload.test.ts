import { expect, test } from "vitest";
import { highPriorityImagePreloads } from "./prerender-image-preload";

const img = (src: string, attributes: string) =>
  `<img src="${src}" alt="" width="640" height="400" ${attributes} decoding="async" class="object-cover"/>`;

test("an image marked fetchPriority high is preloaded once, from <head>", () => {
  const body =
    img("/art/hal.svg", 'loading="eager" fetchPriority="high"') +
    img("/art/air.svg", 'loading="lazy"') +
    img("/art/hal.svg", 'loading="eager" fetchPriority="high"');
  expect(highPriorityImagePreloads(body)).toBe(
    '<link rel="preload" as="image" href="/art/hal.svg" fetchpriority="high" />',
  );
});

test("a page without such an image gets no preload, and a lazy image stays lazy", () => {
  expect(highPriorityImagePreloads(img("/art/air.svg", 'loading="lazy"'))).toBe("");
  expect(highPriorityImagePreloads(img("/art/air.svg", 'loading="lazy" fetchPriority="high"'))).toBe("");
  expect(highPriorityImagePreloads("<p>No pictures</p>")).toBe("");
});
