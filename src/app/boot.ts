import "../styles.css";
import { requestEntriesEarly } from "../features/entries/load-entries";

// The page arrives as finished HTML. The app (React, the router, the data) is fetched
// only after that HTML has been painted, so its downloads never compete with the first
// paint on a slow connection; until then the page reads, scrolls and follows links as is.
function startApp(): void {
  void import("./main");
}

// An entry page shows the countdown with that entry's card in place behind its drawer.
// Scrolling here, before the app arrives, puts it there for the first paint.
const prerendered = document.getElementById("root")?.dataset.prerendered ?? "";
const slug = /^\/anime\/([^/]+)$/.exec(prerendered)?.[1];
if (slug && window.location.pathname === prerendered) {
  document.getElementById(`entry-${slug}`)?.scrollIntoView({ block: "center" });
}

// The list is data, not code: it can start downloading now, beside the first paint.
requestEntriesEarly();
requestAnimationFrame(() => setTimeout(startApp, 0));
