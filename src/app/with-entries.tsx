import { useQuery } from "@tanstack/react-query";
import type { ReactNode } from "react";
import { ErrorState } from "../components/ui/error-state";
import { LoadingState } from "../components/ui/loading-state";
import { entriesQueryOptions } from "../features/entries/entries-query";
import type { Entry } from "../features/entries/entry-schema";
import { TrackerScope } from "./app-tracker";

type WithEntriesProps = {
  loadingLabel: string;
  errorTitle: string;
  errorMessage: string;
  children: (entries: readonly Entry[]) => ReactNode;
};

/**
 * Every page that needs the list: a loading state, an error state with Retry, and once
 * the list is here, the person's marks (which need its slugs) around the content.
 */
export function WithEntries({ loadingLabel, errorTitle, errorMessage, children }: WithEntriesProps) {
  const query = useQuery(entriesQueryOptions());
  if (query.isPending) return <LoadingState label={loadingLabel} />;
  if (query.isError) {
    return (
      <ErrorState
        title={errorTitle}
        message={errorMessage}
        onRetry={() => void query.refetch()}
        retrying={query.isFetching}
      />
    );
  }
  return <TrackerScope entries={query.data}>{children(query.data)}</TrackerScope>;
}
