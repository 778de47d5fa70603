function describeResult(shown: number, total: number): string {
  const noun = total === 1 ? "show" : "shows";
  if (shown === 0) return "No shows match";
  if (shown >= total) return `Showing all ${total} ${noun}`;
  return `Showing ${shown} of ${total} ${noun}`;
}

/** Announced politely after each change; keep it mounted so the updates are heard. */
export function ResultSummary({ shown, total }: { shown: number; total: number }) {
  return (
    <p role="status" className="text-sm text-muted">
      {describeResult(shown, total)}
    </p>
  );
}
