/**
 * Headless browsers here composite in software, on the CPU: the fireflies' endless drift
 * made every open page draw 60 frames a second for the whole test, and the suite took a
 * fifth longer on this 2-core machine. Tests hold them still (a constructed stylesheet,
 * which the page's CSP does not govern), except fireflies.spec.ts, which is about them.
 * Plain JavaScript, run before the page's own scripts.
 */
export const PAUSE_FIREFLIES = `{
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(".firefly { animation-play-state: paused !important; }");
  document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
}`;
