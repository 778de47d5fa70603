import type { Entry } from "../entries/entry-schema";
import { CountdownClosing, CountdownIntro } from "./countdown-copy";
import { EntryCard } from "./entry-card";

export function CountdownPage({ entries }: { entries: readonly Entry[] }) {
  return (
    <>
      <CountdownIntro count={entries.length} />
      <section aria-labelledby="countdown-title" className="mx-auto max-w-5xl px-5">
        <h2 id="countdown-title" className="sr-only">
          The countdown, from #21 to #1
        </h2>
        <ol className="m-0 flex list-none flex-col gap-16 p-0 sm:gap-24">
          {entries.map((entry, index) => (
            <li key={entry.slug}>
              <EntryCard entry={entry} flipped={index % 2 === 1} />
            </li>
          ))}
        </ol>
      </section>
      <CountdownClosing />
    </>
  );
}
