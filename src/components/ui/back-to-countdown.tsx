import { AppLink } from "./app-link";
import { paths } from "../../config/paths";

/** The way home from any page that is not the countdown. */
export function BackToCountdown({ className = "" }: { className?: string }) {
  return (
    <AppLink
      to={paths.home.getHref()}
      className={`inline-flex min-h-11 items-center rounded-full border border-line px-5 py-2 text-sm text-ink no-underline hover:border-glow ${className}`}
    >
      Back to the countdown
    </AppLink>
  );
}
