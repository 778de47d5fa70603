// @vitest-environment jsdom
import { afterEach, beforeEach, expect, test, vi } from "vitest";
import { firstUse, keepEarlyTaps, replayTaps, takeEarlyTaps } from "./early-clicks";

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

const isLive = () => document.documentElement.hasAttribute("data-ready");

/**
 * A toggle as prerendered, showing `pressed`: once the app is live, a click flips its
 * aria-pressed; before, nothing changes it. Every click is counted in `taps`.
 */
function toggle(name: string, pressed: boolean): HTMLButtonElement {
  const element = button(name);
  element.setAttribute("aria-pressed", String(pressed));
  element.addEventListener("click", () => {
    if (isLive())
      element.setAttribute("aria-pressed", String(element.getAttribute("aria-pressed") !== "true"));
  });
  return element;
}

const becomeLive = () => document.documentElement.setAttribute("data-ready", "");

beforeEach(() => {
  taps = [];
  document.body.innerHTML = '<div id="root"></div>';
  document.documentElement.removeAttribute("data-ready");
});

afterEach(() => {
  takeEarlyTaps(); // leaves no listener behind for the next test
  document.documentElement.removeAttribute("data-ready");
});

test("the first pointer press or key press is the first use; nothing else is", async () => {
  const used = vi.fn();
  void firstUse().then(used);
  document.dispatchEvent(new Event("click"));
  document.dispatchEvent(new Event("scroll"));
  await Promise.resolve();
  expect(used).not.toHaveBeenCalled();
  document.dispatchEvent(new Event("keydown"));
  await Promise.resolve();
  expect(used).toHaveBeenCalledTimes(1);
  const usedByPointer = vi.fn();
  void firstUse().then(usedByPointer);
  document.dispatchEvent(new Event("pointerdown"));
  await Promise.resolve();
  expect(usedByPointer).toHaveBeenCalledTimes(1);
});

test("taps on the page's buttons before the app is live are replayed, in order, once it is", async () => {
  keepEarlyTaps();
  const watched = button("Watched");
  const cried = button("Cried");
  watched.click();
  cried.click();
  expect(taps).toEqual(["Watched", "Cried"]); // the plain HTML's own listeners: none in the real page
  taps = [];
  const kept = takeEarlyTaps();
  expect(taps).toEqual([]); // taken, not yet replayed: that waits for the live app (boot.ts)
  becomeLive();
  await replayTaps(kept);
  expect(taps).toEqual(["Watched", "Cried"]);
});

test("disabled buttons, buttons outside the app and taps after React has taken over are not replayed", async () => {
  keepEarlyTaps();
  button("Disabled", { disabled: true }).dispatchEvent(new MouseEvent("click", { bubbles: true }));
  button("Outside", { inRoot: false }).click();
  const kept = takeEarlyTaps();
  button("Late").click();
  taps = [];
  becomeLive();
  await replayTaps(kept);
  expect(taps).toEqual([]);
});

test("a button gone from the page by the time the app is live is skipped", async () => {
  keepEarlyTaps();
  const gone = button("Gone");
  gone.click();
  gone.remove();
  taps = [];
  const kept = takeEarlyTaps();
  becomeLive();
  await replayTaps(kept);
  expect(taps).toEqual([]);
});

test("when the app renders the page afresh, a kept tap finds its button again by id or by place", async () => {
  keepEarlyTaps();
  const card = () => {
    const article = document.createElement("article");
    article.id = "entry-hal";
    document.getElementById("root")?.append(article);
    return article;
  };
  const watched = button("Watched");
  const filter = button("Filter");
  filter.id = "bar-filter";
  card().append(watched);
  watched.click();
  filter.click();
  const kept = takeEarlyTaps();

  // A fresh render (an address with a query string) replaces every element.
  document.getElementById("root")?.replaceChildren();
  taps = [];
  const freshWatched = button("Watched");
  const freshFilter = button("Filter");
  freshFilter.id = "bar-filter";
  card().append(freshWatched);
  becomeLive();
  await replayTaps(kept);
  expect(taps).toEqual(["Watched", "Filter"]);
});

test("after a fresh render, a button at the same place with another label is not clicked", async () => {
  keepEarlyTaps();
  const article = document.createElement("article");
  article.id = "entry-hal";
  document.getElementById("root")?.append(article);
  const watched = button("Watched");
  article.append(watched);
  watched.click();
  const kept = takeEarlyTaps();

  document.getElementById("root")?.replaceChildren();
  taps = [];
  const fresh = document.createElement("article");
  fresh.id = "entry-hal";
  document.getElementById("root")?.append(fresh);
  fresh.append(button("Something else"));
  becomeLive();
  await replayTaps(kept);
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
  keepEarlyTaps();
  button("Cried").click();
  taps = [];
  const kept = takeEarlyTaps();
  becomeLive();
  await replayTaps(kept);
  window.removeEventListener("click", loaderListener, true);
  expect(taps).toEqual(["Watched", "Cried"]);
  expect(window.earlyTaps).toBeNull(); // the loader's listener keeps nothing more
});

test("a tap on a mark saved earlier, made while the page could not show it, does not undo it", async () => {
  keepEarlyTaps();
  // Prerendered: the HTML cannot know the marks, so Watched shows unpressed.
  const watched = toggle("Watched", false);
  watched.click(); // the person means: mark it
  taps = [];
  const kept = takeEarlyTaps();
  watched.setAttribute("aria-pressed", "true"); // the app renders the saved mark
  becomeLive();
  await replayTaps(kept);
  expect(taps).toEqual([]);
  expect(watched.getAttribute("aria-pressed")).toBe("true");
});

test("a tap on a toggle asks for the opposite of what it showed, whichever way that is", async () => {
  keepEarlyTaps();
  const watched = toggle("Watched", false);
  const allFormats = toggle("All formats", true); // a chip prerendered pressed
  watched.click();
  allFormats.click();
  taps = [];
  const kept = takeEarlyTaps();
  becomeLive();
  await replayTaps(kept);
  expect(taps).toEqual(["Watched", "All formats"]);
  expect(watched.getAttribute("aria-pressed")).toBe("true");
  expect(allFormats.getAttribute("aria-pressed")).toBe("false");
});

test("two taps on one toggle before the app is live ask once: it looked the same after each", async () => {
  keepEarlyTaps();
  const watched = toggle("Watched", false);
  watched.click();
  watched.click();
  expect(watched.getAttribute("aria-pressed")).toBe("false"); // what the page showed throughout
  taps = [];
  const kept = takeEarlyTaps();
  becomeLive();
  await replayTaps(kept);
  expect(taps).toEqual(["Watched"]);
  expect(watched.getAttribute("aria-pressed")).toBe("true");
});

test("each toggle is read after the one before it has been replayed (Cried marks Watched too)", async () => {
  keepEarlyTaps();
  const watched = toggle("Watched", false);
  const cried = toggle("Cried", false);
  cried.addEventListener("click", () => {
    if (isLive()) watched.setAttribute("aria-pressed", "true");
  });
  cried.click();
  watched.click();
  taps = [];
  const kept = takeEarlyTaps();
  becomeLive();
  await replayTaps(kept);
  expect(taps).toEqual(["Cried"]); // Watched was already what the person asked for
  expect(watched.getAttribute("aria-pressed")).toBe("true");
});

test("plain buttons are replayed once per tap, toggles or not around them", async () => {
  keepEarlyTaps();
  const pick = button("Pick for me");
  const chip = toggle("War", false);
  pick.click();
  chip.click();
  pick.click();
  taps = [];
  const kept = takeEarlyTaps();
  becomeLive();
  await replayTaps(kept);
  expect(taps).toEqual(["Pick for me", "War", "Pick for me"]);
});
