import { useQuery } from "@tanstack/react-query";
import { LoadingState } from "../../components/ui/loading-state";
import { ErrorState } from "../../components/ui/error-state";
import { CountdownPage } from "../../features/countdown/countdown-page";
import { entriesQueryOptions } from "../../features/entries/entries-query";

export function CountdownRoute() {
  const query = useQuery(entriesQueryOptions());

  if (query.isPending) return <LoadingState label="Gathering the countdown…" />;
  if (query.isError) {
    return (
      <ErrorState
        title="The countdown would not load"
        message="Something went wrong while reading the list. Your marks are safe; try again in a moment."
        onRetry={() => void query.refetch()}
        retrying={query.isFetching}
      />
    );
  }
  return <CountdownPage entries={query.data} />;
}
