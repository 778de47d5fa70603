import { useLayoutEffect } from "react";

// Page-wide states the stylesheet reads from <html> (src/styles/). Plain attributes, not
// `html:has(…)`: a rule on <html> that depends on the page below it made every change to the
// list restyle the whole page (decision 014). The prerender writes them from the page's
// markup (`rootAttributesFor`); in the browser the components that cause them keep them.
export const ROOT_ATTRIBUTE = {
  /** The countdown bar is on the page: "" (one row) or "filtered" (two rows). */
  countdownBar: "data-countdown-bar",
  /** A dialog is open: no scrolling behind it. */
  dialogOpen: "data-dialog-open",
} as const;

/** The attributes for <html>, as HTML (` name="value"` each), that rendered `markup` calls for. */
export function rootAttributesFor(markup: string): string {
  const bar = /<[a-z]+\b[^>]*\bclass="countdown-bar"[^>]*>/.exec(markup)?.[0];
  const attributes: string[] = [];
  if (bar !== undefined) {
    attributes.push(`${ROOT_ATTRIBUTE.countdownBar}="${/\bdata-filtered\b/.test(bar) ? "filtered" : ""}"`);
  }
  if (/<dialog\b[^>]*\sopen\b/.test(markup)) attributes.push(`${ROOT_ATTRIBUTE.dialogOpen}=""`);
  return attributes.map((attribute) => ` ${attribute}`).join("");
}

/** Keeps `name` on <html> at `value` while the component is mounted (set before paint). */
export function useRootAttribute(name: string, value: string): void {
  useLayoutEffect(() => {
    const root = document.documentElement;
    root.setAttribute(name, value);
    return () => root.removeAttribute(name);
  }, [name, value]);
}
