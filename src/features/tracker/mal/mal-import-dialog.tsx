import { Modal } from "../../../components/ui/modal";
import { formatCount } from "../../entries/format-entry";
import type { MalPlan } from "./mal-plan";
import type { MalStatus } from "./mal-xml";

type MalImportDialogProps = {
  fileName: string;
  plan: MalPlan;
  /** Entries in the file that could not be read, left out. */
  unreadable: number;
  titleOf: (slug: string) => string;
  rankOf: (slug: string) => number;
  onAdd: () => void;
  onCancel: () => void;
};

const BUTTON = "min-h-11 rounded-full border px-5 py-2 text-sm";
const DAY = new Intl.DateTimeFormat("en-GB", {
  day: "numeric",
  month: "short",
  year: "numeric",
  timeZone: "UTC",
});

const STATUS_LINE: Record<Exclude<MalStatus, "Completed">, (title: string) => string> = {
  Watching: (title) => `You are partway through ${title}.`,
  "On-Hold": (title) => `You put ${title} on hold.`,
  Dropped: (title) => `You dropped ${title}.`,
  "Plan to Watch": (title) => `${title} is on your plan-to-watch list.`,
};

/** What a MyAnimeList export would add, before anything changes. */
export function MalImportDialog({
  fileName,
  plan,
  unreadable,
  titleOf,
  rankOf,
  onAdd,
  onCancel,
}: MalImportDialogProps) {
  const { add, already, unfinished, otherVersions } = plan;
  return (
    <Modal title="Import from MyAnimeList" onClose={onCancel}>
      <div className="flex flex-col gap-4 text-sm text-ink">
        <p className="text-muted">Read from “{fileName}” in this browser: the file was not sent anywhere.</p>
        <section aria-label="To be marked Watched">
          <p>
            {add.length === 0
              ? "Nothing new to mark Watched."
              : `${formatCount(add.length, "show", "shows")} will be marked Watched:`}
          </p>
          {add.length > 0 && (
            <ul className="m-0 mt-1 flex list-disc flex-col gap-1 pl-5">
              {add.map(({ slug, watchedAt, dated }) => (
                <li key={slug}>
                  {titleOf(slug)}{" "}
                  <span className="text-muted">
                    {dated
                      ? `(finished ${DAY.format(new Date(watchedAt))})`
                      : "(the file gives no finish date, so it is dated today)"}
                  </span>
                </li>
              ))}
            </ul>
          )}
        </section>
        {already.length > 0 && (
          <p>
            Already marked here, and left as they are:{" "}
            <span className="text-muted">{already.map(titleOf).join(", ")}</span>
          </p>
        )}
        {(unfinished.length > 0 || otherVersions.length > 0) && (
          <ul aria-label="Not marked" className="m-0 flex list-none flex-col gap-1 p-0 text-muted">
            {unfinished.map(({ slug, status }) => (
              <li key={slug}>{STATUS_LINE[status](titleOf(slug))}</li>
            ))}
            {otherVersions.map(({ slug, title, status }) => (
              <li key={title}>
                {status === "Completed" ? "You have seen" : "Your list has"} {title}, another version of #
                {rankOf(slug)} {titleOf(slug)}: it is not marked.
              </li>
            ))}
          </ul>
        )}
        {unreadable > 0 && (
          <p className="text-muted">
            {formatCount(unreadable, "entry", "entries")} in the file could not be read and
            {unreadable === 1 ? " was" : " were"} left out.
          </p>
        )}
        <p className="text-muted">Cried, ratings, Avoid and My order stay exactly as they are.</p>
        <div className="mt-1 flex flex-wrap gap-3">
          {add.length > 0 && (
            <button type="button" onClick={onAdd} className={`${BUTTON} border-glow bg-glow text-night`}>
              Add {formatCount(add.length, "show", "shows")}
            </button>
          )}
          <button type="button" onClick={onCancel} className={`${BUTTON} border-line hover:border-glow`}>
            {add.length > 0 ? "Cancel" : "Done"}
          </button>
        </div>
      </div>
    </Modal>
  );
}
