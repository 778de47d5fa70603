import type { ReactNode } from "react";
import { AppLink } from "../../components/ui/app-link";
import { paths } from "../../config/paths";
import type { Entry } from "../../features/entries/entry-schema";
import { TearCardButton } from "../../features/tear-card/tear-card-button";
import { buildTearCardData } from "../../features/tear-card/tear-card-data";
import { hitOf, statusOf } from "../../features/tracker/marks";
import type { Marks } from "../../features/tracker/tracker-types";

type FanToolsProps = { entries: readonly Entry[]; marks: Marks; children?: ReactNode };

/** Under the person's marks: their tear card, their own countdown, and what the app adds (Pick for me). */
export function FanTools({ entries, marks, children }: FanToolsProps) {
  return (
    <div className="flex flex-wrap items-start gap-3 border-t border-line pt-5">
      <TearCardButton
        data={() =>
          buildTearCardData(
            entries,
            (slug) => statusOf(marks, slug),
            (slug) => hitOf(marks, slug),
            new Date(),
          )
        }
      />
      <AppLink
        to={paths.myOrder.getHref()}
        className="inline-flex min-h-11 items-center rounded-full border border-line px-4 py-2 text-sm text-ink no-underline hover:border-glow"
      >
        My order
      </AppLink>
      {children}
    </div>
  );
}
