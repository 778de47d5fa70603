function describeResult(shown: number, total: number): string {
  const noun = total === 1 ? "show" : "shows";
  if (shown === 0) return "No shows match";
  if (shown >= total) return `Showing all ${total} ${noun}`;
  return `Showing ${shown} of ${total} ${noun}`;
}

type ResultSummaryProps = { shown: number; total: number; className?: string };

/** Announced politely after each change; keep it mounted so the updates are heard. */
export function ResultSummary({ shown, total, className = "text-sm text-muted" }: ResultSummaryProps) {
  return (
    <p role="status" className={className}>
      {describeResult(shown, total)}
    </p>
  );
}
