type ErrorStateProps = {
  title: string;
  message: string;
  onRetry: () => void;
  retrying?: boolean;
};

export function ErrorState({ title, message, onRetry, retrying = false }: ErrorStateProps) {
  return (
    <div role="alert" className="mx-auto max-w-2xl px-5 pt-24 text-center">
      <h1 className="font-serif text-3xl text-ink">{title}</h1>
      <p className="mt-4 text-muted">{message}</p>
      <button
        type="button"
        onClick={onRetry}
        disabled={retrying}
        className="mt-8 rounded-full border border-line px-6 py-3 text-ink hover:border-glow disabled:opacity-70"
      >
        {retrying ? "Trying again…" : "Retry"}
      </button>
    </div>
  );
}
