import { ChevronLeft, ChevronRight } from "lucide-react";
import { useRef, useState, type ReactNode } from "react";
import { useNavigate, type To } from "react-router";
import { AppLink } from "../../components/ui/app-link";
import { CloseButton } from "../../components/ui/close-button";
import { useIsClient } from "../../lib/use-is-client";
import { useModalDialog } from "../../lib/use-modal-dialog";
import { EntryArtwork } from "../entries/entry-artwork";
import type { Entry } from "../entries/entry-schema";
import { EntryDetails } from "./entry-details";
import { ShareActions } from "./share-actions";
import { useSheetDrag } from "./use-sheet-drag";

export type Neighbour = { to: To; entry: Pick<Entry, "rank" | "title"> };

type EntryDrawerProps = {
  entry: Entry;
  previous: Neighbour | null;
  next: Neighbour | null;
  /** Where this entry sits in the list the person is looking at. */
  position: { index: number; total: number };
  shareUrl: string;
  /** The person has watched it: the spoiler shows without the extra step. */
  spoilerUnlocked: boolean;
  /** Controls for this entry from elsewhere in the app (the tracker's marks). */
  actions?: ReactNode;
  /** History state carried along by Previous / Next (who opened the drawer first). */
  navigationState?: unknown;
  onClose: () => void;
};

export function EntryDrawer(props: EntryDrawerProps) {
  const { entry, previous, next, position, shareUrl, spoilerUnlocked, actions, navigationState, onClose } =
    props;
  // Every way of closing (Close, Escape, the backdrop, a drag) shuts the dialog at once, in
  // the frame of the tap, then asks for the navigation that unmounts it a frame or two later
  // (Back is a history traversal, answered in a later task). The page behind and its focus
  // come back with the native close (decision 014, eighth round).
  const { dialogRef, onBackdropClick, dismiss } = useModalDialog(onClose, { closeOnDismiss: true });
  const panelRef = useRef<HTMLDivElement>(null);
  const grip = useSheetDrag(panelRef, dismiss);
  const titleId = "drawer-title";
  const navigate = useNavigate();
  // A drawer that came with the prerendered page is already on screen: it stays put.
  // One opened in the browser slides in (CSS @starting-style on [data-enter]).
  const isClient = useIsClient();
  const [arrivedWithPage] = useState(!isClient);

  // Inside the drawer, j / k and the left and right arrows step through the list.
  const onKeyDown = (event: React.KeyboardEvent<HTMLDialogElement>) => {
    if (event.metaKey || event.ctrlKey || event.altKey || event.target instanceof HTMLInputElement) return;
    const forward = event.key === "j" || event.key === "ArrowRight";
    const back = event.key === "k" || event.key === "ArrowLeft";
    const step = forward ? next : back ? previous : undefined;
    if (step === undefined) return;
    event.preventDefault();
    if (step) void navigate(step.to, { replace: true, state: navigationState });
  };

  return (
    <dialog
      ref={dialogRef}
      open={arrivedWithPage || undefined}
      data-enter={arrivedWithPage ? undefined : ""}
      aria-labelledby={titleId}
      aria-modal="true"
      className="drawer"
      onClick={onBackdropClick}
      onKeyDown={onKeyDown}
    >
      <div ref={panelRef} className="drawer-panel">
        {/* The phone sheet's grip, in the prerendered page too, so nothing moves when the app
            arrives; above the phone breakpoint the drawer is a side panel and has none. */}
        <div
          aria-hidden="true"
          className="flex shrink-0 cursor-grab touch-none justify-center pt-3 pb-1 md:hidden"
          {...grip}
          data-testid="drawer-grip"
        >
          <span className="h-1.5 w-12 rounded-full bg-line" />
        </div>
        <header className="flex shrink-0 items-start gap-4 border-b border-line px-5 pt-4 pb-4 sm:px-8 sm:pt-6">
          <div className="min-w-0 flex-1">
            <p className="font-serif text-glow">
              <span className="sr-only">Number </span>
              <span className="text-3xl tabular-nums">{entry.rank}</span>
              <span className="ml-3 text-sm text-muted">
                {position.index + 1} of {position.total} in this list
              </span>
            </p>
            <h2
              id={titleId}
              tabIndex={-1}
              data-autofocus
              className="mt-1 font-serif text-2xl leading-tight text-ink outline-none sm:text-3xl"
            >
              {entry.title.english}
            </h2>
            {entry.title.romaji !== entry.title.english && (
              <p className="text-sm text-muted">{entry.title.romaji}</p>
            )}
            {entry.title.translation && <p className="text-sm text-muted">{entry.title.translation}</p>}
            <p lang="ja" className="text-sm text-muted">
              {entry.title.native}
            </p>
          </div>
          <CloseButton
            onClick={dismiss}
            label="Close"
            className="rounded-full border border-line p-2 text-ink hover:border-glow"
          />
        </header>

        <div key={entry.slug} className="min-h-0 flex-1 overflow-y-auto overscroll-contain px-5 py-6 sm:px-8">
          <div className="overflow-hidden rounded-xl border border-line">
            <EntryArtwork entry={entry} eager className="block aspect-[16/9] h-auto w-full" />
          </div>
          <p className="mt-6 font-serif text-xl leading-snug text-ink italic">{entry.hook}</p>
          {actions && <div className="mt-5">{actions}</div>}
          <div className="mt-8">
            <EntryDetails entry={entry} spoilerUnlocked={spoilerUnlocked} />
          </div>
          <div className="mt-8">
            <ShareActions url={shareUrl} title={`${entry.title.english} · Made Us Cry`} />
          </div>
        </div>

        <nav
          aria-label="Entries"
          className="flex shrink-0 justify-between gap-3 border-t border-line px-5 py-3 sm:px-8"
        >
          <DrawerStep step={previous} direction="previous" navigationState={navigationState} />
          <DrawerStep step={next} direction="next" navigationState={navigationState} />
        </nav>
      </div>
    </dialog>
  );
}

type DrawerStepProps = { step: Neighbour | null; direction: "previous" | "next"; navigationState?: unknown };

/** Previous or Next at the foot of the drawer; an empty cell at either end of the list. */
function DrawerStep({ step, direction, navigationState }: DrawerStepProps) {
  if (!step) return <span />;
  const previous = direction === "previous";
  const Chevron = previous ? ChevronLeft : ChevronRight;
  const chevron = <Chevron aria-hidden="true" className="size-4 shrink-0" />;
  return (
    <AppLink
      to={step.to}
      replace
      state={navigationState}
      className={previous ? "drawer-step" : "drawer-step justify-end text-right"}
    >
      {previous && chevron}
      <span className="truncate">
        {previous ? "Previous" : "Next"}
        <span className="sr-only">: </span>
        <span className="hidden text-muted sm:inline">
          {" "}
          · #{step.entry.rank} {step.entry.title.english}
        </span>
      </span>
      {!previous && chevron}
    </AppLink>
  );
}
