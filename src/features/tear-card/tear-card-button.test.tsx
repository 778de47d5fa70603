import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { beforeEach, expect, test, vi } from "vitest";
import { renderTearCardBlob, shareOrDownloadTearCard, type TearCardOutcome } from "./make-tear-card";
import { TearCardButton } from "./tear-card-button";
import { buildTearCardData } from "./tear-card-data";
import { sampleEntries } from "./testing/sample-entries";

vi.mock("./make-tear-card", () => ({
  renderTearCardBlob: vi.fn(),
  shareOrDownloadTearCard: vi.fn(),
  tearCardFileName: () => "made-us-cry-tear-card-2026-11-25.png",
}));

const NOW = new Date(2026, 10, 25);
const card = () =>
  buildTearCardData(
    sampleEntries(),
    () => "watched",
    () => undefined,
    NOW,
  );
const blob = new Blob(["png"], { type: "image/png" });

beforeEach(() => {
  vi.clearAllMocks();
  vi.mocked(renderTearCardBlob).mockResolvedValue(blob);
  vi.mocked(shareOrDownloadTearCard).mockResolvedValue("downloaded");
});

test("user can make their tear card and is told it is in their downloads", async () => {
  const user = userEvent.setup();
  const data = vi.fn(card);
  render(<TearCardButton data={data} />);
  expect(data).not.toHaveBeenCalled();

  await user.click(screen.getByRole("button", { name: "Make my tear card" }));

  expect(await screen.findByRole("status")).toHaveTextContent("Your tear card is saved to your downloads.");
  expect(data).toHaveBeenCalledTimes(1);
  expect(renderTearCardBlob).toHaveBeenCalledWith(data.mock.results[0]?.value);
  expect(shareOrDownloadTearCard).toHaveBeenCalledWith(blob, "made-us-cry-tear-card-2026-11-25.png");
  expect(screen.getByRole("button", { name: "Make my tear card" })).toBeEnabled();
});

test("while the card is drawn the button says so and cannot be pressed twice", async () => {
  const user = userEvent.setup();
  let finish: (value: Blob) => void = () => undefined;
  vi.mocked(renderTearCardBlob).mockReturnValue(new Promise((resolve) => (finish = resolve)));
  render(<TearCardButton data={card} />);

  await user.click(screen.getByRole("button", { name: "Make my tear card" }));
  const busy = screen.getByRole("button", { name: "Drawing your card…" });
  expect(busy).toBeDisabled();
  expect(busy).toHaveAttribute("aria-busy", "true");
  await user.click(busy);

  finish(blob);
  expect(await screen.findByRole("button", { name: "Make my tear card" })).toBeEnabled();
  expect(renderTearCardBlob).toHaveBeenCalledTimes(1);
});

test.each([
  ["shared", "Shared."],
  ["cancelled", ""],
] satisfies [TearCardOutcome, string][])(
  "after a share that ends %s, the status reads %j",
  async (outcome, message) => {
    const user = userEvent.setup();
    vi.mocked(shareOrDownloadTearCard).mockResolvedValue(outcome);
    render(<TearCardButton data={card} />);
    await user.click(screen.getByRole("button", { name: "Make my tear card" }));
    await screen.findByRole("button", { name: "Make my tear card" });
    expect(screen.getByRole("status")).toHaveTextContent(message === "" ? /^$/ : message);
  },
);

test("when drawing fails, a calm message says so and the button works again", async () => {
  const user = userEvent.setup();
  vi.mocked(renderTearCardBlob).mockRejectedValue(new Error("no canvas"));
  render(<TearCardButton data={card} />);
  await user.click(screen.getByRole("button", { name: "Make my tear card" }));
  expect(await screen.findByText(/couldn't draw your card/)).toBeInTheDocument();
  expect(screen.getByRole("status")).toHaveTextContent("Your marks are safe");
  expect(screen.getByRole("button", { name: "Make my tear card" })).toBeEnabled();
});
