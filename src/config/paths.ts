// Every URL the app builds comes from here, so a route can move in one place.

/** The comparison page's query parameter: the share code of a friend's marks. */
export const SHARE_PARAM = "marks";

export const paths = {
  home: {
    pattern: "/",
    getHref: () => "/",
  },
  entry: {
    pattern: "/anime/:slug",
    getHref: (slug: string) => `/anime/${encodeURIComponent(slug)}`,
  },
  myOrder: {
    pattern: "/my-order",
    getHref: () => "/my-order",
  },
  compare: {
    pattern: "/compare",
    /** `code` is a share code from the tracker (URL-safe by construction). */
    getHref: (code: string) => `/compare?${new URLSearchParams({ [SHARE_PARAM]: code }).toString()}`,
  },
} as const;
