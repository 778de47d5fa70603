import { act, render, screen } from "@testing-library/react";
import { useState } from "react";
import { expect, test } from "vitest";
import { lazyComponent } from "./lazy-component";

function Counter({ label }: { label: string }) {
  const [count, setCount] = useState(0);
  return (
    <button type="button" onClick={() => setCount((value) => value + 1)}>
      {label} {count}
    </button>
  );
}

test("mounted before its code arrives, it keeps its state through later renders", async () => {
  let resolve: (module: { default: typeof Counter }) => void = () => {};
  const Lazy = lazyComponent(() => new Promise<{ default: typeof Counter }>((done) => (resolve = done)));
  const { rerender } = render(<Lazy label="Taps" />);
  expect(screen.queryByRole("button")).not.toBeInTheDocument();

  await act(async () => resolve({ default: Counter }));
  await act(async () => screen.getByRole("button").click());
  expect(screen.getByRole("button")).toHaveTextContent("Taps 1");

  // A re-render after the module is in must not swap components (that would remount it).
  rerender(<Lazy label="Taps!" />);
  expect(screen.getByRole("button")).toHaveTextContent("Taps! 1");
});

test("preloaded, it renders at once without a fallback", async () => {
  const Lazy = lazyComponent(() => Promise.resolve({ default: Counter }), <p>Loading</p>);
  await Lazy.preload();
  render(<Lazy label="Ready" />);
  expect(screen.getByRole("button")).toHaveTextContent("Ready 0");
});
