import { render, waitFor } from "@testing-library/react";
import { renderToString } from "react-dom/server";
import { expect, test } from "vitest";
import rawEntries from "../../../data/entries.json";
import { EntryArtwork } from "./entry-artwork";
import { parseEntries } from "./parse-entries";

const hal = parseEntries(rawEntries).find((entry) => entry.slug === "hal");
if (!hal) throw new Error("Hal is in the ranking");

const BOX = "block aspect-[16/10] h-auto w-full";

test("behind a drawer, the prerendered page has an empty box of the picture's size, no image", () => {
  // An <img> without a source is not valid HTML: the box takes the picture's classes instead.
  expect(renderToString(<EntryArtwork entry={hal} waitForApp className={BOX} />)).toBe(
    `<div class="${BOX}"></div>`,
  );
  expect(renderToString(<EntryArtwork entry={hal} />)).toContain('src="/art/hal.svg"');
});

test("the app hydrates the empty box as it is, then puts the picture in its place", async () => {
  const container = document.createElement("div");
  container.innerHTML = renderToString(<EntryArtwork entry={hal} waitForApp className={BOX} />);
  document.body.append(container);
  // A hydration mismatch would call console.error, which fails the test (setup-test-env.ts).
  render(<EntryArtwork entry={hal} waitForApp className={BOX} />, { container, hydrate: true });
  const image = await waitFor(() => {
    const found = container.querySelector("img");
    if (!found) throw new Error("no picture yet");
    return found;
  });
  expect(image).toHaveAttribute("src", "/art/hal.svg");
  expect(image).toHaveClass("object-cover", ...BOX.split(" "));
  expect(container.children).toHaveLength(1);
});

test("once the app renders it, the picture has its source, lazy unless asked to be eager", () => {
  const { container, rerender } = render(<EntryArtwork entry={hal} waitForApp />);
  const image = container.querySelector("img");
  expect(image).toHaveAttribute("src", "/art/hal.svg");
  expect(image).toHaveAttribute("loading", "lazy");
  rerender(<EntryArtwork entry={hal} eager />);
  expect(image).toHaveAttribute("loading", "eager");
  expect(image).toHaveAttribute("fetchpriority", "high");
});
