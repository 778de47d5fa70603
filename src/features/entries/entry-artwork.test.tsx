import { render } from "@testing-library/react";
import { renderToString } from "react-dom/server";
import { expect, test } from "vitest";
import rawEntries from "../../../data/entries.json";
import { EntryArtwork } from "./entry-artwork";
import { parseEntries } from "./parse-entries";

const hal = parseEntries(rawEntries).find((entry) => entry.slug === "hal");
if (!hal) throw new Error("Hal is in the ranking");

test("behind a drawer, the prerendered picture waits for the app, keeping its size", () => {
  const html = renderToString(<EntryArtwork entry={hal} waitForApp />);
  expect(html).not.toContain("src=");
  expect(html).toContain('width="640"');
  expect(html).toContain('height="400"');
  expect(renderToString(<EntryArtwork entry={hal} />)).toContain('src="/art/hal.svg"');
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
