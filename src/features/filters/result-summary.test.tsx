import { render, screen } from "@testing-library/react";
import { expect, test } from "vitest";
import { ResultSummary } from "./result-summary";

test("the result count is a polite status", () => {
  render(<ResultSummary shown={21} total={21} />);
  expect(screen.getByRole("status")).toHaveTextContent("Showing all 21 shows");
});

test("a narrowed result says how many of the total show", () => {
  render(<ResultSummary shown={5} total={21} />);
  expect(screen.getByRole("status")).toHaveTextContent("Showing 5 of 21 shows");
});

test("an empty result says so", () => {
  render(<ResultSummary shown={0} total={21} />);
  expect(screen.getByRole("status")).toHaveTextContent("No shows match");
});

test("the summary updates in place, so screen readers hear the change", () => {
  const { rerender } = render(<ResultSummary shown={21} total={21} />);
  const status = screen.getByRole("status");
  rerender(<ResultSummary shown={1} total={21} />);
  expect(screen.getByRole("status")).toBe(status);
  expect(status).toHaveTextContent("Showing 1 of 21 shows");
});
