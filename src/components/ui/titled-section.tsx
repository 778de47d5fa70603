import type { ReactNode } from "react";

type TitledSectionProps = {
  /** The heading's id, by which the section is named for screen readers. */
  titleId: string;
  title: ReactNode;
  /** 1 when the title is the page's own; 2 for a part of a page. */
  level: 1 | 2;
  className: string;
  titleClassName: string;
  children: ReactNode;
};

/** A section named by its own heading, so it is a landmark screen readers can list and jump to. */
export function TitledSection({
  titleId,
  title,
  level,
  className,
  titleClassName,
  children,
}: TitledSectionProps) {
  const Heading = level === 1 ? "h1" : "h2";
  return (
    <section aria-labelledby={titleId} className={className}>
      <Heading id={titleId} className={titleClassName}>
        {title}
      </Heading>
      {children}
    </section>
  );
}
