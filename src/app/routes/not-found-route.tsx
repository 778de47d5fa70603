import { useDocumentTitle } from "../../lib/use-document-title";
import { NOT_FOUND_TITLE } from "../page-meta";
import { BackToCountdown } from "../../components/ui/back-to-countdown";

type NotFoundViewProps = { title?: string; message?: string };

export function NotFoundView({
  title = "This page drifted away",
  message = "We could not find anything at this address. It may have been mistyped, or the link may be older than the list.",
}: NotFoundViewProps) {
  useDocumentTitle(NOT_FOUND_TITLE);
  return (
    <section aria-labelledby="not-found-title" className="mx-auto max-w-2xl px-5 pt-24 pb-16 text-center">
      <p className="font-serif text-7xl text-glow" aria-hidden="true">
        ?
      </p>
      <h1 id="not-found-title" className="mt-6 font-serif text-3xl text-ink sm:text-4xl">
        {title}
      </h1>
      <p className="mt-4 text-muted">{message}</p>
      <BackToCountdown className="mt-8" />
    </section>
  );
}

export function NotFoundRoute() {
  return <NotFoundView />;
}
