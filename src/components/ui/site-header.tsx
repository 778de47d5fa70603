import { AppLink } from "./app-link";
import { paths } from "../../config/paths";

export function SiteHeader() {
  return (
    <header className="relative mx-auto flex max-w-5xl items-center justify-between px-5 pt-6">
      <AppLink to={paths.home.getHref()} className="font-serif text-lg tracking-wide text-ink no-underline">
        Made Us Cry
      </AppLink>
    </header>
  );
}
