// Every URL the app builds comes from here, so a route can move in one place.
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
    getHref: (code: string) => `/compare?marks=${encodeURIComponent(code)}`,
  },
} as const;
