import type { ReactNode } from "react";
import { BackToCountdown } from "../../components/ui/back-to-countdown";
import { TitledSection } from "../../components/ui/titled-section";

// The comparison page's frame, and what it shows when there is nothing to compare.

type ComparePageProps = {
  title: string;
  top: "pt-16" | "pt-20";
  titleSize: "sm:text-4xl" | "sm:text-5xl";
  children: ReactNode;
};

/** The page's one section, named by its title (the page's h1). */
export function ComparePage({ title, top, titleSize, children }: ComparePageProps) {
  return (
    <TitledSection
      level={1}
      titleId="compare-title"
      title={title}
      className={`mx-auto max-w-3xl px-5 ${top}`}
      titleClassName={`font-serif text-3xl text-ink ${titleSize}`}
    >
      {children}
    </TitledSection>
  );
}

/**
 * The page without a shared link in its address: what it is for. Also the prerendered
 * page a shared link first arrives on, before the app reads the marks from the link, and
 * all there is with JavaScript switched off.
 */
export function CompareInvitation() {
  return (
    <ComparePage title="See whose tears match yours" top="pt-20" titleSize="sm:text-5xl">
      <p className="mt-6 text-lg text-muted">
        When a friend sends you their Share my marks link, it opens here: their marks beside yours, show by
        show, with the ones you both cried at first. Nothing changes your own list unless you choose to.
      </p>
      <noscript>
        <p className="mt-4 text-lg text-muted">
          Your browser has JavaScript switched off, and the comparison is drawn from the link by it. The
          countdown itself reads fine without.
        </p>
      </noscript>
      <BackToCountdown className="mt-8" />
    </ComparePage>
  );
}

/** A link whose code is damaged: most often cut short when it was copied. */
export function UnreadableLink() {
  return (
    <ComparePage title="This link’s marks could not be read" top="pt-20" titleSize="sm:text-4xl">
      <p className="mt-4 text-muted">
        It may have been cut short when it was copied. Ask for the link again, or head back to the countdown.
      </p>
      <BackToCountdown className="mt-8" />
    </ComparePage>
  );
}
