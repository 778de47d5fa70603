export function LoadingState({ label }: { label: string }) {
  return (
    <div role="status" className="mx-auto max-w-3xl px-5 pt-24 text-center text-muted">
      <span
        className="inline-block size-3 animate-pulse rounded-full bg-glow motion-reduce:animate-none"
        aria-hidden="true"
      />
      <p className="mt-4">{label}</p>
    </div>
  );
}
