import { useQuery } from "@tanstack/react-query";
import { ErrorState } from "../../components/ui/error-state";
import { LoadingState } from "../../components/ui/loading-state";
import { entriesQueryOptions } from "../../features/entries/entries-query";
import { CompareView } from "../../features/tracker/compare-view";
import { useDocumentTitle } from "../../lib/use-document-title";
import { TrackerScope } from "../app-tracker";
import { SITE_NAME } from "../page-meta";

export function CompareRoute() {
  useDocumentTitle(`Their tears beside yours · ${SITE_NAME}`);
  const query = useQuery(entriesQueryOptions());
  if (query.isPending) return <LoadingState label="Reading the shared marks…" />;
  if (query.isError) {
    return (
      <ErrorState
        title="The list would not load"
        message="We could not read the countdown to compare marks against. Try again in a moment."
        onRetry={() => void query.refetch()}
        retrying={query.isFetching}
      />
    );
  }
  return (
    <TrackerScope entries={query.data}>
      <CompareView entries={query.data} />
    </TrackerScope>
  );
}
