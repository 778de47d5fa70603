import { CompareView } from "../../features/tracker/compare-view";
import { useDocumentTitle } from "../../lib/use-document-title";
import { SITE_NAME } from "../page-meta";
import { WithEntries } from "../with-entries";

export function CompareRoute() {
  useDocumentTitle(`Their tears beside yours · ${SITE_NAME}`);
  return (
    <WithEntries
      loadingLabel="Reading the shared marks…"
      errorTitle="The list would not load"
      errorMessage="We could not read the countdown to compare marks against. Try again in a moment."
    >
      {(entries) => <CompareView entries={entries} />}
    </WithEntries>
  );
}
