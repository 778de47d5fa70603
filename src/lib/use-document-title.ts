import { useEffect } from "react";

/** Sets the tab's title while the calling component is shown, and puts the old one back after. */
export function useDocumentTitle(title: string): void {
  useEffect(() => {
    const previous = document.title;
    document.title = title;
    return () => {
      document.title = previous;
    };
  }, [title]);
}
