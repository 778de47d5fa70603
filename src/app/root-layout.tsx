import { useEffect } from "react";
import { Outlet } from "react-router";
import { Fireflies } from "../components/ui/fireflies";
import { SiteHeader } from "../components/ui/site-header";
import { markAppLive } from "./app-live";
import { KeyboardShortcuts } from "./keyboard-shortcuts";
import { usePageScroll } from "./use-page-scroll";

export function RootLayout() {
  usePageScroll();
  useEffect(markAppLive, []); // startup's last stage (boot.ts)

  return (
    <>
      <a
        href="#main"
        className="sr-only focus:not-sr-only focus:fixed focus:top-3 focus:left-3 focus:z-50 focus:rounded focus:bg-surface focus:px-4 focus:py-2"
      >
        Skip to the countdown
      </a>
      <Fireflies />
      <SiteHeader />
      <main id="main" tabIndex={-1} className="relative outline-none">
        <Outlet />
      </main>
      <footer className="relative mx-auto max-w-5xl px-5 pt-16 pb-12 text-sm text-muted">
        <p>
          Made by fans, for fans. Facts are checked against public references; every word here is our own. No
          account, no tracking.
        </p>
        <div className="mt-6">
          <KeyboardShortcuts />
        </div>
      </footer>
    </>
  );
}
