import { TitledSection } from "../../components/ui/titled-section";

// The words around the countdown. Ours, like every sentence in the product.

export function CountdownIntro({ count }: { count: number }) {
  return (
    <header className="mx-auto max-w-5xl px-5 pt-10 pb-8 sm:pt-16 sm:pb-12">
      <p className="text-sm tracking-[0.2em] text-glow uppercase">A countdown, from #{count} to #1</p>
      <h1 className="mt-4 max-w-3xl font-serif text-4xl leading-tight text-balance text-ink sm:text-6xl">
        {count} anime that made us cry
      </h1>
      <p className="mt-6 max-w-2xl text-lg text-muted">
        Each of these films, series and OVAs once left one of us staring at a dark screen, not ready to get
        up. We start at {`#${count}`} and work up to the one that hurt the most. Keep tissues near, and skip
        anything you are not ready for: each entry names what it deals with, and keeps the details folded
        away.
      </p>
    </header>
  );
}

export function CountdownClosing() {
  return (
    <TitledSection
      level={2}
      titleId="closing-title"
      title="After the last tear"
      className="mx-auto max-w-5xl px-5 pt-24 sm:pt-32"
      titleClassName="font-serif text-3xl text-ink sm:text-4xl"
    >
      <div className="mt-6 max-w-2xl space-y-4 text-lg text-muted">
        <p>
          Every show here is sad, but very few of them are hopeless. The people in these stories lose more
          than anyone should, and they carry on anyway: they remember, they forgive, they play the next note.
        </p>
        <p>
          That is why we keep coming back to them. Watch them when you are ready, and be gentle with yourself.
        </p>
      </div>
    </TitledSection>
  );
}
