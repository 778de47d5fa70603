import { afterEach, beforeEach, expect, test, vi } from "vitest";
import { holdEarlyClicks, replayEarlyClicksWhenLive } from "./early-clicks";

let taps: string[];

function button(name: string, options: { disabled?: boolean; inRoot?: boolean } = {}): HTMLButtonElement {
  const element = document.createElement("button");
  element.textContent = name;
  element.disabled = options.disabled ?? false;
  element.addEventListener("click", () => taps.push(name));
  (options.inRoot === false ? document.body : (document.getElementById("root") ?? document.body)).append(
    element,
  );
  return element;
}

const becomeLive = () => document.documentElement.setAttribute("data-ready", "");
const settle = () => new Promise((resolve) => setTimeout(resolve, 0)); // MutationObserver callbacks

beforeEach(() => {
  taps = [];
  document.body.innerHTML = '<div id="root"></div>';
  document.documentElement.removeAttribute("data-ready");
});

afterEach(() => {
  replayEarlyClicksWhenLive(); // leaves no listener behind for the next test
  document.documentElement.removeAttribute("data-ready");
});

test("the first pointer press and the first key press ask the app to start; later ones do not", () => {
  const start = vi.fn();
  holdEarlyClicks(start);
  document.dispatchEvent(new Event("pointerdown"));
  document.dispatchEvent(new Event("keydown"));
  document.dispatchEvent(new Event("pointerdown"));
  expect(start).toHaveBeenCalledTimes(2); // startApp itself runs once (boot.ts)
});

test("taps on the page's buttons before the app is live are replayed, in order, once it is", async () => {
  holdEarlyClicks(() => {});
  const watched = button("Watched");
  const cried = button("Cried");
  watched.click();
  cried.click();
  expect(taps).toEqual(["Watched", "Cried"]); // the plain HTML's own listeners: none in the real page
  taps = [];
  replayEarlyClicksWhenLive();
  await settle();
  expect(taps).toEqual([]);
  becomeLive();
  await settle();
  expect(taps).toEqual(["Watched", "Cried"]);
});

test("disabled buttons, buttons outside the app and taps after React has taken over are not replayed", async () => {
  holdEarlyClicks(() => {});
  button("Disabled", { disabled: true }).dispatchEvent(new MouseEvent("click", { bubbles: true }));
  button("Outside", { inRoot: false }).click();
  replayEarlyClicksWhenLive();
  button("Late").click();
  taps = [];
  becomeLive();
  await settle();
  expect(taps).toEqual([]);
});

test("a button gone from the page by the time the app is live is skipped", async () => {
  holdEarlyClicks(() => {});
  const gone = button("Gone");
  gone.click();
  gone.remove();
  taps = [];
  replayEarlyClicksWhenLive();
  becomeLive();
  await settle();
  expect(taps).toEqual([]);
});

test("taps the page's inline loader kept before this module loaded are replayed too", async () => {
  const watched = button("Watched");
  const icon = document.createElement("span");
  watched.append(icon);
  // What the loader does: a list, and a listener that adds to it for as long as it is there.
  window.earlyTaps = [];
  const loaderListener = (event: Event) => {
    if (event.target) window.earlyTaps?.push(event.target);
  };
  window.addEventListener("click", loaderListener, true);
  icon.click(); // before this module loaded: a tap on the icon inside Watched
  holdEarlyClicks(() => {});
  button("Cried").click();
  taps = [];
  replayEarlyClicksWhenLive();
  becomeLive();
  await settle();
  window.removeEventListener("click", loaderListener, true);
  expect(taps).toEqual(["Watched", "Cried"]);
  expect(window.earlyTaps).toBeNull(); // the loader's listener keeps nothing more
});
