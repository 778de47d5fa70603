import { ExternalLink } from "lucide-react";
import type { Entry } from "../entries/entry-schema";
import { formatDuration, formatList } from "../entries/format-entry";
import { CONTENT_CATEGORIES, FORMATS, THEMES } from "../entries/vocabulary";
import { SpoilerReveal } from "./spoiler-reveal";

const catalogueLinks = (ids: Entry["ids"]) => [
  { name: "MyAnimeList", href: `https://myanimelist.net/anime/${ids.myAnimeList}` },
  { name: "AniList", href: `https://anilist.co/anime/${ids.aniList}` },
];

function Fact({ term, children }: { term: string; children: React.ReactNode }) {
  return (
    <div className="min-w-0">
      <dt className="text-xs tracking-[0.12em] text-muted uppercase">{term}</dt>
      <dd className="m-0 mt-0.5 text-ink">{children}</dd>
    </div>
  );
}

function SectionTitle({ id, children }: { id: string; children: React.ReactNode }) {
  return (
    <h3 id={id} className="font-serif text-xl text-ink">
      {children}
    </h3>
  );
}

/**
 * Two levels (issue 16): the categories are shown to everyone and say what kind of
 * thing is coming, never who or when; the sentences behind "What it deals with" say a
 * little more, and still nothing the spoiler keeps back.
 */
function ContentWarnings({ entry }: { entry: Entry }) {
  const { contentCategories, contentNotes, spoilerCategories } = entry;
  return (
    <section aria-labelledby="drawer-notes" className="flex flex-col gap-3">
      <SectionTitle id="drawer-notes">Before you watch</SectionTitle>
      {contentCategories.length > 0 && (
        <>
          <ul aria-label="Content notes" className="m-0 flex list-none flex-wrap gap-2 p-0">
            {contentCategories.map((category) => (
              <li key={category} className="rounded-full border border-rose/60 px-3 py-1 text-sm text-ink">
                {CONTENT_CATEGORIES[category]}
              </li>
            ))}
          </ul>
          <details className="rounded-xl border border-line">
            <summary className="cursor-pointer rounded-xl px-4 py-3 text-ink marker:text-glow hover:bg-tag">
              What it deals with
            </summary>
            <ul className="m-0 flex list-none flex-col gap-3 px-4 pt-1 pb-4">
              {contentNotes.map((note) => (
                <li key={note.text}>
                  <span className="text-sm font-semibold text-rose">{CONTENT_CATEGORIES[note.category]}</span>
                  <span className="block text-ink">{note.text}</span>
                </li>
              ))}
            </ul>
          </details>
        </>
      )}
      {spoilerCategories.length > 0 ? (
        <p className="text-sm text-muted">
          Some of what it deals with is kept with the spoiler, because naming it here would give a turn away.
          Avoid still counts it.
        </p>
      ) : (
        contentCategories.length === 0 && (
          <p className="text-muted">Nothing here needs a warning beyond the sadness itself.</p>
        )
      )}
    </section>
  );
}

export function EntryDetails({ entry, spoilerUnlocked }: { entry: Entry; spoilerUnlocked: boolean }) {
  return (
    <div className="flex flex-col gap-8">
      <dl className="m-0 grid grid-cols-2 gap-x-6 gap-y-4 sm:grid-cols-3">
        <Fact term="Released">{entry.released}</Fact>
        <Fact term="Format">{FORMATS[entry.format]}</Fact>
        <Fact term="Length">{entry.lengthNote}</Fact>
        <Fact term="Time to watch">{formatDuration(entry.runtimeMinutes)}</Fact>
        <Fact term={entry.studios.length > 1 ? "Studios" : "Studio"}>{formatList(entry.studios)}</Fact>
        <Fact term="Director">{entry.director}</Fact>
        {entry.creditNote && <Fact term="Also">{entry.creditNote}</Fact>}
      </dl>

      <ul aria-label="Themes" className="m-0 flex list-none flex-wrap gap-2 p-0">
        {entry.themes.map((theme) => (
          <li key={theme} className="rounded-full bg-tag px-3 py-1 text-xs text-ink">
            {THEMES[theme]}
          </li>
        ))}
      </ul>

      <section aria-labelledby="drawer-why" className="flex flex-col gap-3">
        <SectionTitle id="drawer-why">Why it hurts</SectionTitle>
        <p className="text-ink">{entry.whyItHurts}</p>
      </section>

      <ContentWarnings entry={entry} />

      {entry.spoiler && (
        <SpoilerReveal
          spoiler={entry.spoiler}
          alsoDealsWith={entry.spoilerCategories.map((category) => CONTENT_CATEGORIES[category])}
          unlocked={spoilerUnlocked}
        />
      )}

      {entry.related.length > 0 && (
        <section aria-labelledby="drawer-related" className="flex flex-col gap-3">
          <SectionTitle id="drawer-related">Other versions</SectionTitle>
          <ul className="m-0 flex list-none flex-col gap-3 p-0">
            {entry.related.map((related) => (
              <li key={related.title}>
                <span className="text-ink">
                  {related.title} <span className="text-muted">({related.year})</span>
                </span>
                <span className="block text-sm text-muted">{related.note}</span>
              </li>
            ))}
          </ul>
        </section>
      )}

      <section aria-labelledby="drawer-elsewhere" className="flex flex-col gap-3">
        <SectionTitle id="drawer-elsewhere">Find it elsewhere</SectionTitle>
        <ul className="m-0 flex list-none flex-wrap gap-3 p-0">
          {catalogueLinks(entry.ids).map((link) => (
            <li key={link.name}>
              <a
                href={link.href}
                target="_blank"
                rel="noopener noreferrer"
                className="inline-flex items-center gap-2 rounded-full border border-line px-4 py-2 text-sm text-ink no-underline hover:border-glow"
              >
                {link.name}
                <ExternalLink aria-hidden="true" className="size-4" />
                <span className="sr-only">(opens in a new tab)</span>
              </a>
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}
